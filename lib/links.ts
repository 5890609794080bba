// Links from one document to a page of the site ("/en/privacy#section-2") must reach a real page and
// heading. Pure: versions in, issues out. The URL shapes are those of lib/routes.ts.
import {routing, type Locale} from '@/i18n/routing';
import type {Version} from './content';
import type {ContentIssue} from './issues';
import {decodeAnchor} from './markdown';
import {siteUrl} from './site';
import {currentVersion, upcomingVersions} from './versions';

const isLocale = (value: string): value is Locale => (routing.locales as readonly string[]).includes(value);

type Site = {versions: Version[]; day: string};

function versionsOf({versions}: Site, document: string, locale: Locale): Version[] {
  return versions.filter((v) => v.document === document && v.locale === locale).sort((a, b) => b.date.localeCompare(a.date));
}

/** What a visitor reaches through `/<locale>/<document>`: the version in force now, and later the upcoming ones. */
function fromToday(site: Site, document: string, locale: Locale): Version[] {
  const all = versionsOf(site, document, locale);
  const current = currentVersion(all, site.day);
  return [...(current ? [current] : []), ...upcomingVersions(all, site.day)];
}

/** The versions whose headings `#anchor` may name, or a problem with the path. */
function resolve(site: Site, segments: string[]): Version[] | string {
  const [first, document, ...rest] = segments;
  if (segments.length === 0 || (segments.length === 1 && isLocale(first))) return [];
  if (!isLocale(first)) {
    // An address without a language, e.g. /privacy: the visitor is sent to their language.
    const targets = routing.locales.flatMap((locale) => fromToday(site, first, locale));
    return segments.length === 1 && targets.length > 0 ? targets : 'points to no page of this site';
  }
  if (versionsOf(site, document, first).length === 0) return `points to no document: there is no ${first} version of "${document}"`;
  const known = (date: string) => versionsOf(site, document, first).find((v) => v.date === date);
  if (rest.length === 0) return fromToday(site, document, first);
  if (rest.length === 1 && (rest[0] === 'versions' || rest[0] === 'feed.xml')) return [];
  if (rest.length === 2 && rest[0] === 'versions') {
    const version = known(rest[1]);
    return version ? [version] : `points to no version: "${document}" has no ${first} version of ${rest[1]}`;
  }
  if (rest.length === 2 && rest[0] === 'compare') {
    const dates = rest[1].split('...');
    const missing = dates.length === 2 ? dates.filter((date) => !known(date)) : ['?'];
    return missing.length === 0 ? [] : `points to no comparison: write /${first}/${document}/compare/<date>...<date> with dates of ${first} versions`;
  }
  return 'points to no page of this site';
}

/** "/en/privacy#section-2", or "https://infermesh.io/en/privacy": the path on this site, else null. */
function sitePath(url: string): string | null {
  if (url.startsWith('/')) return url;
  if (url === siteUrl || url.startsWith(`${siteUrl}/`) || url.startsWith(`${siteUrl}#`)) return url.slice(siteUrl.length) || '/';
  return null;
}

export function checkSiteLinks(versions: Version[], day: string): ContentIssue[] {
  const site = {versions, day};
  const issues: ContentIssue[] = [];
  for (const version of versions) {
    for (const link of version.links) {
      const target = sitePath(link.url);
      if (target === null) continue;
      const {pathname, hash} = new URL(target, 'http://site.invalid');
      const segments = pathname.split('/').filter(Boolean).map(decodeAnchor);
      const problem = (message: string) => issues.push({file: version.file, line: link.line, message: `link "${link.url}" ${message}`, severity: 'error'});
      const resolved = resolve(site, segments);
      if (typeof resolved === 'string') {
        problem(resolved);
        continue;
      }
      const anchor = decodeAnchor(hash.slice(1));
      if (!anchor) continue;
      const without = resolved.filter((v) => !v.anchors.includes(anchor));
      if (resolved.length === 0) problem(`cannot point to a heading: that page has no #${anchor}`);
      for (const v of without) problem(`points to no heading in ${v.locale}/${v.date}.md`);
    }
  }
  return issues;
}
