import {getTranslations} from 'next-intl/server';
import {getDayFormatter} from '@/lib/format';
import type {Change, Version} from '@/lib/model';
import {changePath, paths} from '@/lib/routes';
import ChangeList from './ChangeList';

/**
 * On the current page: a newer version is published and will take effect on its date; what changes
 * materially that day (`changes`: catalog.takingEffect, the changes of the versions it replaced
 * included, those already in force left out), each linked to its section in the version that made it.
 */
export default async function UpcomingNotice({current, upcoming, changes}: {current: Version; upcoming: Version; changes: {change: Change; version: Version}[]}) {
  const t = await getTranslations('UpcomingNotice');
  const {locale, document} = upcoming;
  const formatDay = await getDayFormatter(locale);
  const from = new Map(changes.filter(({change}) => change.kind === 'material').map(({change, version}) => [change, version] as const));
  const material = [...from.keys()];
  return (
    <div className="notice" role="note">
      <p>
        <strong>{t('announce', {date: formatDay(upcoming.effective)})}</strong>
      </p>
      {material.length > 0 && (
        <>
          <p>{t('material')}</p>
          <ChangeList changes={material} locale={locale} href={(change) => changePath(from.get(change)!, change)} notice={upcoming.notice} kinds={false} />
        </>
      )}
      <p>
        <a href={paths.version(locale, document, upcoming.date)}>{t('read')}</a>
        {' · '}
        <a href={paths.compare(locale, document, current.date, upcoming.date)}>{t('compare')}</a>
      </p>
    </div>
  );
}
