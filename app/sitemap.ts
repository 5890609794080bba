import type {MetadataRoute} from 'next';
import {languageTags, routing, type Locale} from '@/i18n/routing';
import {documentsIn} from '@/lib/content';
import {historyOf} from '@/lib/history';
import {documentPath, indexPath, versionsPath} from '@/lib/routes';
import {absoluteUrl} from '@/lib/site';

// Rebuilt with the pages, so an upcoming version that becomes current shows up here too.
export const revalidate = 3600;

type Entry = {path: (locale: Locale) => string; lastModified: (locale: Locale) => string | undefined};

function entry({path, lastModified}: Entry, locales: readonly Locale[]): MetadataRoute.Sitemap {
  const languages = Object.fromEntries(locales.map((l) => [languageTags[l], absoluteUrl(path(l))]));
  return locales.map((locale) => ({
    url: absoluteUrl(path(locale)),
    lastModified: lastModified(locale),
    alternates: {languages}
  }));
}

/** Every indexable page: legal indexes, current documents and their histories. Archived versions are noindex. */
export default function sitemap(): MetadataRoute.Sitemap {
  const newest = (dates: (string | undefined)[]) => dates.filter(Boolean).sort().at(-1);
  const documents = [...new Set(routing.locales.flatMap((locale) => documentsIn(locale)))].sort();
  const pages: MetadataRoute.Sitemap = entry(
    {
      path: indexPath,
      lastModified: (locale) => newest(documentsIn(locale).map((d) => historyOf(d, locale).current?.date))
    },
    routing.locales
  );
  for (const document of documents) {
    const locales = routing.locales.filter((locale) => historyOf(document, locale).current);
    pages.push(
      ...entry({path: (l) => documentPath(l, document), lastModified: (l) => historyOf(document, l).current?.date}, locales),
      ...entry({path: (l) => versionsPath(l, document), lastModified: (l) => historyOf(document, l).versions[0]?.date}, locales)
    );
  }
  return pages;
}
