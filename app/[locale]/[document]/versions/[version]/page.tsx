import type {Metadata} from 'next';
import {getTranslations, setRequestLocale} from 'next-intl/server';
import {notFound} from 'next/navigation';
import DocumentView from '@/components/DocumentView';
import PageFrame from '@/components/PageFrame';
import VersionNotice from '@/components/VersionNotice';
import {alternatesWhere, otherLocale, type Locale} from '@/i18n/routing';
import {allVersions} from '@/lib/content';
import {getDayFormatter} from '@/lib/format';
import {findVersion} from '@/lib/history';
import {documentPageMetadata} from '@/lib/metadata';
import {documentParams} from '@/lib/params';
import {documentPath, indexPath, versionPath} from '@/lib/routes';
import {previousVersion} from '@/lib/versions';

// Every version ever published keeps this address: a permanent legal record.
export const dynamicParams = false;
export const revalidate = 3600;

export function generateStaticParams() {
  return allVersions().map((v) => ({locale: v.locale, document: v.document, version: v.date}));
}

function load(locale: string, document: string, date: string) {
  const found = documentParams(locale, document);
  const version = found && findVersion(document, found.locale, date);
  return found && version ? {...found, version} : null;
}

/** The same date in each language that has it. */
function alternates(document: string, date: string): Partial<Record<Locale, string>> {
  return alternatesWhere((l) => findVersion(document, l, date), (l) => versionPath(l, document, date));
}

export async function generateMetadata({params}: PageProps<'/[locale]/[document]/versions/[version]'>): Promise<Metadata> {
  const {locale, document, version: date} = await params;
  const found = load(locale, document, date);
  if (!found) return {};
  const t = await getTranslations({locale: found.locale, namespace: 'Metadata'});
  const formatDay = await getDayFormatter(found.locale);
  return documentPageMetadata(found.version, versionPath(found.locale, document, date), alternates(document, date), {
    title: t('versionTitle', {title: found.version.title, date: formatDay(date)}),
    noindex: found.history.current?.date !== date,
    negotiated: false
  });
}

export default async function VersionPage({params}: PageProps<'/[locale]/[document]/versions/[version]'>) {
  const {locale, document, version: date} = await params;
  const found = load(locale, document, date);
  if (!found) notFound();
  setRequestLocale(found.locale);
  const {version, history} = found;
  const other = otherLocale(found.locale);
  // The switcher goes to the same date in the other language, else to that language's current page.
  const otherHref =
    alternates(document, date)[other] ??
    (documentParams(other, document) ? documentPath(other, document) : indexPath(other));
  const isCurrent = history.current?.date === version.date;
  return (
    <PageFrame alternate={{locale: other, href: otherHref}}>
      <DocumentView
        version={version}
        previous={previousVersion(history.versions, version.date)}
        path={versionPath(found.locale, document, date)}
        firstPublished={history.versions[history.versions.length - 1].date}
        notices={!isCurrent && <VersionNotice version={version} current={history.current} />}
      />
    </PageFrame>
  );
}
