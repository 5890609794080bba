// Dates in content are calendar days ("YYYY-MM-DD" strings), never instants: no time zone can move them.

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCalendarDate(value: string): boolean {
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The instant to hand to a formatter, which must then format with `timeZone: 'UTC'`. */
export function dayToDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/**
 * Today's calendar day in UTC. `LEGAL_TODAY=YYYY-MM-DD` pins it (tests, previews of upcoming versions).
 */
export function today(now: Date = new Date()): string {
  const pinned = process.env.LEGAL_TODAY;
  if (pinned && isCalendarDate(pinned)) return pinned;
  return now.toISOString().slice(0, 10);
}
