import type {MetadataRoute} from 'next';
import type {Locale} from 'next-intl';
import {languageTags, routing} from '@/i18n/routing';
import {getCatalog} from '@/lib/content/load';
import {today} from '@/lib/dates';
import {paths} from '@/lib/routes';
import {absoluteUrl, siteUrl} from '@/lib/site';

// Rebuilt with the pages, so an upcoming version that becomes current shows up here too.
export const revalidate = 3600;

/** `xDefault`: the address that negotiates the language, as the pages' own heads declare it. */
type Entry = {path: (locale: Locale) => string; lastModified: (locale: Locale) => string | undefined; xDefault?: string};

function entry({path, lastModified, xDefault}: Entry, locales: readonly Locale[]): MetadataRoute.Sitemap {
  // A version's name is its day, with "-2" for a second version published that day.
  const day = (locale: Locale) => lastModified(locale)?.slice(0, 10);
  const languages: Record<string, string> = Object.fromEntries(locales.map((l) => [languageTags[l], absoluteUrl(path(l))]));
  // The site's root as the pages' heads write it, without a trailing slash.
  if (xDefault) languages['x-default'] = xDefault === '/' ? siteUrl : absoluteUrl(xDefault);
  return locales.map((locale) => ({
    url: absoluteUrl(path(locale)),
    lastModified: day(locale),
    alternates: {languages}
  }));
}

/** Every indexable page: legal indexes, current documents and their histories. Archived versions are noindex. */
export default function sitemap(): MetadataRoute.Sitemap {
  const day = today();
  const catalog = getCatalog();
  const newest = (dates: (string | undefined)[]) => dates.filter(Boolean).sort().at(-1);
  const documents = [...new Set(routing.locales.flatMap((locale) => catalog.documents(locale)))].sort();
  const pages: MetadataRoute.Sitemap = entry(
    {
      path: paths.index,
      xDefault: paths.negotiating(),
      lastModified: (locale) => newest(catalog.documents(locale).map((d) => catalog.inForce(d, locale, day)?.date))
    },
    routing.locales
  );
  for (const document of documents) {
    const locales = routing.locales.filter((locale) => catalog.inForce(document, locale, day));
    pages.push(
      ...entry({path: (l) => paths.document(l, document), lastModified: (l) => catalog.inForce(document, l, day)?.date, xDefault: paths.negotiating(document)}, locales),
      ...entry({path: (l) => paths.versions(l, document), lastModified: (l) => newest(catalog.versions(document, l).map((v) => v.date))}, locales)
    );
  }
  return pages;
}
