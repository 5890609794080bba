import type {ReactNode} from 'react';
import type {Locale} from 'next-intl';
import {getTranslations} from 'next-intl/server';
import {publishedDay} from '@/lib/dates';
import {getDayFormatter} from '@/lib/format';
import {timeTag} from './time';

type Props = {
  title: string;
  /** The day the text was published ("last updated"), and the day it applies. */
  date: string;
  effective: string;
  /** Today, to say "in effect since" or "takes effect on". */
  day: string;
  /** Replaced before it applied: it never takes effect. */
  replaced?: boolean;
  locale: Locale;
  children?: ReactNode;
};

/** `children`: notices about this version (e.g. corrections), at the end of the header. */
export default async function DocumentHeader({title, date, effective, day, replaced = false, locale, children}: Props) {
  const t = await getTranslations('DocumentHeader');
  const formatDay = await getDayFormatter(locale);
  return (
    <header className="document-header">
      {/* docs/trackers.md: trackers select the title by this id; keep it. */}
      <h1 id="document-title">{title}</h1>
      <p className="document-updated">
        {t.rich('lastUpdated', {date: formatDay(date), time: timeTag(publishedDay(date))})}
        {/* Where the day it applies differs from the day it was published, both are said. */}
        {effective !== publishedDay(date) && (
          <>
            <br />
            {t.rich(replaced ? 'wasToTakeEffect' : effective > day ? 'takesEffect' : 'effective', {date: formatDay(effective), time: timeTag(effective)})}
          </>
        )}
      </p>
      <p className="document-tagline">{t('tagline')}</p>
      {children}
    </header>
  );
}
