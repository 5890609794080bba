// Every address of the site, built and parsed in one place: pages, the proxy and the content checks
// all use these. The addresses are a commitment: keep them stable.
import {hasLocale, type Locale} from 'next-intl';
import {routing} from '@/i18n/routing';
import {isCalendarDate, isVersionId} from './dates';
import type {Change, Version} from './model';

/** A document's folder name, which is its address: lower-case letters, digits and dashes. */
export const DOCUMENT_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Names a document may not take: a language (`/en` is the legal index) or a word of the site's addresses. */
export const RESERVED_DOCUMENT_NAMES: readonly string[] = [...routing.locales, 'api', 'versions', 'compare', 'feed'];

/**
 * The documents machines look for by name: an RFC 6903 link relation (`<link rel="privacy-policy">`,
 * `/.well-known/privacy-policy`) and the folder of content/ that is that document. A folder name
 * is the document's address already, so its role needs no setting that could name two documents.
 */
export const LINK_RELATIONS = {'privacy-policy': 'privacy', 'terms-of-service': 'terms'} as const;

export type LinkRelation = keyof typeof LINK_RELATIONS;

/** `2026-01-10...2026-04-02`: the range of a comparison, "from...to". */
const RANGE = /^(\d{4}-\d{2}-\d{2}(?:-\d)?)\.\.\.(\d{4}-\d{2}-\d{2}(?:-\d)?)$/;

export const paths = {
  index: (locale: Locale) => `/${locale}`,
  document: (locale: Locale, document: string) => `/${locale}/${document}`,
  versions: (locale: Locale, document: string) => `/${locale}/${document}/versions`,
  version: (locale: Locale, document: string, date: string) => `/${locale}/${document}/versions/${date}`,
  compare: (locale: Locale, document: string, from: string, to: string) => `/${locale}/${document}/compare/${from}...${to}`,
  feed: (locale: Locale, document: string) => `/${locale}/${document}/feed.xml`,
  /** Machine-readable history: every version with its status, changes and hash. */
  versionsJson: (locale: Locale, document: string) => `/${locale}/${document}/versions.json`,
  /** A version's file exactly as it is in content/. */
  source: (locale: Locale, document: string, date: string) => `/${locale}/${document}/versions/${date}.md`,
  /** A version as a PDF to keep (lib/pdf/render.ts). */
  pdf: (locale: Locale, document: string, date: string) => `/${locale}/${document}/versions/${date}.pdf`,
  /** Which version applied on a day (a redirect to it); without a day, the page that asks for one. */
  on: (locale: Locale, document: string, day?: string) => `/${locale}/${document}/on${day ? `/${day}` : ''}`,
  /**
   * Not an address of its own (the proxy refuses it): what `on` answers, at the address asked, for a
   * day before a translation existed, when the original's version of `date` applied.
   */
  untranslated: (locale: Locale, document: string, date: string) => `/${locale}/${document}/on/before/${date}`,
  /** The unprefixed address that negotiates the language: the hreflang x-default. */
  negotiating: (document?: string) => (document ? `/${document}` : '/'),
  /** Where a machine asks for the privacy policy or the terms (RFC 8615): a redirect like `negotiating`. */
  wellKnown: (relation: LinkRelation) => `/.well-known/${relation}`
};

/** The files of the site that are not pages: they take no language. */
export const SITE_FILES: readonly string[] = ['/sitemap.xml', '/robots.txt', '/icon.svg'];

type Address =
  | {page: 'index'}
  | {page: 'document' | 'versions' | 'feed' | 'versionsJson' | 'on' | 'wellKnown'; document: string}
  | {page: 'version' | 'source' | 'pdf'; document: string; date: string}
  | {page: 'onDay'; document: string; day: string}
  | {page: 'compare'; document: string; from: string; to: string};

