import type {Locale} from 'next-intl';
import {getTranslations} from 'next-intl/server';
import {Fragment} from 'react';
import {getDayFormatter} from '@/lib/format';
import type {Correction} from '@/lib/model';
import {timeTag} from './time';

/**
 * Each correction: when and why, then the words as they were and as they are. Struck through and
 * underlined, in quotation marks with an arrow between them, and labelled "Before:"/"After:" for
 * screen readers: readable without colour. Corrections recorded before the words were show the reason only.
 */
export async function Corrections({corrections, locale}: {corrections: Correction[]; locale: Locale}) {
  const t = await getTranslations({locale, namespace: 'CorrectionNotice'});
  const formatDay = await getDayFormatter(locale);
  return corrections.map(({date, reason, edits = []}, index) => (
    <Fragment key={index}>
      <p>{t.rich('corrected', {date: formatDay(date), reason, time: timeTag(date)})}</p>
      {edits.length > 0 && (
        <ul className="correction-edits">
          {edits.map((edit, i) => (
            <li key={i}>
              {t.rich('edit', {
                before: edit.before,
                after: edit.after,
                removed: (chunks) => <del>{chunks}</del>,
                added: (chunks) => <ins>{chunks}</ins>,
                label: (chunks) => <span className="visually-hidden">{chunks}</span>,
                arrow: (chunks) => <span aria-hidden="true">{chunks}</span>
              })}
            </li>
          ))}
        </ul>
      )}
    </Fragment>
  ));
}

/** A published version never changes silently: a typo fixed after publication is disclosed, with its reason and its words. */
export default async function CorrectionNotice({corrections, locale}: {corrections: Correction[]; locale: Locale}) {
  if (corrections.length === 0) return null;
  const t = await getTranslations({locale, namespace: 'CorrectionNotice'});
  return (
    <aside className="notice" aria-label={t('label')}>
      <Corrections corrections={corrections} locale={locale} />
    </aside>
  );
}
