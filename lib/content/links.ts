// Links from one document to a page of the site ("/en/privacy#section-2") must reach a real page and
// heading. Pure: the catalog in, issues out. Addresses are parsed by lib/routes.ts.
import {routing} from '@/i18n/routing';
import type {ContentIssue, Version} from '../model';
import {parsePath, type Route} from '../routes';
import {siteUrl} from '../site';
import type {Catalog} from './catalog';
import {decodeAnchor} from './markdown';

/** What a visitor reaches through `/<locale>/<document>`: the version in force now, and later the upcoming ones. */
function fromToday(catalog: Catalog, route: {document: string; locale: Route['locale']}, day: string): Version[] {
  const locales = route.locale ? [route.locale] : routing.locales;
  return locales.flatMap((locale) => {
    const current = catalog.inForce(route.document, locale, day);
    return [...(current ? [current] : []), ...catalog.upcoming(route.document, locale, day)];
  });
}

/** The versions whose headings `#anchor` may name, or a problem with the address. */
function resolve(catalog: Catalog, route: Route | null, day: string): Version[] | string {
  if (!route) return 'points to no page of this site';
  if (route.page === 'index') return [];
  const {document, locale} = route;
  if (!locale) {
    // An address without a language, e.g. /privacy: the visitor is sent to their language.
    const targets = route.page === 'document' ? fromToday(catalog, route, day) : [];
    return targets.length > 0 ? targets : 'points to no page of this site';
  }
  if (catalog.versions(document, locale).length === 0) return `points to no document: there is no ${locale} version of "${document}"`;
  switch (route.page) {
    case 'document':
      return fromToday(catalog, route, day);
    case 'version': {
      const version = catalog.find(document, locale, route.date);
      return version ? [version] : `points to no version: "${document}" has no ${locale} version of ${route.date}`;
    }
    case 'compare': {
      const known = catalog.find(document, locale, route.from) && catalog.find(document, locale, route.to);
      return known ? [] : `points to no comparison: write /${locale}/${document}/compare/<date>...<date> with dates of ${locale} versions`;
    }
    default:
      return [];
  }
}

/** "/en/privacy#section-2", or "https://infermesh.io/en/privacy": the path on this site, else null. */
function sitePath(url: string): string | null {
  if (url.startsWith('/')) return url;
  if (url === siteUrl || url.startsWith(`${siteUrl}/`) || url.startsWith(`${siteUrl}#`)) return url.slice(siteUrl.length) || '/';
  return null;
}

export function checkSiteLinks(catalog: Catalog, day: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const version of catalog.all) {
    for (const link of version.links) {
      const target = sitePath(link.url);
      if (target === null) continue;
      const {pathname, hash} = new URL(target, 'http://site.invalid');
      const problem = (message: string) => issues.push({file: version.file, line: link.line, message: `link "${link.url}" ${message}`, severity: 'error'});
      // A trailing slash is redirected to the address without it.
      const resolved = resolve(catalog, parsePath(pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname), day);
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
