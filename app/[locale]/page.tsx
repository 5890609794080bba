import type {Metadata} from 'next';
import {hasLocale} from 'next-intl';
import {getTranslations, setRequestLocale} from 'next-intl/server';
import {notFound} from 'next/navigation';
import PageFrame from '@/components/PageFrame';
import {otherLocale, routing} from '@/i18n/routing';
import {getCatalog} from '@/lib/content/load';
import {publishedDay, today} from '@/lib/dates';
import {getDayFormatter} from '@/lib/format';
import {pageMetadata} from '@/lib/metadata';
import {paths} from '@/lib/routes';
import {timeTag} from '@/components/time';

export const dynamicParams = false;
export const revalidate = 3600;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({locale}));
}

export async function generateMetadata({params}: PageProps<'/[locale]'>): Promise<Metadata> {
  const {locale} = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({locale, namespace: 'Metadata'});
  const metadata = pageMetadata({
    locale,
    title: t('legalTitle'),
    description: t('legalDescription'),
    path: paths.index(locale),
    alternates: Object.fromEntries(routing.locales.map((l) => [l, paths.index(l)])),
    xDefault: paths.negotiating()
  });
  // The layout's title template applies to child segments only, not to this page beside it.
  return {...metadata, title: {absolute: `${t('legalTitle')} · ${t('siteName')}`}};
}

export default async function IndexPage({params}: PageProps<'/[locale]'>) {
  const {locale} = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations('IndexPage');
  const formatDay = await getDayFormatter(locale);
  const day = today();
  const catalog = getCatalog();
  const documents = catalog
    .documents(locale)
    .map((document) => catalog.inForce(document, locale, day))
    .filter((version) => version !== null);
  const other = otherLocale(locale);
  return (
    <PageFrame locale={locale} alternate={{locale: other, href: paths.index(other)}}>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <ul className="document-list">
        {documents.map((version) => (
          <li key={version.document}>
            <h2>
              <a href={paths.document(locale, version.document)}>{version.title}</a>
            </h2>
            <p>{version.description}</p>
            <p className="document-updated">
              {t.rich('lastUpdated', {
                date: formatDay(version.date),
                time: timeTag(publishedDay(version.date))
              })}
            </p>
          </li>
        ))}
      </ul>
    </PageFrame>
  );
}
