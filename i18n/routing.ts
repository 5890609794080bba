// The one list of languages: static params, the switcher, the sitemap, the proxy and the content
// checks all read it. `Locale` (from next-intl, typed in global.d.ts) is one of these.
import type {Locale} from 'next-intl';
import {defineRouting} from 'next-intl/routing';

export const routing = defineRouting({
  locales: ['en', 'zh'],
  defaultLocale: 'en',
  localePrefix: 'always',
  // No cookie: the site stores nothing on a visitor's device.
  localeCookie: false,
  // hreflang alternates live in the HTML head only, not also in a `Link` header.
  alternateLinks: false
});

/** The BCP 47 tag of each locale, for `<html lang>`, `hreflang` and `og:locale`. */
export const languageTags: Record<Locale, string> = {en: 'en', zh: 'zh-CN'};
export const ogLocales: Record<Locale, string> = {en: 'en_US', zh: 'zh_CN'};

/** The language the switcher offers from `locale` (the site has two). */
export function otherLocale(locale: Locale): Locale {
  return routing.locales.find((candidate) => candidate !== locale) ?? locale;
}

/** The same page in each language that has it: `path(locale)` for every locale where `exists`. */
export function alternatesWhere(exists: (locale: Locale) => unknown, path: (locale: Locale) => string): Partial<Record<Locale, string>> {
  return Object.fromEntries(routing.locales.filter((locale) => exists(locale)).map((locale) => [locale, path(locale)]));
}
