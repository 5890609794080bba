import {afterEach, describe, expect, it, vi} from 'vitest';
import {dayToDate, isCalendarDate, today} from '@/lib/dates';
import {currentVersion, upcomingVersions} from '@/lib/versions';

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

describe('choosing the version in force', () => {
  const versions = [
    {date: '2026-07-01', effective: '2026-07-15'},
    {date: '2026-04-02', effective: '2026-04-02'},
    {date: '2026-01-10', effective: '2026-01-10'}
  ];

  it('the day before an effective date keeps the previous version and announces the next', () => {
    expect(currentVersion(versions, '2026-07-14')?.date).toBe('2026-04-02');
    expect(upcomingVersions(versions, '2026-07-14').map((v) => v.date)).toEqual(['2026-07-01']);
  });

  it('switches on the effective day itself and stays after it', () => {
    expect(currentVersion(versions, '2026-07-15')?.date).toBe('2026-07-01');
    expect(upcomingVersions(versions, '2026-07-15')).toEqual([]);
    expect(currentVersion(versions, '2026-07-16')?.date).toBe('2026-07-01');
  });

  it('has no current version before the first one takes effect', () => {
    expect(currentVersion(versions, '2026-01-09')).toBeNull();
  });
});
