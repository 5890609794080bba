import {getTranslations} from 'next-intl/server';
import {getDayFormatter} from '@/lib/format';
import type {Change, Version} from '@/lib/model';
import {changePath, paths} from '@/lib/routes';
import ChangeList from './ChangeList';

/**
 * On the current page: a newer version is published and will take effect on its date; what changes
 * materially. `replaced`: the versions announced for the same day that it replaced before they
 * applied, oldest first; their changes still take effect that day (it was made from them), listed first.
 */
export default async function UpcomingNotice({current, upcoming, replaced = []}: {current: Version; upcoming: Version; replaced?: Version[]}) {
  const t = await getTranslations('UpcomingNotice');
  const {locale, document} = upcoming;
  const formatDay = await getDayFormatter(locale);
  const from = new Map<Change, Version>([...replaced, upcoming].flatMap((version) => version.changes.map((change) => [change, version] as const)));
  const material = [...from.keys()].filter((change) => change.kind === 'material');
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
