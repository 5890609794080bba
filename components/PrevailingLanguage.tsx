import {hasLocale, type Locale} from 'next-intl';
import {getTranslations} from 'next-intl/server';
import {routing} from '@/i18n/routing';

/**
 * At the top of a translation, when the document's settings name the language whose text prevails
 * (`prevails` in content/<document>/document.yml): one sentence saying so, in the page's language.
 */
export default async function PrevailingLanguage({locale, prevails}: {locale: Locale; prevails?: string}) {
  if (!prevails || prevails === locale || !hasLocale(routing.locales, prevails)) return null;
  const t = await getTranslations({locale, namespace: 'PrevailingLanguage'});
  return <p className="document-prevails">{t('text', {language: t(prevails)})}</p>;
}
