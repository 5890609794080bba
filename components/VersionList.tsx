import type {Locale} from 'next-intl';
import {getTranslations} from 'next-intl/server';
import type {History} from '@/lib/content/catalog';
import {getDayFormatter} from '@/lib/format';
import {paths} from '@/lib/routes';

/** Every version, newest first, with its dates and summary; the current and upcoming ones marked. */
export default async function VersionList({history, locale}: {history: History; locale: Locale}) {
  const t = await getTranslations('VersionsPage');
  const formatDay = await getDayFormatter(locale);
  const {versions, current, upcoming} = history;
  return (
    <ol className="version-list" reversed>
      {versions.map((version, index) => {
        const previous = versions[index + 1];
        const isUpcoming = upcoming.includes(version);
        return (
          <li key={version.date}>
            <h2>
              <a href={paths.version(locale, version.document, version.date)}>
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
                <a href={paths.compare(locale, version.document, previous.date, version.date)}>{t('compare')}</a>
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
