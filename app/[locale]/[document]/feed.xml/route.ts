import {Feed} from 'feed';
import {getTranslations} from 'next-intl/server';
import {languageTags} from '@/i18n/routing';
import {getCatalog} from '@/lib/content/load';
import {dayToDate, publishedDay, today} from '@/lib/dates';
import {getDayFormatter} from '@/lib/format';
import {documentParams, findDocument} from '@/lib/pages';
import {changePath, paths} from '@/lib/routes';
import {absoluteUrl, siteName, siteUrl} from '@/lib/site';

export const dynamicParams = false;
export const revalidate = 3600;

export const generateStaticParams = documentParams;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Atom 1.0: one entry per version, upcoming ones included, so readers learn of a change before it
 * applies. A correction updates its version's entry: the entry says when, why and which words, and
 * its `updated` is the day of the latest correction.
 */
export async function GET(_request: Request, {params}: RouteContext<'/[locale]/[document]/feed.xml'>) {
  const {locale, document} = await params;
  const day = today();
  const found = findDocument(locale, document, day);
  if (!found) return new Response('Not found', {status: 404});
  const {versions} = found.history;
  const newest = versions[0];
  const t = await getTranslations({locale: found.locale, namespace: 'Metadata'});
  const tl = await getTranslations({locale: found.locale, namespace: 'VersionsPage'});
  const links = await getTranslations({locale: found.locale, namespace: 'DocumentLinks'});
  const tc = await getTranslations({locale: found.locale, namespace: 'ChangeList'});
  const tk = await getTranslations({locale: found.locale, namespace: 'CorrectionNotice'});
  const formatDay = await getDayFormatter(found.locale);
  // The day an entry last changed: its version's, or its latest correction's.
  const updated = (version: (typeof versions)[number]) => [version.date, ...version.corrections.map((c) => c.date)].sort().at(-1)!;
  const feed = new Feed({
    id: absoluteUrl(paths.feed(found.locale, document)),
    title: t('feedTitle', {title: newest.title}),
    description: newest.description,
    link: absoluteUrl(paths.document(found.locale, document)),
    language: languageTags[found.locale],
    updated: dayToDate([newest.date, ...versions.map(updated)].sort().at(-1)!),
    copyright: `© ${siteName}`,
    feedLinks: {atom: absoluteUrl(paths.feed(found.locale, document))},
    author: {name: siteName, link: siteUrl}
  });
  const catalog = getCatalog();
  versions.forEach((version) => {
    const previous = catalog.previous(version);
    const url = absoluteUrl(paths.version(found.locale, document, version.date));
    const replacedBy = catalog.replacement(version);
    const replacement = replacedBy && absoluteUrl(paths.version(found.locale, document, replacedBy.date));
    const effective = replacedBy
      ? tl.markup(version.effective > day ? 'replacedUpcoming' : 'replacedPast', {
          date: formatDay(replacedBy.date),
          effective: formatDay(version.effective),
          link: (chunks) => `<a href="${escape(replacement!)}">${chunks}</a>`
        })
      : escape(tl(version.effective > publishedDay(version.date) ? 'takesEffect' : 'effective', {date: formatDay(version.effective)}));
    // The same list of changes as the history page, material ones said in words.
    const changes = version.changes.map((change) => {
      const section = change.section === 'all' ? tc('all') : tc('section', {number: change.section});
      const link = `<a href="${escape(absoluteUrl(changePath(version, change)))}">${escape(section)}</a>`;
      return `<li>${tc.markup('item', {summary: escape(change.summary), kind: () => escape(tc(change.kind)), section: () => link})}</li>`;
    });
    const notice = version.notice ? `<p>${escape(tc('notice', {reason: version.notice}))}</p>` : '';
    const summary = version.summary ?? (changes.length > 0 ? undefined : tl('noSummary'));
    // The same words as the version's page; without its styles, "Before:" and "After:" are shown.
    const corrections = version.corrections.map(({date, reason, edits = []}) => {
      const said = `<p>${tk.markup('corrected', {date: formatDay(date), reason: escape(reason), time: (chunks) => chunks})}</p>`;
      const words = edits.map(
        (edit) =>
          `<li>${tk.markup('edit', {before: escape(edit.before), after: escape(edit.after), removed: (chunks) => chunks, added: (chunks) => chunks, label: (chunks) => chunks, arrow: (chunks) => chunks})}</li>`
      );
      return words.length > 0 ? `${said}<ul>${words.join('')}</ul>` : said;
    });
    const compare = previous
      ? `<p><a href="${escape(absoluteUrl(paths.compare(found.locale, document, previous.date, version.date)))}">${escape(links('comparePrevious'))}</a></p>`
      : '';
    feed.addItem({
      id: url,
      link: url,
      title: `${version.title} · ${formatDay(version.date)}`,
      date: dayToDate(updated(version)),
      published: dayToDate(version.date),
      description: summary ?? version.changes.map((change) => change.summary).join(' '),
      content: `${summary ? `<p>${escape(summary)}</p>` : ''}${changes.length > 0 ? `<ul>${changes.join('')}</ul>` : ''}${notice}<p>${effective}</p>${corrections.join('')}${compare}`
    });
  });
  return new Response(feed.atom1(), {headers: {'Content-Type': 'application/atom+xml; charset=utf-8'}});
}
