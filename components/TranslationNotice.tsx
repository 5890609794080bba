import type {Locale} from 'next-intl';
import {getTranslations} from 'next-intl/server';
import {languageTags} from '@/i18n/routing';
import type {TranslationStatus} from '@/lib/content/translations';
import {getDayFormatter} from '@/lib/format';
import {paths} from '@/lib/routes';

/**
 * On a translation whose English changed since the version it translates: how many sections are
 * behind (each is marked where it stands, see SectionNote), which are not translated at all, and what
 * an announced English version will change.
 */
export default async function TranslationNotice({status, locale}: {status: TranslationStatus; locale: Locale}) {
  const {english, changed, missing, upcoming} = status;
  if (!english || (changed.length === 0 && missing.length === 0 && !upcoming?.changed.length)) return null;
  const t = await getTranslations({locale, namespace: 'TranslationNotice'});
  const formatDay = await getDayFormatter(locale);
  const language = t('language');
  return (
    <div className="notice" role="note">
      {changed.length > 0 && <p>{t('newer', {date: formatDay(english.effective), count: changed.length})}</p>}
      {missing.length > 0 && <p>{t('missing', {count: missing.length, sections: missing.join(locale === 'zh' ? '、' : ', ')})}</p>}
      {upcoming && upcoming.changed.length > 0 && <p>{t('upcoming', {date: formatDay(upcoming.version.effective), count: upcoming.changed.length})}</p>}
      <p>
        <a href={paths.document(english.locale, english.document)} hrefLang={languageTags[english.locale]}>
          {t('read', {language})}
        </a>
      </p>
    </div>
  );
}
