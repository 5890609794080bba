import type {ReactNode} from 'react';
import {getLocale, getTranslations} from 'next-intl/server';
import type {Locale} from '@/i18n/routing';
import LocaleSwitcher from './LocaleSwitcher';

type Props = {
  /** The same page in the other language. */
  alternate: {locale: Locale; href: string};
  children: ReactNode;
};

/** Skip link, site header with the language switcher, and the main landmark. */
export default async function PageFrame({alternate, children}: Props) {
  const t = await getTranslations('PageFrame');
  const locale = await getLocale();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="site-header">
        <a className="site-name" href={`/${locale}`}>
          {t('siteName')} <span className="site-section">{t('legal')}</span>
        </a>
        <LocaleSwitcher target={alternate.locale} href={alternate.href} />
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
