// Calendar days ("YYYY-MM-DD" strings) and today's day, in UTC. Days are strings, never instants:
// no time zone can move them.

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2026-04-02" and a real day of the calendar. (The model's schemas use zod's z.iso.date(), which agrees.) */
export function isCalendarDate(value: string): boolean {
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * A version's name: the day it was published, and for a second version published the same day
 * (an urgent change beside one announced that morning), "-2", up to "-9".
 */
const VERSION_ID = /^(\d{4}-\d{2}-\d{2})(?:-[2-9])?$/;

export function isVersionId(value: string): boolean {
  const match = VERSION_ID.exec(value);
  return match !== null && isCalendarDate(match[1]);
}

/** The day a version was published: its name without the "-2" of a second version that day. */
export const publishedDay = (id: string) => id.slice(0, 10);

/** The instant to hand to a formatter, which must then format with `timeZone: 'UTC'`. A version's name is read as its day. */
export function dayToDate(day: string): Date {
  return new Date(`${publishedDay(day)}T00:00:00Z`);
}

/**
 * Today's calendar day in UTC. `LEGAL_TODAY=YYYY-MM-DD` pins it (tests, previews of upcoming versions).
 * Read it once per render and pass it down, so one page never mixes two days.
 */
export function today(now: Date = new Date()): string {
  const pinned = process.env.LEGAL_TODAY;
  if (pinned && isCalendarDate(pinned)) return pinned;
  return now.toISOString().slice(0, 10);
}

/** The day `days` after `day` (before it when negative). */
export function addDays(day: string, days: number): string {
  const date = dayToDate(day);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The order of a history, newest first: by the day a version applies, then by the day it was published. */
export function newestFirst(a: {date: string; effective: string}, b: {date: string; effective: string}): number {
  return b.effective.localeCompare(a.effective) || b.date.localeCompare(a.date);
}
