// URL segments checked before use: a known language, document and version, or nothing.
import {hasLocale} from 'next-intl';
import {routing, type Locale} from '@/i18n/routing';
import {documentsIn} from './content';
import {isCalendarDate} from './dates';
import {findVersion, historyOf, type History} from './history';

export type DocumentParams = {locale: Locale; document: string; history: History};

export function documentParams(locale: string, document: string): DocumentParams | null {
  if (!hasLocale(routing.locales, locale)) return null;
  const history = historyOf(document, locale);
  return history.versions.length > 0 ? {locale, document, history} : null;
}

/** `2026-01-10...2026-04-02`: two versions of the document in this language, older first. */
export function parseRange(locale: Locale, document: string, range: string) {
  let decoded: string;
  try {
    decoded = decodeURIComponent(range);
  } catch {
    return null;
  }
  const match = /^(\d{4}-\d{2}-\d{2})\.\.\.(\d{4}-\d{2}-\d{2})$/.exec(decoded);
  if (!match || !isCalendarDate(match[1]) || !isCalendarDate(match[2]) || match[1] >= match[2]) return null;
  const from = findVersion(document, locale, match[1]);
  const to = findVersion(document, locale, match[2]);
  return from && to ? {from, to} : null;
}

/** Every language and document with at least one version: the static params of document routes. */
export function allDocumentParams(): {locale: Locale; document: string}[] {
  return routing.locales.flatMap((locale) => documentsIn(locale).map((document) => ({locale, document})));
}
