import type {Metadata} from 'next';
import {getTranslations, setRequestLocale} from 'next-intl/server';
import {notFound} from 'next/navigation';
import AsOfForm from '@/components/AsOfForm';
import PageFrame from '@/components/PageFrame';
import VersionList from '@/components/VersionList';
import {languageTags, otherLocale, routing} from '@/i18n/routing';
import {getCatalog} from '@/lib/content/load';
import {today} from '@/lib/dates';
import {getDayFormatter} from '@/lib/format';
import {pageMetadata} from '@/lib/metadata';
import {documentAlternates, documentParams, findDocument} from '@/lib/pages';
import {paths} from '@/lib/routes';
import {timeTag} from '@/components/time';

export const dynamicParams = false;
export const revalidate = 3600;

export const generateStaticParams = documentParams;

export async function generateMetadata({params}: PageProps<'/[locale]/[document]/versions'>): Promise<Metadata> {
  const {locale, document} = await params;
  const found = findDocument(locale, document, today());
  if (!found) return {};
  const title = found.history.versions[0].title;
  const t = await getTranslations({locale: found.locale, namespace: 'Metadata'});
  return pageMetadata({
    locale: found.locale,
    title: t('versionsTitle', {title}),
    description: t('versionsDescription', {title}),
    path: paths.versions(found.locale, document),
    alternates: documentAlternates(document, paths.versions)
  });
}

export default async function VersionsPage({params}: PageProps<'/[locale]/[document]/versions'>) {
  const {locale, document} = await params;
  const day = today();
  const found = findDocument(locale, document, day);
  if (!found) notFound();
  setRequestLocale(found.locale);
  const t = await getTranslations('VersionsPage');
  const formatDay = await getDayFormatter(found.locale);
  const other = otherLocale(found.locale);
  const title = (found.history.current ?? found.history.versions[0]).title;
  // A translation says from when it applies, and where the original's history is.
  const original = routing.defaultLocale;
  const since = found.history.versions[found.history.versions.length - 1].effective;
  const untranslated = getCatalog().untranslated(document, found.locale, original).length > 0;
  return (
    <PageFrame locale={found.locale} alternate={{locale: other, href: documentAlternates(document, paths.versions)[other] ?? paths.index(other)}}>
      <header className="document-header">
        <p className="eyebrow">{title}</p>
        <h1>{t('title')}</h1>
        <p>{t('intro')}</p>
        {found.locale !== original && getCatalog().versions(document, original).length > 0 && (
          <p>
            {t.rich('translated', {
              date: formatDay(since),
              time: timeTag(since),
              link: (chunks) => (
                <a href={paths.versions(original, document)} hrefLang={languageTags[original]}>
                  {chunks}
                </a>
              )
            })}
          </p>
        )}
        {untranslated && <p>{t('untranslated')}</p>}
      </header>
      <VersionList history={found.history} catalog={getCatalog()} locale={found.locale} day={day} />
      <AsOfForm locale={found.locale} document={document} />
    </PageFrame>
  );
}
