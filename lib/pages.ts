// What the document pages take from their address: a language of the site and a document that has
// versions in it, or nothing (the page then answers 404).
import {hasLocale, type Locale} from 'next-intl';
import {alternatesWhere, routing} from '@/i18n/routing';
import type {History} from './content/catalog';
import type {Version} from './model';
import {getCatalog} from './content/load';

export type DocumentPage = {locale: Locale; document: string; history: History};

export function findDocument(locale: string, document: string, day: string): DocumentPage | null {
  if (!hasLocale(routing.locales, locale)) return null;
  const history = getCatalog().history(document, locale, day);
  return history.versions.length > 0 ? {locale, document, history} : null;
}

/** One version of a document, by its date, with the document's history; or nothing (404). */
export function findVersion(locale: string, document: string, date: string, day: string): (DocumentPage & {version: Version}) | null {
  const found = findDocument(locale, document, day);
  const version = found && getCatalog().find(document, found.locale, date);
  return found && version ? {...found, version} : null;
}

/** The same page of a document (`path`) in each language that has the document: the hreflang alternates. */
export function documentAlternates(document: string, path: (locale: Locale, document: string) => string): Partial<Record<Locale, string>> {
  const catalog = getCatalog();
  return alternatesWhere((l) => catalog.versions(document, l).length > 0, (l) => path(l, document));
}

/** Every language and document with at least one version: the static params of document routes. */
export function documentParams(): {locale: Locale; document: string}[] {
  const catalog = getCatalog();
  return routing.locales.flatMap((locale) => catalog.documents(locale).map((document) => ({locale, document})));
}

/** Every version of every document: the static params of version routes (page, source, PDF). */
export function versionParams(): {locale: Locale; document: string; version: string}[] {
  return getCatalog().all.map((v) => ({locale: v.locale, document: v.document, version: v.date}));
}
