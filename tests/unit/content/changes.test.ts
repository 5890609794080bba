// The list of changes against the text: what a lawyer's mistakes in `changes` look like to the check.
import {describe, expect, it} from 'vitest';
import {doc, draftTree, drafts} from '../helpers';

const policy = (five: string, six: string) =>
  `## 1. Scope\n\nThis policy applies to the website.\n\n## 5. Security\n\n${five}\n\n## 6. Data Retention\n\n- Account and billing data: ${six}\n`;
const FIRST = policy('Data in transit is protected with TLS.', 'retained during service use and a reasonable archival period.');
const change = (section: string, kind: string, summary = 'Billing records are kept for ten years.') => `  - section: "${section}"\n    kind: ${kind}\n    summary: ${summary}`;
const version = (changes: string[], body: string, extra = '') => doc({extra, changes: `changes:\n${changes.join('\n')}`, body});

function check(body: string, changes: string[], extra = 'effective: 2026-12-31\n') {
  return drafts(draftTree({'privacy/en/2026-04-02.md': doc({changes: '', body: FIRST}), 'privacy/en/2026-12-01.md': version(changes, body, extra)}));
}

describe('"changes" must match the text', () => {
  const TEN_YEARS = policy('Data in transit is protected with TLS.', 'retained for ten years.');

  it('a change listed under the wrong section names both', () => {
    expect(check(TEN_YEARS, [change('5', 'material')])).toEqual([
      'privacy/en/2026-12-01.md:5: section 6 changed since the version of 2026-04-02 ("during service use and a reasonable archival period" → "for ten years"), but "changes" does not list it: add "- section: 6" with its kind and summary',
      'privacy/en/2026-12-01.md:6: "changes" lists section 5, but its text is the same as in the version of 2026-04-02: list the sections that changed; what changed: section 6 ("during service use and a reasonable archival period" → "for ten years")'
    ]);
  });

  it('a changed section left out is named, with its first changed words', () => {
    const both = policy('Data in transit is protected with TLS 1.3.', 'retained for ten years.');
    expect(check(both, [change('6', 'material')])).toEqual([
      'privacy/en/2026-12-01.md:5: section 5 changed since the version of 2026-04-02 ("TLS." → "TLS 1.3."), but "changes" does not list it: add "- section: 5" with its kind and summary'
    ]);
  });

  it('an added or removed section counts', () => {
    const added = `${TEN_YEARS}\n## 12. Complaints\n\nYou may complain to your regulator.\n`;
    expect(check(added, [change('6', 'material')])).toEqual([
      'privacy/en/2026-12-01.md:5: section 12 was added since the version of 2026-04-02 (added: "## 12. Complaints You may complain to your regulator."), but "changes" does not list it: add "- section: 12" with its kind and summary'
    ]);
  });

  it('"all" covers every section, and a section is listed once', () => {
    expect(check(TEN_YEARS, [change('all', 'material')])).toEqual([]);
    expect(check(TEN_YEARS, [change('6', 'material'), change('6', 'material', 'Again.')])).toEqual([
      'privacy/en/2026-12-01.md:9: section 6 is listed twice in "changes" (lines 6 and 9): give each section one entry, and say in its summary everything that changed in it'
    ]);
  });
});

describe('an editorial change that changes what the text says is refused', () => {
  it('a number, a period, a negation or a modal', () => {
    const cases: [string, string][] = [
      [policy('Data in transit is protected with TLS.', 'retained for ten years.'), 'adds "ten years" (period)'],
      [policy('Data in transit is not protected with TLS.', 'retained during service use and a reasonable archival period.'), 'adds "not" (negation)'],
      [policy('Data in transit may be protected with TLS.', 'retained during service use and a reasonable archival period.'), 'adds "may" (modal)']
    ];
    for (const [body, said] of cases) {
      const [message] = check(body, [change('all', 'editorial', 'Clarified wording.')], '');
      expect(message).toMatch(/^privacy\/en\/2026-12-01\.md:5: section [56] is marked editorial, but its change /);
      expect(message).toContain(said);
      expect(message).toContain('Mark it "kind: material"');
    }
  });

  it('while wording alone passes', () => {
    const reworded = policy('We protect data in transit with TLS.', 'retained during service use and a reasonable archival period.');
    expect(check(reworded, [change('5', 'editorial', 'Clarified wording.')], '')).toEqual([]);
  });
});

describe('a translation marks a section as the English it translates does', () => {
  const zhFirst = '## 1. 适用范围\n\n本政策适用于网站。\n\n## 5. 安全\n\n传输中的数据受 TLS 保护。\n\n## 6. 数据保存\n\n- 账号和账单数据：在使用服务期间以及合理的归档期内保存。\n';
  const zhTen = zhFirst.replace('在使用服务期间以及合理的归档期内保存', '保存十年');
  const tree = (zhChanges: string[], zhBody: string) =>
    drafts(
      draftTree({
        'privacy/en/2026-04-02.md': doc({changes: '', body: FIRST}),
        'privacy/zh/2026-04-02.md': doc({title: '隐私政策', changes: '', extra: 'translates: 2026-04-02\n', body: zhFirst}),
        'privacy/en/2026-12-01.md': version([change('6', 'material')], policy('Data in transit is protected with TLS.', 'retained for ten years.'), 'effective: 2027-01-15\n'),
        'privacy/zh/2026-12-01.md': doc({title: '隐私政策', extra: 'translates: 2026-12-01\neffective: 2027-01-15\n', changes: `changes:\n${zhChanges.join('\n')}`, body: zhBody})
      })
    );

  it('editorial where the English is material is refused', () => {
    expect(tree([change('6', 'editorial', '账单记录保存十年。')], zhTen)).toEqual([
      'privacy/zh/2026-12-01.md:7: section 6 is marked editorial, but its change adds "十年" (period): that changes what the text says. Mark it "kind: material" (published 30 days before it applies, or with "notice"), or keep those words as they were',
      'privacy/zh/2026-12-01.md:7: section 6 is editorial here but material in en/2026-12-01.md, which this version translates: mark it "kind: material", so that readers of this language are told of the change as English readers are'
    ]);
  });

  it('a material English change left untranslated is refused', () => {
    expect(tree([change('all', 'editorial', '修订措辞。')], zhFirst.replace('本政策适用于网站。', '本政策适用于本网站。'))).toContain(
      'privacy/zh/2026-12-01.md:19: en/2026-12-01.md, which this version translates, changes section 6 (material), but this translation\'s section 6 is the same as before: translate the change'
    );
  });

  it('the same kind passes', () => {
    expect(tree([change('6', 'material', '账单记录保存十年。')], zhTen)).toEqual([]);
  });
});
