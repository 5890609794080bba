import type {Locale} from 'next-intl';
import {getTranslations} from 'next-intl/server';
import {languageTags} from '@/i18n/routing';
import {getDayFormatter} from '@/lib/format';
import type {Version} from '@/lib/model';
import {paths, sectionId} from '@/lib/routes';

type Props = {
  locale: Locale;
  number: string;
  /** The English the translation follows, and the English that changed the section. */
  from: Version;
  to: Version;
  /** The change is announced, not yet in force. */
  upcoming?: boolean;
};

/** Inside a section of a translation: its English changed since the version translated. */
export default async function SectionNote({locale, number, from, to, upcoming = false}: Props) {
  const t = await getTranslations({locale, namespace: 'TranslationNotice'});
  const formatDay = await getDayFormatter(locale);
  const id = sectionId(number);
  const english = upcoming ? paths.version(to.locale, to.document, to.date) : paths.document(to.locale, to.document);
  return (
    <p className={upcoming ? 'section-note section-note-upcoming' : 'section-note'} role="note" data-annotation="">
      {t(upcoming ? 'changes' : 'changed', {date: formatDay(to.effective)})}
      {/* Chinese puts no space after its full stop. */}
      {locale === 'zh' ? '' : ' '}
      <a href={`${english}#${id}`} hrefLang={languageTags[to.locale]}>
        {t('readSection', {number})}
      </a>
      {' · '}
      <a href={`${paths.compare(to.locale, to.document, from.date, to.date)}#changes-${id}`}>{t('compare')}</a>
    </p>
  );
}
