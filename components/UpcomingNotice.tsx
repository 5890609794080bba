import {getLocale, getTranslations} from 'next-intl/server';
import type {Locale} from '@/i18n/routing';
import type {Version} from '@/lib/content';
import {getDayFormatter} from '@/lib/format';
import {comparePath, versionPath} from '@/lib/routes';

/** On the current page: a newer version is published and will take effect on its date. */
export default async function UpcomingNotice({current, upcoming}: {current: Version; upcoming: Version}) {
  const t = await getTranslations('UpcomingNotice');
  const locale = (await getLocale()) as Locale;
  const formatDay = await getDayFormatter();
  return (
    <div className="notice" role="note">
      <p>
        <strong>{t('announce', {date: formatDay(upcoming.effective)})}</strong>
      </p>
      <p>
        <a href={versionPath(locale, upcoming.document, upcoming.date)}>{t('read')}</a>
        {' · '}
        <a href={comparePath(locale, upcoming.document, current.date, upcoming.date)}>{t('compare')}</a>
      </p>
    </div>
  );
}
