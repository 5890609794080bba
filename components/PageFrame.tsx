import type {ReactNode} from 'react';
import type {Locale} from 'next-intl';
import {getTranslations} from 'next-intl/server';
import {paths} from '@/lib/routes';
import LocaleSwitcher from './LocaleSwitcher';

type Props = {
  locale: Locale;
  /** The same page in the other language. */
  alternate: {locale: Locale; href: string};
  children: ReactNode;
};

/** Skip link, site header with the language switcher, and the main landmark. */
export default async function PageFrame({locale, alternate, children}: Props) {
  const t = await getTranslations('PageFrame');
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="site-header">
        <a className="site-name" href={paths.index(locale)}>
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
