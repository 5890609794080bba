import {describe, expect, it} from 'vitest';
import {termDifference, termsOf} from '@/lib/content/meaning';

const keys = (text: string, locale = 'en') => termsOf(text, locale).map((term) => `${term.kind}: ${term.key}`);

describe('the terms that carry a commitment', () => {
  it('read numbers with their units, in digits or in words, in both languages', () => {
    expect(keys('Logs are retained for 24 months, billing records for ten years, and backups for a 30-day window.')).toEqual([
      'period: 24 month',
      'period: 10 year',
      'period: 30 day'
    ]);
    expect(keys('日志保存 24 个月，账单记录保存十年，备份保存 30 天。', 'zh')).toEqual(['period: 24 month', 'period: 10 year', 'period: 30 day']);
    expect(keys('保存 10 年', 'zh')).toEqual(keys('kept for ten years'));
    expect(keys('twenty-four months')).toEqual(['period: 24 month']);
  });

  it('read dates written either way as one day', () => {
    expect(keys('Effective April 2, 2026.')).toEqual(['date: 2026-04-02']);
    expect(keys('自 2026 年 4 月 2 日起生效。', 'zh')).toEqual(['date: 2026-04-02']);
  });

  it('find negations and modals, but not inside other words', () => {
    expect(keys('We do not sell data and we don’t share it; we may keep it, and must delete it.')).toEqual([
      'negation: not',
      'negation: not',
      'modal: may',
      'modal: must'
    ]);
    expect(keys('我们不会出售个人信息，不同的服务可能不同。', 'zh')).toEqual(['negation: 不会', 'modal: 可能']);
  });

  it('leave out words that only look like terms: section numbers, "one of", "the second"', () => {
    expect(keys('As section 6 says, one of our providers holds the second copy.')).toEqual([]);
    expect(keys('见第 6 节。', 'zh')).toEqual([]);
  });

  it('say what a change adds and removes', () => {
    const {removed, added} = termDifference(termsOf('kept for a reasonable archival period', 'en'), termsOf('kept for ten years', 'en'));
    expect(removed).toEqual([]);
    expect(added.map((term) => term.shown)).toEqual(['ten years']);
  });
});
