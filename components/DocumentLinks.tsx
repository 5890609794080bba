import {getLocale, getTranslations} from 'next-intl/server';
import type {Locale} from '@/i18n/routing';
import type {Version} from '@/lib/content';
import {comparePath, feedPath, versionsPath} from '@/lib/routes';

/** Below a document: its history, the comparison with the previous version, the change feed. */
export default async function DocumentLinks({version, previous}: {version: Version; previous: Version | null}) {
  const t = await getTranslations('DocumentLinks');
  const locale = (await getLocale()) as Locale;
  return (
    <nav className="document-links" aria-label={t('history')}>
      <ul>
        <li>
          <a href={versionsPath(locale, version.document)}>{t('history')}</a>
        </li>
        {previous && (
          <li>
            <a href={comparePath(locale, version.document, previous.date, version.date)}>{t('comparePrevious')}</a>
          </li>
        )}
        <li>
          <a href={feedPath(locale, version.document)} type="application/atom+xml">
            {t('feed')}
          </a>
        </li>
      </ul>
    </nav>
  );
}
