import {describe, expect, it} from 'vitest';
import {readContent} from '@/lib/content/load';
import {translationStatus} from '@/lib/content/translations';
import {doc, draftTree, drafts, LATER} from '../helpers';

const en = '## 1. Scope\n\n## 2. Data\n\n### 2.1 Provided\n\n### 2.2 Collected\n\n### 2.3 Content\n\n## 3. Contact\n';
const zh = '## 1. 适用范围\n\n## 2. 数据\n\n### 2.1 提供\n\n### 2.2 收集\n\n### 2.3 内容\n\n## 3. 联系\n';
const translating = (date: string) => `translates: ${date}\n`;

describe('translation structure', () => {
  it('is quiet when the translation has the numbered sections of the English it translates', () => {
    const root = draftTree({'privacy/en/2026-04-02.md': doc({body: en}), 'privacy/zh/2026-04-10.md': doc({extra: translating('2026-04-02'), body: zh})});
    expect(drafts(root)).toEqual([]);
  });

  it('warns about each section one side has and the other lacks', () => {
    const root = draftTree({
      'privacy/en/2026-01-10.md': doc({body: '## 1. Scope\n'}),
      'privacy/en/2026-04-02.md': doc({body: en}),
      'privacy/zh/2026-04-10.md': doc({extra: translating('2026-04-02'), body: zh.replace('### 2.3 内容', '### 2.4 其他')}),
      'terms/en/2026-02-01.md': doc()
    });
    expect(drafts(root)).toEqual([
      'privacy/zh/2026-04-10.md:1: warning: no section 2.3, which en/2026-04-02.md has',
      'privacy/zh/2026-04-10.md:15: warning: section 2.4 is not in en/2026-04-02.md'
    ]);
  });

  it('needs "translates" to name an English version that exists, and to apply no sooner than it', () => {
    const root = draftTree({
      'privacy/en/2026-04-02.md': doc({extra: 'effective: 2026-05-15\n', body: en}),
      'privacy/zh/2026-04-10.md': doc({extra: translating('2026-04-02'), body: zh}),
      'terms/en/2026-04-02.md': doc(),
      'terms/zh/2026-04-10.md': doc({title: '条款', extra: translating('2026-04-03')}),
      'cookies/en/2026-04-02.md': doc(),
      'cookies/zh/2026-04-10.md': doc({title: 'Cookie 政策'})
    });
    expect(drafts(root)).toEqual([
      'cookies/zh/2026-04-10.md:1: warning: "translates" is missing: give the date of the English version this file translates (translates: YYYY-MM-DD)',
      'privacy/zh/2026-04-10.md:4: a translation cannot apply before the English it translates: "effective" must be 2026-05-15 or later, like en/2026-04-02.md',
      'terms/zh/2026-04-10.md:4: "translates": there is no English version of 2026-04-03 (2026-04-02)'
    ]);
  });
});

