import type {Metadata} from 'next';
import {hasLocale} from 'next-intl';
import {getTranslations, setRequestLocale} from 'next-intl/server';
import {notFound} from 'next/navigation';
import SiteFooter from '@/components/SiteFooter';
import {languageTags, routing} from '@/i18n/routing';
import {policyLinks} from '@/lib/metadata';
import {siteUrl} from '@/lib/site';
import '../globals.css';

export function generateStaticParams() {
  return routing.locales.map((locale) => ({locale}));
}

export async function generateMetadata({params}: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const {locale} = await params;
  const t = await getTranslations({locale: hasLocale(routing.locales, locale) ? locale : routing.defaultLocale, namespace: 'Metadata'});
  return {
    metadataBase: new URL(siteUrl),
    title: {template: `%s · ${t('siteName')}`, default: t('siteName')}
  };
}

export default async function LocaleLayout({children, params}: LayoutProps<'/[locale]'>) {
  const {locale} = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return (
    <html lang={languageTags[locale]}>
      <head>
        {/* Next.js's metadata has no field for these relations (RFC 6903): one <link> each, for every page. */}
        {policyLinks(locale).map(({rel, href}) => (
          <link key={rel} rel={rel} href={href} />
        ))}
      </head>
      <body>
        {children}
        <SiteFooter />
      </body>
    </html>
  );
}
