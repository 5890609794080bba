import type {Locale} from 'next-intl';
import {getTranslations} from 'next-intl/server';
import {paths} from '@/lib/routes';

/**
 * "Which version applied on a given day?": a plain GET form, answered by a redirect (no JavaScript).
 * It brings its own heading unless the page's heading already asks the question (`titled`).
 */
export default async function AsOfForm({locale, document, titled = false}: {locale: Locale; document: string; titled?: boolean}) {
  const t = await getTranslations({locale, namespace: 'AsOfForm'});
  return (
    <form className="as-of" method="get" action={paths.on(locale, document)} aria-label={titled ? t('title') : undefined} aria-labelledby={titled ? undefined : 'as-of-title'}>
      {!titled && <h2 id="as-of-title">{t('title')}</h2>}
      <p>
        <label htmlFor="as-of-date">{t('label')}</label> <input id="as-of-date" name="date" type="date" required />{' '}
        <button type="submit">{t('submit')}</button>
      </p>
    </form>
  );
}
