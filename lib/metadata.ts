// Head tags shared by every page: canonical, hreflang alternates, Open Graph, Twitter, feed link, and
// the links to the privacy policy and the terms in force.
import type {Metadata} from 'next';
import {getTranslations} from 'next-intl/server';
import type {Locale} from 'next-intl';
import {languageTags, ogLocales, otherLocale, routing} from '@/i18n/routing';
import {getCatalog} from './content/load';
import {today} from './dates';
import type {Version} from './model';
import {documentAlternates} from './pages';
import {LINK_RELATIONS, paths, type LinkRelation} from './routes';
import {absoluteUrl, siteName} from './site';

type PageMeta = {
  locale: Locale;
  title: string;
  description: string;
  path: string;
  /** The page search engines should index for this text, when it is not this one. */
  canonical?: string;
  /** The same page in each language that has it; omitted languages get no hreflang. */
  alternates: Partial<Record<Locale, string>>;
  xDefault?: string;
  type?: 'website' | 'article';
  noindex?: boolean;
  feed?: {path: string; title: string};
};

export function pageMetadata({locale, title, description, path, canonical = path, alternates, xDefault, type = 'website', noindex, feed}: PageMeta): Metadata {
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
    alternates: {
      canonical: absoluteUrl(canonical),
      languages,
      types: feed ? {'application/atom+xml': [{url: absoluteUrl(feed.path), title: feed.title}]} : undefined
    },
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

/** A page showing one version of a document: the current page or a permalink. */
/**
 * The page "which version applied on a day?" of a document, in both its forms (the form that asks,
 * and the answer before a translation existed): one address, never indexed.
 */
export async function asOfMetadata(locale: Locale, document: string, title: string, translated: boolean): Promise<Metadata> {
  const t = await getTranslations({locale, namespace: 'Metadata'});
  return pageMetadata({
    locale,
    title: t('asOfTitle', {title}),
    description: t(translated ? 'asOfDescriptionTranslated' : 'asOfDescription', {title}),
    path: paths.on(locale, document),
    alternates: documentAlternates(document, paths.on),
    noindex: true
  });
}

export async function documentPageMetadata(
  version: Version,
  path: string,
  alternates: Partial<Record<Locale, string>>,
  {title = version.title, noindex = false, negotiated = true, canonical}: {title?: string; noindex?: boolean; negotiated?: boolean; canonical?: string} = {}
): Promise<Metadata> {
  const t = await getTranslations({locale: version.locale, namespace: 'Metadata'});
  return pageMetadata({
    locale: version.locale,
    title,
    description: version.description,
    path,
    canonical,
    alternates,
    xDefault: negotiated ? paths.negotiating(version.document) : undefined,
    type: 'article',
    noindex,
    feed: {path: paths.feed(version.locale, version.document), title: t('feedTitle', {title: version.title})}
  });
}

/**
 * `<link rel="privacy-policy">` and `rel="terms-of-service"` (RFC 6903) for a page in `locale`: the
 * document in force in that language, else in the default language; for a page in every language
 * (locale null: the 404 page), the address that negotiates it. None for a document not in force.
 */
export function policyLinks(locale: Locale | null): {rel: LinkRelation; href: string}[] {
  const catalog = getCatalog();
  const day = today();
  return Object.entries(LINK_RELATIONS).flatMap(([rel, document]) => {
    const inForce = [locale ?? routing.defaultLocale, ...routing.locales].find((l) => catalog.inForce(document, l, day));
    if (!inForce) return [];
    return [{rel: rel as LinkRelation, href: absoluteUrl(locale ? paths.document(inForce, document) : paths.negotiating(document))}];
  });
}
