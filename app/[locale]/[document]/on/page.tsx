import type {Metadata} from 'next';
import {getTranslations, setRequestLocale} from 'next-intl/server';
import {notFound} from 'next/navigation';
import AsOfForm from '@/components/AsOfForm';
import PageFrame from '@/components/PageFrame';
import {languageTags, otherLocale, routing} from '@/i18n/routing';
import {getCatalog} from '@/lib/content/load';
import {today} from '@/lib/dates';
import {getDayFormatter} from '@/lib/format';
import {asOfMetadata} from '@/lib/metadata';
import {documentAlternates, documentParams, findDocument} from '@/lib/pages';
import {paths} from '@/lib/routes';
import {timeTag} from '@/components/time';

// The page that asks for a day. The proxy answers a day (here or in the address) with a redirect to
// the version in force, a day before a translation existed with the original's version that applied
// (app/[locale]/[document]/on/before/[version]), and a day before any version with this page as a 404: it says
// when the first took effect, and in a translation from when the translation applies.
export const dynamicParams = false;
export const revalidate = 3600;

export const generateStaticParams = documentParams;

export async function generateMetadata({params}: PageProps<'/[locale]/[document]/on'>): Promise<Metadata> {
  const {locale, document} = await params;
  const found = findDocument(locale, document, today());
  if (!found) return {};
  const translated = getCatalog().untranslated(document, found.locale, routing.defaultLocale).length > 0;
  return asOfMetadata(found.locale, document, found.history.versions[0].title, translated);
}

export default async function AsOfPage({params}: PageProps<'/[locale]/[document]/on'>) {
  const {locale, document} = await params;
  const found = findDocument(locale, document, today());
  if (!found) notFound();
  setRequestLocale(found.locale);
  const t = await getTranslations('AsOfPage');
  const asked = await getTranslations('AsOfForm');
  const formatDay = await getDayFormatter(found.locale);
  const {versions, current} = found.history;
  const first = versions[versions.length - 1];
  const title = (current ?? versions[0]).title;
  const other = otherLocale(found.locale);
  // Before a translation existed, the original applied: its first version is the first of all.
  const original = routing.defaultLocale;
  const [before] = getCatalog().untranslated(document, found.locale, original);
  return (
    <PageFrame locale={found.locale} alternate={{locale: other, href: documentAlternates(document, paths.on)[other] ?? paths.index(other)}}>
      <header className="document-header">
        <p className="eyebrow">{title}</p>
        <h1>{asked('title')}</h1>
        <p>{t('intro', {title})}</p>
        <p>
          {before
            ? t.rich('firstTranslated', {
                date: formatDay(first.effective),
                from: formatDay(before.from),
                since: timeTag(first.effective),
                first: timeTag(before.from),
                link: (chunks) => (
                  <a href={paths.versions(original, document)} hrefLang={languageTags[original]}>
                    {chunks}
                  </a>
                )
              })
            : t.rich('first', {date: formatDay(first.effective), time: timeTag(first.effective)})}
        </p>
      </header>
      <AsOfForm locale={found.locale} document={document} titled />
      <p>
        <a href={paths.versions(found.locale, document)}>{t('history')}</a>
      </p>
    </PageFrame>
  );
}
