import type {Metadata} from 'next';
import {getTranslations, setRequestLocale} from 'next-intl/server';
import {notFound} from 'next/navigation';
import AsOfForm from '@/components/AsOfForm';
import PageFrame from '@/components/PageFrame';
import {languageTags, routing} from '@/i18n/routing';
import {getCatalog} from '@/lib/content/load';
import {today} from '@/lib/dates';
import {getDayFormatter} from '@/lib/format';
import {asOfMetadata} from '@/lib/metadata';
import {findDocument} from '@/lib/pages';
import {paths} from '@/lib/routes';
import {timeTag} from '@/components/time';

// What /<language>/<document>/on/<day> answers, at that address (a rewrite in proxy.ts), for a day
// before the document had a version in this language: the original's version that applied then,
// and from when to when. One page per such version, whatever the day asked, so the answers stay few
// and prerendered; this folder's own address (on/before/…) is refused by the proxy, which reads it as no day.
export const dynamicParams = false;
export const revalidate = 3600;

const original = routing.defaultLocale;

// Every answer, whichever language the parent segment asks for: Next.js builds nothing when a
// parent's call returns no params (there are none in the original language).
export function generateStaticParams() {
  const catalog = getCatalog();
  return routing.locales
    .filter((locale) => locale !== original)
    .flatMap((locale) =>
      catalog.documents(locale).flatMap((document) => catalog.untranslated(document, locale, original).map(({version}) => ({locale, document, version: version.date})))
    );
}

function load(locale: string, document: string, date: string) {
  const found = findDocument(locale, document, today());
  const period = found && getCatalog().untranslated(document, found.locale, original).find(({version}) => version.date === date);
  return found && period ? {...found, period, since: found.history.versions[found.history.versions.length - 1].effective} : null;
}

export async function generateMetadata({params}: PageProps<'/[locale]/[document]/on/before/[version]'>): Promise<Metadata> {
  const {locale, document, version} = await params;
  const found = load(locale, document, version);
  if (!found) return {};
  return asOfMetadata(found.locale, document, (found.history.current ?? found.history.versions[0]).title, true);
}

export default async function UntranslatedPage({params}: PageProps<'/[locale]/[document]/on/before/[version]'>) {
  const {locale, document, version} = await params;
  const found = load(locale, document, version);
  if (!found) notFound();
  setRequestLocale(found.locale);
  const t = await getTranslations('UntranslatedPage');
  const asked = await getTranslations('AsOfForm');
  const formatDay = await getDayFormatter(found.locale);
  const {period, since} = found;
  const title = (found.history.current ?? found.history.versions[0]).title;
  const english = paths.version(original, document, period.version.date);
  return (
    // The switcher leads to the version that applied, in the language it was published in.
    <PageFrame locale={found.locale} alternate={{locale: original, href: english}}>
      <header className="document-header">
        <p className="eyebrow">{title}</p>
        <h1>{asked('title')}</h1>
        <p>
          {t.rich('answer', {
            date: formatDay(since),
            from: formatDay(period.from),
            to: formatDay(period.until),
            since: timeTag(since),
            start: timeTag(period.from),
            end: timeTag(period.until)
          })}
        </p>
        <p>
          <strong>
            <a href={english} hrefLang={languageTags[original]}>
              {t('read')}
            </a>
          </strong>
        </p>
      </header>
      <AsOfForm locale={found.locale} document={document} titled />
      <p>
        <a href={paths.versions(found.locale, document)}>{t('history')}</a>
        {' · '}
        <a href={paths.versions(original, document)} hrefLang={languageTags[original]}>
          {t('original')}
        </a>
      </p>
    </PageFrame>
  );
}
