import {getTranslations} from 'next-intl/server';
import type {Locale} from 'next-intl';
import {languageTags} from '@/i18n/routing';

/** A plain link to the same page in the other language: works without JavaScript. */
export default async function LocaleSwitcher({target, href}: {target: Locale; href: string}) {
  const t = await getTranslations('LocaleSwitcher');
  return (
    <nav aria-label={t('label')} className="locale-switcher">
      <a href={href} hrefLang={languageTags[target]} lang={languageTags[target]}>
        {t('other')}
      </a>
    </nav>
  );
}
