import type {Metadata} from 'next';
import type {Locale} from 'next-intl';
import {getTranslations, setRequestLocale} from 'next-intl/server';
import {notFound} from 'next/navigation';
import DocumentView from '@/components/DocumentView';
import PageFrame from '@/components/PageFrame';
import VersionNotice from '@/components/VersionNotice';
import {alternatesWhere, otherLocale, routing} from '@/i18n/routing';
import {getCatalog} from '@/lib/content/load';
import {translationStatus} from '@/lib/content/translations';
import {today} from '@/lib/dates';
import {getDayFormatter} from '@/lib/format';
import {documentPageMetadata} from '@/lib/metadata';
import {findVersion, versionParams} from '@/lib/pages';
import {paths} from '@/lib/routes';

// Every version ever published keeps this address: a permanent legal record.
export const dynamicParams = false;
export const revalidate = 3600;

export const generateStaticParams = versionParams;

/** The same date in each language that has it. */
function alternates(document: string, date: string): Partial<Record<Locale, string>> {
  const catalog = getCatalog();
  return alternatesWhere((l) => catalog.find(document, l, date), (l) => paths.version(l, document, date));
}

export async function generateMetadata({params}: PageProps<'/[locale]/[document]/versions/[version]'>): Promise<Metadata> {
  const {locale, document, version: date} = await params;
  const found = findVersion(locale, document, date, today());
  if (!found) return {};
  const t = await getTranslations({locale: found.locale, namespace: 'Metadata'});
  const formatDay = await getDayFormatter(found.locale);
  const isCurrent = found.history.current === found.version;
  return documentPageMetadata(found.version, paths.version(found.locale, document, date), alternates(document, date), {
    title: t('versionTitle', {title: found.version.title, date: formatDay(date)}),
    // The version in force is the document's own page: its permalink points search engines there.
    canonical: isCurrent ? paths.document(found.locale, document) : undefined,
    noindex: !isCurrent,
    negotiated: false
  });
}

export default async function VersionPage({params}: PageProps<'/[locale]/[document]/versions/[version]'>) {
  const {locale, document, version: date} = await params;
  const day = today();
  const found = findVersion(locale, document, date, day);
  if (!found) notFound();
  setRequestLocale(found.locale);
  const {version, history} = found;
  const catalog = getCatalog();
  const other = otherLocale(found.locale);
  // The switcher goes to the same date in the other language, else to that language's current page.
  const otherHref =
    alternates(document, date)[other] ?? (catalog.versions(document, other).length > 0 ? paths.document(other, document) : paths.index(other));
  const isCurrent = history.current === version;
  const replacedBy = catalog.replacement(version);
  return (
    <PageFrame locale={found.locale} alternate={{locale: other, href: otherHref}}>
      <DocumentView
        version={version}
        previous={catalog.previous(version)}
        path={paths.version(found.locale, document, date)}
        firstPublished={history.versions[history.versions.length - 1].date}
        notices={!isCurrent && <VersionNotice version={version} current={history.current} replacedBy={replacedBy} />}
        day={day}
        replaced={replacedBy !== null}
        translation={found.locale === routing.defaultLocale ? undefined : translationStatus(catalog, version, day)}
        prevails={catalog.settings(document).prevails}
      />
    </PageFrame>
  );
}
