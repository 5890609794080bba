import {getLocale, getTranslations} from 'next-intl/server';
import type {Locale} from '@/i18n/routing';
import {getDayFormatter} from '@/lib/format';
import type {History} from '@/lib/history';
import {comparePath, versionPath} from '@/lib/routes';

/** Every version, newest first, with its dates and summary; the current and upcoming ones marked. */
export default async function VersionList({history}: {history: History}) {
  const t = await getTranslations('VersionsPage');
  const locale = (await getLocale()) as Locale;
  const formatDay = await getDayFormatter();
  const {versions, current, upcoming} = history;
  return (
    <ol className="version-list" reversed>
      {versions.map((version, index) => {
        const previous = versions[index + 1];
        const isUpcoming = upcoming.includes(version);
        return (
          <li key={version.date}>
            <h2>
              <a href={versionPath(locale, version.document, version.date)}>
                <time dateTime={version.date}>{formatDay(version.date)}</time>
              </a>
              {version === current && <> <span className="badge badge-current">{t('current')}</span></>}
              {isUpcoming && <> <span className="badge badge-upcoming">{t('upcoming')}</span></>}
            </h2>
            <p className="version-dates">
              {t(isUpcoming ? 'takesEffect' : 'effective', {date: formatDay(version.effective)})}
            </p>
            <p>{version.summary ?? t('noSummary')}</p>
            {previous && (
              <p>
                <a href={comparePath(locale, version.document, previous.date, version.date)}>{t('compare')}</a>
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
