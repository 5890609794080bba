import {describe, expect, it} from 'vitest';
import {readContent} from '@/lib/content/load';
import {check, contentTree, doc} from '../helpers';

const day = '2026-01-01'; // nothing published yet: the lock has no say here

const en = '## 1. Scope\n\n## 2. Data\n\n### 2.1 Provided\n\n### 2.2 Collected\n\n### 2.3 Content\n\n## 3. Contact\n';

describe('translation structure', () => {
  it('is quiet when the newest versions have the same numbered sections', () => {
    const root = contentTree({
      'privacy/en/2026-04-02.md': doc({body: en}),
      'privacy/zh/2026-03-17.md': doc({body: '## 1. 适用范围\n\n## 2. 数据\n\n### 2.1 提供\n\n### 2.2 收集\n\n### 2.3 内容\n\n## 3. 联系\n'})
    });
    expect(check(root, day)).toEqual([]);
  });

  it('warns about each section one language has and the other lacks, comparing only the newest versions', () => {
    const root = contentTree({
      'privacy/en/2026-01-10.md': doc({body: '## 1. Scope\n'}),
      'privacy/en/2026-04-02.md': doc({body: en}),
      'privacy/zh/2026-03-17.md': doc({body: '## 1. 适用范围\n\n## 2. 数据\n\n### 2.1 提供\n\n### 2.2 收集\n\n### 2.4 其他\n\n## 3. 联系\n'}),
      'terms/en/2026-02-01.md': doc()
    });
    expect(check(root, day)).toEqual([
      'privacy/zh/2026-03-17.md:1: warning: no section 2.3, which en/2026-04-02.md has',
      'privacy/zh/2026-03-17.md:14: warning: section 2.4 is not in en/2026-04-02.md'
    ]);
  });

  it('are warnings: the content stays valid', () => {
    const root = contentTree({'privacy/en/2026-04-02.md': doc({body: en}), 'privacy/zh/2026-03-17.md': doc({body: '## 1. 适用范围\n'})});
    const {issues, versions} = readContent(root, day);
    expect(versions).toHaveLength(2);
    expect(issues.map((issue) => issue.severity)).toEqual(Array(5).fill('warning'));
  });
});
