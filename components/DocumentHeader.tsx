import type {ReactNode} from 'react';
import type {Locale} from 'next-intl';
import {getTranslations} from 'next-intl/server';
import {getDayFormatter} from '@/lib/format';

/** `children`: notices about this version (e.g. corrections), at the end of the header. */
export default async function DocumentHeader({title, date, locale, children}: {title: string; date: string; locale: Locale; children?: ReactNode}) {
  const t = await getTranslations('DocumentHeader');
  const formatDay = await getDayFormatter(locale);
  return (
    <header className="document-header">
      <h1>{title}</h1>
      <p className="document-updated">
        {t.rich('lastUpdated', {date: formatDay(date), time: (chunks) => <time dateTime={date}>{chunks}</time>})}
      </p>
      <p className="document-tagline">{t('tagline')}</p>
      {children}
    </header>
  );
}
