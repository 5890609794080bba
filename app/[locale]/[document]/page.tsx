import type {Metadata} from 'next';
import {setRequestLocale} from 'next-intl/server';
import {notFound} from 'next/navigation';
import DocumentView from '@/components/DocumentView';
import PageFrame from '@/components/PageFrame';
import UpcomingNotice from '@/components/UpcomingNotice';
import {otherLocale, routing} from '@/i18n/routing';
import {getCatalog} from '@/lib/content/load';
import {translationStatus} from '@/lib/content/translations';
import {today} from '@/lib/dates';
import {documentPageMetadata} from '@/lib/metadata';
import {documentAlternates, documentParams, findDocument} from '@/lib/pages';
import {paths} from '@/lib/routes';

export const dynamicParams = false;
// An upcoming version becomes current on its effective date without a redeploy: the page is
// regenerated at most an hour after the day changes (UTC).
export const revalidate = 3600;

export const generateStaticParams = documentParams;

export async function generateMetadata({params}: PageProps<'/[locale]/[document]'>): Promise<Metadata> {
  const {locale, document} = await params;
  const found = findDocument(locale, document, today());
  if (!found?.history.current) return {};
  return documentPageMetadata(found.history.current, paths.document(found.locale, document), documentAlternates(document, paths.document));
}

export default async function DocumentPage({params}: PageProps<'/[locale]/[document]'>) {
  const {locale, document} = await params;
  const day = today();
  const found = findDocument(locale, document, day);
  const current = found?.history.current;
  if (!found || !current) notFound();
  setRequestLocale(found.locale);
  const catalog = getCatalog();
  const {versions, upcoming} = found.history;
  const other = otherLocale(found.locale);
  const translation = found.locale === routing.defaultLocale ? undefined : translationStatus(catalog, current, day);
  return (
    <PageFrame locale={found.locale} alternate={{locale: other, href: documentAlternates(document, paths.document)[other] ?? paths.index(other)}}>
      <DocumentView
        version={current}
        previous={catalog.previous(current)}
        path={paths.document(found.locale, document)}
        firstPublished={versions[versions.length - 1].date}
        notices={upcoming[0] && <UpcomingNotice current={current} upcoming={upcoming[0]} changes={catalog.takingEffect(upcoming[0])} />}
        day={day}
        translation={translation}
        prevails={catalog.settings(document).prevails}
      />
    </PageFrame>
  );
}
