// Head tags shared by every page: canonical, hreflang alternates, Open Graph, Twitter.
import type {Metadata} from 'next';
import {languageTags, ogLocales, otherLocale, routing, type Locale} from '@/i18n/routing';
import {absoluteUrl, siteName} from './site';

type PageMeta = {
  locale: Locale;
  title: string;
  description: string;
  path: string;
  /** The same page in each language that has it; omitted languages get no hreflang. */
  alternates: Partial<Record<Locale, string>>;
  xDefault?: string;
  type?: 'website' | 'article';
  noindex?: boolean;
};

export function pageMetadata({locale, title, description, path, alternates, xDefault, type = 'website', noindex}: PageMeta): Metadata {
  const languages: Record<string, string> = {};
  for (const candidate of routing.locales) {
    const href = alternates[candidate];
    if (href) languages[languageTags[candidate]] = absoluteUrl(href);
  }
  if (xDefault) languages['x-default'] = absoluteUrl(xDefault);
  const other = otherLocale(locale);
  return {
    title,
    description,
    alternates: {canonical: absoluteUrl(path), languages},
    openGraph: {
      title,
      description,
      url: absoluteUrl(path),
      siteName,
      type,
      locale: ogLocales[locale],
      alternateLocale: alternates[other] ? [ogLocales[other]] : []
    },
    twitter: {card: 'summary', title, description},
    robots: noindex ? {index: false, follow: true} : undefined
  };
}
