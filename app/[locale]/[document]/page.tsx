import type {Metadata} from 'next';
import {setRequestLocale} from 'next-intl/server';
import {notFound} from 'next/navigation';
import DocumentView from '@/components/DocumentView';
import PageFrame from '@/components/PageFrame';
import TranslationNotice from '@/components/TranslationNotice';
import UpcomingNotice from '@/components/UpcomingNotice';
import {otherLocale} from '@/i18n/routing';
import {documentAlternates, newerTranslation} from '@/lib/history';
import {documentPageMetadata} from '@/lib/metadata';
import {allDocumentParams, documentParams} from '@/lib/params';
import {documentPath, indexPath} from '@/lib/routes';
import {previousVersion} from '@/lib/versions';

export const dynamicParams = false;
// An upcoming version becomes current on its effective date without a redeploy: the page is
// regenerated at most an hour after the day changes (UTC).
export const revalidate = 3600;

export const generateStaticParams = allDocumentParams;

export async function generateMetadata({params}: PageProps<'/[locale]/[document]'>): Promise<Metadata> {
  const {locale, document} = await params;
  const found = documentParams(locale, document);
  if (!found?.history.current) return {};
  return documentPageMetadata(found.history.current, documentPath(found.locale, document), documentAlternates(document));
}

export default async function DocumentPage({params}: PageProps<'/[locale]/[document]'>) {
  const {locale, document} = await params;
  const found = documentParams(locale, document);
  const current = found?.history.current;
  if (!found || !current) notFound();
  setRequestLocale(found.locale);
  const {versions, upcoming} = found.history;
  const other = otherLocale(found.locale);
  const newer = newerTranslation(document, found.locale);
  return (
    <PageFrame alternate={{locale: other, href: documentAlternates(document)[other] ?? indexPath(other)}}>
      <DocumentView
        version={current}
        previous={previousVersion(versions, current.date)}
        path={documentPath(found.locale, document)}
        firstPublished={versions[versions.length - 1].date}
        notices={
          <>
            {upcoming[0] && <UpcomingNotice current={current} upcoming={upcoming[0]} />}
            {newer && <TranslationNotice newer={newer} />}
          </>
        }
      />
    </PageFrame>
  );
}
