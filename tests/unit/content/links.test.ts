import {describe, expect, it} from 'vitest';
import {doc, draftTree, drafts} from '../helpers';

// New versions: the lock has no say here (see lock.test.ts).
const policy = (body: string) =>
  draftTree({
    'privacy/en/2026-04-02.md': doc({body: '## 1. Scope\n\n### 1.1 Details\n\n#### Fine print\n\n## 2. Data\n'}),
    'privacy/zh/2026-04-02.md': doc({title: '隐私政策', extra: 'translates: 2026-04-02\n', body: '## 1. 适用范围\n\n### 1.1 详情\n\n#### 细则\n\n## 2. 数据\n'}),
    'terms/en/2026-05-01.md': doc({title: 'Terms', body})
  });

describe('links to other pages of the site', () => {
  it('accept every page and heading that exists, in either language and on the full site address', () => {
    const body = [
      '## 1. Terms',
      '',
      '[a](/en/privacy#section-2) [b](/zh/privacy#section-1-1) [c](/en/privacy#heading-fine-print) [d](/en) [e](/)',
      '[f](/privacy) [g](/en/privacy/versions) [h](/en/privacy/versions/2026-04-02#section-1) [i](/en/privacy/feed.xml)',
      '[j](https://infermesh.io/en/privacy#section-2) [k](/en/privacy/) [l](/en/terms#section-1)',
      '[m](/zh/privacy#heading-%E7%BB%86%E5%88%99) [n](https://infermesh.io) [o](https://example.com/en/nothing)'
    ].join('\n');
    expect(drafts(policy(body))).toEqual([]);
  });

  it('refuse a missing heading, document, version, comparison or page, each at its line', () => {
    const body = [
      '## 1. Terms', // line 6
      '',
      '[a](/en/privacy#section-3)', // 8
      '[b](/fr/privacy) [c](/en/cookies)', // 9
      '[d](/en/privacy/versions/2026-01-01)', // 10
      '[e](/en/privacy/compare/2026-01-01...2026-04-02)', // 11
      '[f](/en/privacy/history) [g](/cookies) [h](/en/privacy/versions#section-1)', // 12
      '[i](https://infermesh.io/zh/terms)' // 13
    ].join('\n');
    expect(drafts(policy(body))).toEqual([
      'terms/en/2026-05-01.md:8: link "/en/privacy#section-3" points to no heading in en/2026-04-02.md',
      'terms/en/2026-05-01.md:9: link "/fr/privacy" points to no page of this site',
      'terms/en/2026-05-01.md:9: link "/en/cookies" points to no document: there is no en version of "cookies"',
      'terms/en/2026-05-01.md:10: link "/en/privacy/versions/2026-01-01" points to no version: "privacy" has no en version of 2026-01-01',
      'terms/en/2026-05-01.md:11: link "/en/privacy/compare/2026-01-01...2026-04-02" points to no comparison: write /en/privacy/compare/<date>...<date> with dates of en versions',
      'terms/en/2026-05-01.md:12: link "/en/privacy/history" points to no page of this site',
      'terms/en/2026-05-01.md:12: link "/cookies" points to no page of this site',
      'terms/en/2026-05-01.md:12: link "/en/privacy/versions#section-1" cannot point to a heading: that page has no #section-1',
      'terms/en/2026-05-01.md:13: link "https://infermesh.io/zh/terms" points to no document: there is no zh version of "terms"'
    ]);
  });

  it('check a heading against the version in force and every upcoming one, not the replaced ones', () => {
    // Published on 1, 2 and 3 January, in force from 10 January, 2 April and 1 July.
    const root = draftTree({
      'privacy/en/2026-01-01.md': doc({extra: 'effective: 2026-01-10\n', body: '## 1. Scope\n\n## 9. Old section\n'}),
      'privacy/en/2026-01-02.md': doc({extra: 'effective: 2026-04-02\n', body: '## 1. Scope\n\n## 2. Data\n'}),
      'privacy/en/2026-01-03.md': doc({extra: 'effective: 2026-07-01\n', body: '## 1. Scope\n'}),
      'terms/en/2026-01-01.md': doc({body: '## 1. Terms\n\nSee [data](/en/privacy#section-2) and [old](/en/privacy#section-9).\n'})
    });
    const messages = drafts(root, '2026-01-09').filter((m) => m.startsWith('terms'));
    expect(messages).toEqual([
      'terms/en/2026-01-01.md:8: link "/en/privacy#section-2" points to no heading in en/2026-01-01.md',
      'terms/en/2026-01-01.md:8: link "/en/privacy#section-2" points to no heading in en/2026-01-03.md',
      'terms/en/2026-01-01.md:8: link "/en/privacy#section-9" points to no heading in en/2026-01-02.md',
      'terms/en/2026-01-01.md:8: link "/en/privacy#section-9" points to no heading in en/2026-01-03.md'
    ]);
  });
});
