import {getTranslations} from 'next-intl/server';
import type {Locale} from 'next-intl';
import {languageTags} from '@/i18n/routing';
import {getDayFormatter} from '@/lib/format';
import type {Version} from '@/lib/model';
import {paths} from '@/lib/routes';

/** The other language has a newer version than this one: say so, with its date and a link. */
export default async function TranslationNotice({newer, locale}: {newer: Version; locale: Locale}) {
  const t = await getTranslations('TranslationNotice');
  const formatDay = await getDayFormatter(locale);
  const language = t('language');
  return (
    <div className="notice" role="note">
      <p>
        {t('newer', {language, date: formatDay(newer.date)})}{' '}
        <a href={paths.document(newer.locale, newer.document)} hrefLang={languageTags[newer.locale]}>
          {t('read', {language})}
        </a>
      </p>
    </div>
  );
}
