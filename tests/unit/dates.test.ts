import {afterEach, describe, expect, it, vi} from 'vitest';
import {z} from 'zod';
import {dayToDate, isCalendarDate, today} from '@/lib/dates';

afterEach(() => vi.unstubAllEnvs());

describe('calendar dates', () => {
  it('accepts real days only', () => {
    expect(isCalendarDate('2026-04-02')).toBe(true);
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-02-30')).toBe(false);
    expect(isCalendarDate('2026-4-2')).toBe(false);
    expect(isCalendarDate('latest')).toBe(false);
  });

  it('agrees with the schemas of the model (zod) on every day of four years and their near misses', () => {
    const schema = z.iso.date();
    for (let year = 2099; year <= 2102; year++) {
      for (let month = 1; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const value = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          expect(isCalendarDate(value), value).toBe(schema.safeParse(value).success);
        }
      }
    }
  });

  it('formats April 2 as April 2 whatever the time zone of the machine', () => {
    const format = (locale: string) =>
      new Intl.DateTimeFormat(locale, {dateStyle: 'long', timeZone: 'UTC'}).format(dayToDate('2026-04-02'));
    expect(process.env.TZ).toBe('America/Los_Angeles');
    expect(format('en')).toBe('April 2, 2026');
    expect(format('zh-CN')).toBe('2026年4月2日');
  });

  it('takes today from the UTC calendar, or from LEGAL_TODAY', () => {
    // 8 pm on April 1 in Los Angeles is already April 2 in UTC.
    expect(today(new Date('2026-04-02T03:00:00Z'))).toBe('2026-04-02');
    expect(today(new Date('2026-04-01T23:59:59Z'))).toBe('2026-04-01');
    vi.stubEnv('LEGAL_TODAY', '2026-07-15');
    expect(today(new Date('2026-04-02T03:00:00Z'))).toBe('2026-07-15');
  });
});