describe('cross-language checks, section by section', () => {
  const english = '## 1. Scope\n\nWrite to [privacy@infermesh.io](mailto:privacy@infermesh.io) within 30 days.\n\n## 2. Site\n\nSee [section 1](#section-1), [the terms](/en/terms) and https://infermesh.io.\n';
  const chinese = '## 1. 适用范围\n\n请在 30 天内发送邮件至 [privacy@infermesh.io](mailto:privacy@infermesh.io)。\n\n## 2. 网站\n\n参见[第 1 节](#section-1)、[条款](/zh/terms)和 [https://infermesh.io](https://infermesh.io)。\n';
  const tree = (translation: string, effective = '') =>
    draftTree({
      'privacy/en/2026-04-02.md': doc({body: english}),
      'privacy/en/2026-05-01.md': doc({extra: effective, body: english.replace('within 30 days', 'within 30 days, or sooner')}),
      'terms/en/2026-04-02.md': doc(),
      'terms/zh/2026-04-02.md': doc({title: '条款', extra: translating('2026-04-02')}),
      'privacy/zh/2026-05-02.md': doc({extra: translating('2026-05-01'), body: translation})
    });

  it('compare each number with its unit, in digits or in words, in both languages', () => {
    const pair = (englishText: string, chineseText: string) =>
      drafts(
        draftTree({
          'privacy/en/2026-04-02.md': doc({body: `## 6. Retention\n\n${englishText}\n`}),
          'privacy/zh/2026-04-03.md': doc({title: '隐私政策', extra: translating('2026-04-02'), body: `## 6. 数据保存\n\n${chineseText}\n`})
        })
      );
    expect(pair('Logs are retained for 24 months.', '日志保存 24 天。')).toEqual([
      'privacy/zh/2026-04-03.md:7: section 6: the numbers differ from en/2026-04-02.md (missing 24 months; not in the English: 24 天)'
    ]);
    expect(pair('Billing records are kept for ten years.', '账单记录保存 10 年。')).toEqual([]);
    expect(pair('Billing records are kept for ten years.', '账单记录保存十年。')).toEqual([]);
    expect(pair('Effective April 2, 2026, for two years.', '自 2026 年 4 月 2 日起生效，为期两年。')).toEqual([]);
    expect(pair('Effective April 2, 2026.', '自 2026 年 4 月 3 日起生效。')).toEqual([
      'privacy/zh/2026-04-03.md:7: section 6: the numbers differ from en/2026-04-02.md (missing April 2, 2026; not in the English: 2026 年 4 月 3 日)'
    ]);
  });

  it('are quiet when addresses, site links (in the page’s own language) and numbers agree', () => {
    expect(drafts(tree(chinese))).toEqual([]);
  });

  it('refuse, with file and line, an e-mail address that differs in a translation that claims the English in force', () => {
    const wrong = chinese.replaceAll('privacy@infermesh.io', 'privacy@attacker.example').replace('(/zh/terms)', '(/en/terms)').replace('30 天', '60 天');
    expect(drafts(tree(wrong))).toEqual([
      'privacy/zh/2026-05-02.md:7: section 1: the e-mail addresses differ from en/2026-05-01.md (missing privacy@infermesh.io; not in the English: privacy@attacker.example)',
      'privacy/zh/2026-05-02.md:7: section 1: the numbers differ from en/2026-05-01.md (missing 30 days; not in the English: 60 天)',
      'privacy/zh/2026-05-02.md:11: section 2: the links inside the site differ from en/2026-05-01.md (missing /<language>/terms; not in the English: /en/terms)'
    ]);
    const {issues} = readContent(tree(wrong), LATER);
    expect(issues.filter((issue) => issue.severity === 'error')).toHaveLength(3);
  });

  it('refuse today a difference that would be an error on the day the English it translates applies, naming that day', () => {
    const wrong = chinese.replaceAll('privacy@infermesh.io', 'privacy@attacker.example');
    const root = tree(wrong, 'effective: 2027-01-15\n');
    const said = readContent(root, LATER).issues.filter((issue) => issue.message.includes('e-mail'));
    expect(said.map((issue) => [issue.severity, issue.message])).toEqual([
      ['error', 'on 2027-01-15, when en/2026-05-01.md applies: section 1: the e-mail addresses differ from en/2026-05-01.md (missing privacy@infermesh.io; not in the English: privacy@attacker.example)']
    ]);
  });

  it('refuse an announced translation that says "12" where the English it translates says "24", though both apply later', () => {
    const material = (summary: string) => `changes: [{section: "6", kind: material, summary: ${summary}}]`;
    const six = (months: string) => `## 1. Scope\n\nOne.\n\n## 6. Retention\n\n${months}\n`;
    const root = draftTree({
      'privacy/en/2026-04-02.md': doc({body: six('Security logs are kept for 90 days.')}),
      'privacy/zh/2026-04-02.md': doc({extra: translating('2026-04-02'), body: six('安全日志保存 90 天。')}),
      'privacy/en/2026-12-01.md': doc({extra: 'effective: 2027-01-15\n', changes: material('Logs are kept longer.'), body: six('Security logs are kept for 24 months.')}),
      'privacy/zh/2026-12-01.md': doc({extra: `${translating('2026-12-01')}effective: 2027-01-15\n`, changes: material('日志保存更久。'), body: six('安全日志保存 12 个月。')})
    });
    expect(drafts(root, '2026-12-05')).toEqual([
      'privacy/zh/2026-12-01.md:12: on 2027-01-15, when en/2026-12-01.md and zh/2026-12-01.md apply: section 6: the numbers differ from en/2026-12-01.md (missing 24 months; not in the English: 12 个月)'
    ]);
    // On its day the same problem is said as it is then, without the day.
    expect(drafts(root, '2027-01-15')).toEqual(['privacy/zh/2026-12-01.md:12: section 6: the numbers differ from en/2026-12-01.md (missing 24 months; not in the English: 12 个月)']);
  });
});

