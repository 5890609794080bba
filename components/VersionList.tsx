import type {Locale} from 'next-intl';
import {getTranslations} from 'next-intl/server';
import type {Catalog, History} from '@/lib/content/catalog';
import {publishedDay} from '@/lib/dates';
import {getDayFormatter} from '@/lib/format';
import {changePath, paths} from '@/lib/routes';
import ChangeList from './ChangeList';
import {Corrections} from './CorrectionNotice';
import {timeTag} from './time';

/**
 * Every version, newest first, with its dates, changes and corrections, the current and upcoming ones
 * marked; then the versions withdrawn from the archive, with the day and the reason.
 */
export default async function VersionList({history, catalog, locale, day}: {history: History; catalog: Catalog; locale: Locale; day: string}) {
  const t = await getTranslations('VersionsPage');
  const formatDay = await getDayFormatter(locale);
  const {versions, current, upcoming} = history;
  const withdrawn = catalog.withdrawn(versions[0].document, locale);
  return (
    <>
      <ol className="version-list" reversed>
        {versions.map((version) => {
          const previous = catalog.previous(version);
          const isUpcoming = upcoming.includes(version);
          const replacedBy = catalog.replacement(version);
          const link = (chunks: React.ReactNode) => replacedBy && <a href={paths.version(locale, replacedBy.document, replacedBy.date)}>{chunks}</a>;
          return (
            <li key={version.date}>
              <h2>
                <a href={paths.version(locale, version.document, version.date)}>
                  <time dateTime={publishedDay(version.date)}>{formatDay(version.date)}</time>
                </a>
                {version === current && <> <span className="badge badge-current">{t('current')}</span></>}
                {isUpcoming && <> <span className="badge badge-upcoming">{t('upcoming')}</span></>}
                {replacedBy && <> <span className="badge badge-replaced">{t('replaced')}</span></>}
              </h2>
              <p className="version-dates">
                {replacedBy
                  ? t.rich(version.effective > day ? 'replacedUpcoming' : 'replacedPast', {date: formatDay(replacedBy.date), effective: formatDay(version.effective), link})
                  : t(isUpcoming ? 'takesEffect' : 'effective', {date: formatDay(version.effective)})}
              </p>
              {version.summary && <p>{version.summary}</p>}
              {version.changes.length > 0 ? (
                <ChangeList changes={version.changes} locale={locale} href={(change) => changePath(version, change)} notice={version.notice} />
              ) : (
                !version.summary && <p>{t('noSummary')}</p>
              )}
              {version.corrections.length > 0 && (
                <div className="version-corrections" role="group" aria-label={t('corrections')}>
                  <Corrections corrections={version.corrections} locale={locale} />
                </div>
              )}
              {previous && (
                <p>
                  <a href={paths.compare(locale, version.document, previous.date, version.date)}>{t('compare')}</a>
                </p>
              )}
              <p>
                <a href={paths.pdf(locale, version.document, version.date)} type="application/pdf">
                  {t('pdf', {date: formatDay(version.date)})}
                </a>
              </p>
            </li>
          );
        })}
      </ol>
      {withdrawn.length > 0 && (
        <section className="withdrawn" aria-labelledby="withdrawn-title">
          <h2 id="withdrawn-title">{t('withdrawnTitle')}</h2>
          <p>{t('withdrawnIntro')}</p>
          <ul className="version-list">
            {withdrawn.map((w) => (
              <li key={w.date}>
                <p>{t('published', {date: formatDay(w.date)})}</p>
                <p>{t.rich('withdrawnOn', {date: formatDay(w.withdrawn), reason: w.reason, time: timeTag(w.withdrawn)})}</p>
                <p className="version-record">{t.rich('hash', {hash: w.sha256, code: (chunks) => <code className="hash">{chunks}</code>})}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