/** The anchor of a numbered section, the same in every language: 2.3 → section-2-3. */
export const sectionId = (number: string) => `section-${number.replaceAll('.', '-')}`;

/** Where a change is read: its section in the version, or the version itself (`all`, or a section it removed). */
export function changePath(version: Version, change: Change): string {
  const page = paths.version(version.locale, version.document, version.date);
  const kept = change.section !== 'all' && version.sections.some((section) => section.number === change.section);
  return kept ? `${page}#${sectionId(change.section)}` : page;
}

/** A page of the site: `locale` is null for an unprefixed address, which negotiates the language. */
export type Route = Address & {locale: Locale | null};

/** The two dates of a comparison range, or null. Whether those versions exist is the caller's question. */
export function parseRange(range: string): {from: string; to: string} | null {
  const match = RANGE.exec(range);
  if (!match || !isVersionId(match[1]) || !isVersionId(match[2]) || match[1] === match[2]) return null;
  return {from: match[1], to: match[2]};
}

/**
 * The page an address names, by its shape alone, or null. Addresses are written exactly as `paths`
 * builds them: lower case, no percent-encoding, no trailing slash. Whether the document and its
 * versions exist is the caller's question.
 */
export function parsePath(pathname: string): Route | null {
  const segments = pathname.split('/').slice(1);
  if (segments.length === 1 && segments[0] === '') return {page: 'index', locale: null};
  if (segments[0] === '.well-known') {
    const [, relation, ...rest] = segments;
    return rest.length === 0 && Object.hasOwn(LINK_RELATIONS, relation) ? {page: 'wellKnown', locale: null, document: LINK_RELATIONS[relation as LinkRelation]} : null;
  }
  const first = segments[0];
  const locale = hasLocale(routing.locales, first) ? first : null;
  if (locale) segments.shift();
  const [document, kind, value, ...rest] = segments;
  if (document === undefined) return {page: 'index', locale};
  if (!DOCUMENT_NAME.test(document) || RESERVED_DOCUMENT_NAMES.includes(document) || rest.length > 0) return null;
  if (kind === undefined) return {page: 'document', locale, document};
  if (kind === 'versions' && value === undefined) return {page: 'versions', locale, document};
  if (kind === 'feed.xml' && value === undefined && locale) return {page: 'feed', locale, document};
  if (kind === 'versions.json' && value === undefined && locale) return {page: 'versionsJson', locale, document};
  if (kind === 'on' && value === undefined && locale) return {page: 'on', locale, document};
  if (kind === 'on' && value !== undefined && locale && isCalendarDate(value)) return {page: 'onDay', locale, document, day: value};
  if (kind === 'versions' && value !== undefined && isVersionId(value)) return {page: 'version', locale, document, date: value};
  const file = kind === 'versions' && locale ? /^(\d{4}-\d{2}-\d{2}(?:-\d)?)\.(md|pdf)$/.exec(value ?? '') : null;
  if (file && isVersionId(file[1])) return {page: file[2] === 'md' ? 'source' : 'pdf', locale, document, date: file[1]};
  const range = kind === 'compare' && value !== undefined ? parseRange(value) : null;
  return range ? {page: 'compare', locale, document, ...range} : null;
}

/**
 * What the site itself answers at `pathname`, in words, or null when it is no address of the site.
 * `isDocument` tells which documents exist. An old address of a document may only be such a null.
 */
export function siteAddress(pathname: string, isDocument: (name: string) => boolean): string | null {
  const first = pathname.split('/')[1] ?? '';
  if (hasLocale(routing.locales, first)) return `every address starting with /${first} is a page in that language`;
  if (SITE_FILES.includes(pathname)) return 'a file of the site';
  if (first === '_next' || first === '.well-known') return `every address starting with /${first} belongs to the site`;
  const route = parsePath(pathname);
  if (route?.page === 'index') return 'the home page';
  return route && isDocument(route.document) ? `the document "${route.document}" answers it` : null;
}
