// How days are shown: "April 2, 2026", "2026 年 4 月 2 日".
import {createFormatter, type Locale} from 'next-intl';
import {dayToDate} from './dates';

// Chinese typesetting puts a space between Han characters and Arabic numerals: 2026 年 3 月 17 日.
function spaceHanAndDigits(text: string): string {
  return text.replace(/(\d)(\p{Script=Han})/gu, '$1 $2').replace(/(\p{Script=Han})(\d)/gu, '$1 $2');
}

const formatters = new Map<Locale, ReturnType<typeof createFormatter>>();

/** Formats a calendar day ("2026-04-02") in `locale`, e.g. "April 2, 2026"; outside a request too (the PDF). */
export function formatDay(locale: Locale, day: string): string {
  let format = formatters.get(locale);
  if (!format) formatters.set(locale, (format = createFormatter({locale, timeZone: 'UTC'})));
  return spaceHanAndDigits(format.dateTime(dayToDate(day), {dateStyle: 'long', timeZone: 'UTC'}));
}

/** Formats calendar days ("2026-04-02") in `locale`, e.g. "April 2, 2026". */
export async function getDayFormatter(locale: Locale): Promise<(day: string) => string> {
  return (day) => formatDay(locale, day);
}
