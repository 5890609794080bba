import type {Metadata} from 'next';
import {getTranslations, setRequestLocale} from 'next-intl/server';
import {notFound} from 'next/navigation';
import PageFrame from '@/components/PageFrame';
import {otherLocale} from '@/i18n/routing';
import {today} from '@/lib/dates';
import {documentAlternates, documentParams, findDocument} from '@/lib/pages';
import {paths} from '@/lib/routes';

// What a comparison answers while the worker threads are full (503, Retry-After, never stored): the
// proxy shows this page in its place. This folder's own address (_busy) is refused by the proxy.
export const dynamicParams = false;
export const revalidate = 3600;

export const generateStaticParams = documentParams;

export async function generateMetadata({params}: PageProps<'/[locale]/[document]/_busy'>): Promise<Metadata> {
  const {locale, document} = await params;
  const found = findDocument(locale, document, today());
  if (!found) return {};
  const t = await getTranslations({locale: found.locale, namespace: 'BusyPage'});
  return {title: t('title'), robots: {index: false}};
}

export default async function BusyPage({params}: PageProps<'/[locale]/[document]/_busy'>) {
  const {locale, document} = await params;
  const found = findDocument(locale, document, today());
  if (!found) notFound();
  setRequestLocale(found.locale);
  const t = await getTranslations('BusyPage');
  const title = (found.history.current ?? found.history.versions[0]).title;
  const other = otherLocale(found.locale);
  return (
    <PageFrame locale={found.locale} alternate={{locale: other, href: documentAlternates(document, paths.versions)[other] ?? paths.index(other)}}>
      <header className="document-header">
        <p className="eyebrow">{title}</p>
        <h1>{t('title')}</h1>
        <p>{t('text')}</p>
      </header>
      <p>
        <a href={paths.versions(found.locale, document)}>{t('history')}</a>
      </p>
    </PageFrame>
  );
}
