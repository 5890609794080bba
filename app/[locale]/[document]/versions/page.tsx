import type {Metadata} from 'next';
import {getTranslations, setRequestLocale} from 'next-intl/server';
import {notFound} from 'next/navigation';
import PageFrame from '@/components/PageFrame';
import VersionList from '@/components/VersionList';
import {alternatesWhere, otherLocale, type Locale} from '@/i18n/routing';
import {pageMetadata} from '@/lib/metadata';
import {allDocumentParams, documentParams} from '@/lib/params';
import {indexPath, versionsPath} from '@/lib/routes';

export const dynamicParams = false;
export const revalidate = 3600;

export const generateStaticParams = allDocumentParams;

function alternates(document: string): Partial<Record<Locale, string>> {
  return alternatesWhere((l) => documentParams(l, document), (l) => versionsPath(l, document));
}

export async function generateMetadata({params}: PageProps<'/[locale]/[document]/versions'>): Promise<Metadata> {
  const {locale, document} = await params;
  const found = documentParams(locale, document);
  const title = found?.history.versions[0]?.title;
  if (!found || !title) return {};
  const t = await getTranslations({locale: found.locale, namespace: 'Metadata'});
  return pageMetadata({
    locale: found.locale,
    title: t('versionsTitle', {title}),
    description: t('versionsDescription', {title}),
    path: versionsPath(found.locale, document),
    alternates: alternates(document)
  });
}

export default async function VersionsPage({params}: PageProps<'/[locale]/[document]/versions'>) {
  const {locale, document} = await params;
  const found = documentParams(locale, document);
  if (!found) notFound();
  setRequestLocale(found.locale);
  const t = await getTranslations('VersionsPage');
  const other = otherLocale(found.locale);
  const title = (found.history.current ?? found.history.versions[0]).title;
  return (
    <PageFrame alternate={{locale: other, href: alternates(document)[other] ?? indexPath(other)}}>
      <header className="document-header">
        <p className="eyebrow">{title}</p>
        <h1>{t('title')}</h1>
        <p>{t('intro')}</p>
      </header>
      <VersionList history={found.history} />
    </PageFrame>
  );
}
