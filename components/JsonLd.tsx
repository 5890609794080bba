import type {Version} from '@/lib/model';
import {languageTags} from '@/i18n/routing';
import {publishedDay} from '@/lib/dates';
import {absoluteUrl, siteName, siteUrl} from '@/lib/site';

/**
 * Structured data for search engines. It is JSON, not HTML: `<` is escaped so no text can close the
 * script element.
 */
export default function JsonLd({version, path, firstPublished}: {version: Version; path: string; firstPublished: string}) {
  const data = {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    name: version.title,
    description: version.description,
    url: absoluteUrl(path),
    inLanguage: languageTags[version.locale],
    datePublished: firstPublished,
    dateModified: publishedDay(version.date),
    publisher: {'@type': 'Organization', name: siteName, url: siteUrl}
  };
  return (
    <script type="application/ld+json" dangerouslySetInnerHTML={{__html: JSON.stringify(data).replace(/</g, '\\u003c')}} />
  );
}
