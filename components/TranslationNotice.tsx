import {getTranslations} from 'next-intl/server';
import {languageTags} from '@/i18n/routing';
import type {Version} from '@/lib/content';
import {getDayFormatter} from '@/lib/format';
import {documentPath} from '@/lib/routes';

/** The other language has a newer version than this one: say so, with its date and a link. */
export default async function TranslationNotice({newer}: {newer: Version}) {
  const t = await getTranslations('TranslationNotice');
  const formatDay = await getDayFormatter();
  const language = t('language');
  return (
    <div className="notice" role="note">
      <p>
        {t('newer', {language, date: formatDay(newer.date)})}{' '}
        <a href={documentPath(newer.locale, newer.document)} hrefLang={languageTags[newer.locale]}>
          {t('read', {language})}
        </a>
      </p>
    </div>
  );
}
