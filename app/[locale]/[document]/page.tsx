import type {Metadata} from 'next';
import {hasLocale} from 'next-intl';
import {setRequestLocale} from 'next-intl/server';
import {notFound} from 'next/navigation';
import CorrectionNotice from '@/components/CorrectionNotice';
import DocumentBody from '@/components/DocumentBody';
import DocumentHeader from '@/components/DocumentHeader';
import PageFrame from '@/components/PageFrame';
import SourceLinks from '@/components/SourceLinks';
import TableOfContents from '@/components/TableOfContents';
import {otherLocale, routing, type Locale} from '@/i18n/routing';
import {documentsIn, versionsOf} from '@/lib/content';
import {today} from '@/lib/dates';
import {pageMetadata} from '@/lib/metadata';
import {documentPath, indexPath, negotiatingPath} from '@/lib/routes';
import {currentVersion} from '@/lib/versions';

export const dynamicParams = false;
// An upcoming version becomes current on its effective date without a redeploy: the page is
// regenerated at most an hour after the day changes (UTC).
export const revalidate = 3600;

export function generateStaticParams() {
  return routing.locales.flatMap((locale) => documentsIn(locale).map((document) => ({locale, document})));
}

function load(locale: string, document: string) {
  if (!hasLocale(routing.locales, locale)) return null;
  const version = currentVersion(versionsOf(document, locale), today());
  return version && {locale, version};
}

function alternates(document: string): Partial<Record<Locale, string>> {
  return Object.fromEntries(
    routing.locales.filter((l) => versionsOf(document, l).length > 0).map((l) => [l, documentPath(l, document)])
  );
}

export async function generateMetadata({params}: PageProps<'/[locale]/[document]'>): Promise<Metadata> {
  const {locale, document} = await params;
  const found = load(locale, document);
  if (!found) return {};
  return pageMetadata({
    locale: found.locale,
    title: found.version.title,
    description: found.version.description,
    path: documentPath(found.locale, document),
    alternates: alternates(document),
    xDefault: negotiatingPath(document),
    type: 'article'
  });
}

export default async function DocumentPage({params}: PageProps<'/[locale]/[document]'>) {
  const {locale, document} = await params;
  const found = load(locale, document);
  if (!found) notFound();
  setRequestLocale(found.locale);
  const {version} = found;
  const other = otherLocale(found.locale);
  const otherHref = alternates(document)[other] ?? indexPath(other);
  return (
    <PageFrame alternate={{locale: other, href: otherHref}}>
      <article className="document">
        <DocumentHeader title={version.title} date={version.date}>
          <CorrectionNotice corrections={version.corrections} />
        </DocumentHeader>
        <TableOfContents entries={version.toc} />
        <DocumentBody html={version.html} />
        <SourceLinks file={version.file} />
      </article>
    </PageFrame>
  );
}
