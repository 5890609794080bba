// How days are shown: "April 2, 2026", "2026 年 4 月 2 日".
import type {Locale} from 'next-intl';
import {getFormatter} from 'next-intl/server';
import {dayToDate} from './dates';

// Chinese typesetting puts a space between Han characters and Arabic numerals: 2026 年 3 月 17 日.
function spaceHanAndDigits(text: string): string {
  return text.replace(/(\d)(\p{Script=Han})/gu, '$1 $2').replace(/(\p{Script=Han})(\d)/gu, '$1 $2');
}

/** Formats calendar days ("2026-04-02") in `locale`, e.g. "April 2, 2026". */
export async function getDayFormatter(locale: Locale): Promise<(day: string) => string> {
  const format = await getFormatter({locale});
  return (day) => spaceHanAndDigits(format.dateTime(dayToDate(day), {dateStyle: 'long', timeZone: 'UTC'}));
}