describe('which sections of a translation are behind', () => {
  const body = (six: string) => `## 1. Scope\n\nOne.\n\n## 6. Retention\n\n${six}\n\n## 7. Rights\n\nSeven.\n`;
  const root = () =>
    draftTree({
      'privacy/en/2026-04-02.md': doc({body: body('Six.')}),
      'privacy/en/2026-06-01.md': doc({body: body('Six, now for ten years.')}),
      'privacy/en/2026-06-20.md': doc({extra: 'effective: 2026-09-01\n', body: body('Six, now for ten years.').replace('Seven.', 'Seven, with one more right.')}),
      'privacy/zh/2026-04-03.md': doc({extra: translating('2026-04-02'), body: '## 1. 适用范围\n\n一。\n\n## 6. 保存\n\n六。\n\n## 7. 权利\n\n七。\n'})
    });

  it('are exactly the sections whose English changed since the version translated', () => {
    const {catalog} = readContent(root(), '2026-06-25');
    const translation = catalog.inForce('privacy', 'zh', '2026-06-25')!;
    const status = translationStatus(catalog, translation, '2026-06-25');
    expect(status.translates?.date).toBe('2026-04-02');
    expect(status.english?.date).toBe('2026-06-01');
    expect(status.changed).toEqual(['6']);
    expect(status.missing).toEqual([]);
    // An English version announced for later, which no translation follows yet.
    expect(status.upcoming?.version.date).toBe('2026-06-20');
    expect(status.upcoming?.changed).toEqual(['7']);
  });

  it('are none when the translation follows the English in force', () => {
    const {catalog} = readContent(root(), '2026-05-01');
    const status = translationStatus(catalog, catalog.inForce('privacy', 'zh', '2026-05-01')!, '2026-05-01');
    expect(status.changed).toEqual([]);
  });
});

describe('what is not a translation', () => {
  const tree = (chinese: string, site = '') =>
    drafts(
      draftTree({
        ...(site ? {'site.yml': site} : {}),
        'privacy/en/2026-04-02.md': doc({body: '## 1. Scope\n\nWe do not sell personal information to Infer Mesh Labs; see <https://infermesh.io> or write to privacy@example.com.\n'}),
        'privacy/zh/2026-04-03.md': doc({title: '隐私政策', extra: translating('2026-04-02'), body: `## 1. 适用范围\n\n${chinese}\n`})
      })
    );

  it('an English sentence left in the Chinese file is refused with its line', () => {
    expect(tree('我们不会出售个人信息，参见 <https://infermesh.io>，或写信至 privacy@example.com。We do not sell personal information.')).toEqual([
      'privacy/zh/2026-04-03.md:9: English words left in a zh version: "We do not sell personal information": translate them (a name kept in every language goes in "names" of content/site.yml)'
    ]);
  });

  it('but not addresses, code, link targets, or the names kept in every language', () => {
    expect(
      tree(
        '我们不会向 Infer Mesh Labs 出售个人信息，请勿调用 `GET /api/models list` 或访问 <https://infermesh.io> 以外的地址，请写信至 privacy@example.com。',
        'contact: privacy@example.com\nnames:\n  - Infer Mesh Labs\n'
      )
    ).toEqual([]);
  });

  it('reads fenced code as code, a fence of another kind inside it included, and the text after it as text', () => {
    const fenced = '我们不会出售个人信息，参见 <https://infermesh.io>，或写信至 privacy@example.com。\n\n~~~\n```\nGET /api/models with a token\n~~~\n\nWe do not sell personal information.';
    expect(tree(fenced)).toEqual([
      'privacy/zh/2026-04-03.md:16: English words left in a zh version: "We do not sell personal information": translate them (a name kept in every language goes in "names" of content/site.yml)'
    ]);
  });
});

describe('a translation of an older English version', () => {
  it('is told which English version applies when it does', () => {
    const root = draftTree({
      'privacy/en/2026-04-02.md': doc({changes: '', body: '## 1. Scope\n\nFirst.\n'}),
      'privacy/en/2026-05-01.md': doc({body: '## 1. Scope\n\nSecond.\n'}),
      'privacy/zh/2026-05-02.md': doc({title: '隐私政策', changes: '', extra: translating('2026-04-02'), body: '## 1. 适用范围\n\n第一。\n'})
    });
    expect(drafts(root)).toContain(
      'privacy/zh/2026-05-02.md:4: warning: "translates" names en/2026-04-02.md, but on 2026-05-02, when this version applies, en/2026-05-01.md applies: translate that version (translates: 2026-05-01), or say why not in the pull request'
    );
  });
});

describe('one cause, one message', () => {
  it('a mistake in the English file is not reported again on its translation', () => {
    const root = draftTree({
      'privacy/en/2026-04-02.md': doc({title: '', changes: ''}),
      'privacy/zh/2026-04-03.md': doc({title: '隐私政策', changes: '', extra: translating('2026-04-02'), body: '## 1. 适用范围\n\n文本。\n'})
    });
    expect(drafts(root)).toEqual(['privacy/en/2026-04-02.md:2: front matter: "title" must not be empty']);
  });
});
