import type {Locale} from 'next-intl';
import {getTranslations} from 'next-intl/server';
import {getDayFormatter} from '@/lib/format';
import type {Correction} from '@/lib/model';

/** A published version never changes silently: a typo fixed after publication is disclosed, with its reason. */
export default async function CorrectionNotice({corrections, locale}: {corrections: Correction[]; locale: Locale}) {
  if (corrections.length === 0) return null;
  const t = await getTranslations('CorrectionNotice');
  const formatDay = await getDayFormatter(locale);
  return (
    <aside className="notice" aria-label={t('label')}>
      {corrections.map(({date, reason}) => (
        <p key={`${date} ${reason}`}>
          {t.rich('corrected', {date: formatDay(date), reason, time: (chunks) => <time dateTime={date}>{chunks}</time>})}
        </p>
      ))}
    </aside>
  );
}
