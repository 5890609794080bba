import type {Metadata} from 'next';
import {getTranslations, setRequestLocale} from 'next-intl/server';
import {notFound} from 'next/navigation';
import ChangeList from '@/components/ChangeList';
import DocumentBody from '@/components/DocumentBody';
import PageFrame from '@/components/PageFrame';
import type {Locale} from 'next-intl';
import {alternatesWhere, otherLocale} from '@/i18n/routing';
import {getCatalog} from '@/lib/content/load';
import {today} from '@/lib/dates';
import {getDayFormatter} from '@/lib/format';
import {pageMetadata} from '@/lib/metadata';
import {documentParams, findDocument} from '@/lib/pages';
import {parseRange, paths, sectionId} from '@/lib/routes';
import {runTask} from '@/lib/tasks';

// Consecutive versions are prerendered; any other pair renders on first request and is cached.
export const dynamicParams = true;
export const revalidate = 3600;

export function generateStaticParams() {
  const catalog = getCatalog();
  return documentParams().flatMap(({locale, document}) => {
    const versions = catalog.versions(document, locale);
    return versions.slice(1).map((older, i) => ({locale, document, range: `${older.date}...${versions[i].date}`}));
  });
}

/** Two versions of the document in this language; the proxy has refused any other range. */
function load(locale: string, document: string, range: string) {
  const found = findDocument(locale, document, today());
  const dates = found && parseRange(range);
  const catalog = getCatalog();
  const from = dates && catalog.find(document, found.locale, dates.from);
  const to = dates && catalog.find(document, found.locale, dates.to);
  return found && from && to ? {...found, from, to} : null;
}

function alternates(document: string, from: string, to: string): Partial<Record<Locale, string>> {
  const catalog = getCatalog();
  return alternatesWhere((l) => catalog.find(document, l, from) && catalog.find(document, l, to), (l) => paths.compare(l, document, from, to));
}

export async function generateMetadata({params}: PageProps<'/[locale]/[document]/compare/[range]'>): Promise<Metadata> {
  const {locale, document, range} = await params;
  const found = load(locale, document, range);
  if (!found) return {};
  const t = await getTranslations({locale: found.locale, namespace: 'Metadata'});
  const formatDay = await getDayFormatter(found.locale);
  const values = {title: found.to.title, from: formatDay(found.from.date), to: formatDay(found.to.date)};
  return pageMetadata({
    locale: found.locale,
    title: t('compareTitle', values),
    description: t('compareDescription', values),
    path: paths.compare(found.locale, document, found.from.date, found.to.date),
    alternates: alternates(document, found.from.date, found.to.date),
    noindex: true
  });
}

export default async function ComparePage({params}: PageProps<'/[locale]/[document]/compare/[range]'>) {
  const {locale, document, range} = await params;
  const found = load(locale, document, range);
  if (!found) notFound();
  setRequestLocale(found.locale);
  const t = await getTranslations('ComparePage');
  const formatDay = await getDayFormatter(found.locale);
  const {from, to} = found;
  // Off the request thread (lib/tasks), so no other visitor waits. For a visitor the proxy has run it
  // already (or answered "busy"); what is left here is background work: a page regenerated on a later
  // day, or the build, which waits its turn behind the visitors and is never refused.
  const {html, changed, anchors} = await runTask('compare', {before: from.body, after: to.body, locale: found.locale}, {wait: true, timeoutMs: 60_000});
  const titleChanged = from.title !== to.title;
  // Between consecutive versions, the later one's list of changes opens the page, each change linking
  // to its section's changes below.
  const changes = getCatalog().previous(to) === from ? to.changes : [];
  const changeHref = ({section}: {section: string}) => (anchors.includes(sectionId(section)) ? `#changes-${sectionId(section)}` : undefined);
  const other = otherLocale(found.locale);
  const otherHref = alternates(document, from.date, to.date)[other] ?? paths.index(other);
  return (
    <PageFrame locale={found.locale} alternate={{locale: other, href: otherHref}}>
      <article className="document compare">
        <header className="document-header">
          <p className="eyebrow">{to.title}</p>
          <h1>{t('title', {from: formatDay(from.date), to: formatDay(to.date)})}</h1>
          <p>
            <a href={paths.version(found.locale, document, from.date)}>{t('from', {date: formatDay(from.date)})}</a>
            {' → '}
            <a href={paths.version(found.locale, document, to.date)}>{t('to', {date: formatDay(to.date)})}</a>
          </p>
          <p className="legend">{t.rich('legend', {del: (c) => <del>{c}</del>, ins: (c) => <ins>{c}</ins>})}</p>
          {titleChanged && (
            <p>
              <del>{from.title}</del> <ins>{to.title}</ins>
            </p>
          )}
        </header>
        {changes.length > 0 && (
          <section className="compare-changes" aria-labelledby="compare-changes-title">
            <h2 id="compare-changes-title">{t('changesTitle')}</h2>
            <ChangeList changes={changes} locale={found.locale} href={changeHref} notice={to.notice} />
          </section>
        )}
        {changed.length === 0 ? (
          <p className="notice">{t('unchanged')}</p>
        ) : (
          <nav className="changes-nav" aria-labelledby="changes-title">
            <h2 id="changes-title" className="toc-title">
              {t('changedSections')}
            </h2>
            <ol>
              {changed.map((section) => (
                <li key={section.id}>
                  <a href={`#changes-${section.id}`}>{section.heading}</a>
                </li>
              ))}
            </ol>
          </nav>
        )}
        <div className="document-main">
          <DocumentBody html={html} comparison />
        </div>
      </article>
    </PageFrame>
  );
}
