import {getTranslations} from 'next-intl/server';
import type {Version} from '@/lib/model';
import {paths} from '@/lib/routes';

/** Below a document: its history, the comparison with the previous version, the change feed. */
export default async function DocumentLinks({version, previous}: {version: Version; previous: Version | null}) {
  const t = await getTranslations('DocumentLinks');
  const {locale, document} = version;
  return (
    <nav className="document-links" aria-label={t('history')}>
      <ul>
        <li>
          <a href={paths.versions(locale, document)}>{t('history')}</a>
        </li>
        {previous && (
          <li>
            <a href={paths.compare(locale, document, previous.date, version.date)}>{t('comparePrevious')}</a>
          </li>
        )}
        <li>
          <a href={paths.feed(locale, document)} type="application/atom+xml">
            {t('feed')}
          </a>
        </li>
      </ul>
    </nav>
  );
}
