// Every public URL shape in one place. These paths are a commitment: keep them stable.
import type {Locale} from '@/i18n/routing';

export const indexPath = (locale: Locale) => `/${locale}`;
export const documentPath = (locale: Locale, document: string) => `/${locale}/${document}`;
export const versionsPath = (locale: Locale, document: string) => `/${locale}/${document}/versions`;
export const versionPath = (locale: Locale, document: string, date: string) =>
  `/${locale}/${document}/versions/${date}`;
export const comparePath = (locale: Locale, document: string, from: string, to: string) =>
  `/${locale}/${document}/compare/${from}...${to}`;
export const feedPath = (locale: Locale, document: string) => `/${locale}/${document}/feed.xml`;
/** The unprefixed address that negotiates the language: the hreflang x-default. */
export const negotiatingPath = (document?: string) => (document ? `/${document}` : '/');
