import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {readContent} from '@/lib/content/load';
import {contentTree, doc, draftTree, drafts, LATER, lockTree} from '../helpers';

// Bodies start on line 6 of a doc() file without `extra`, on line 7 with one line of it.
const english = (text: string) => `## 1. Scope\n\n${text}\n\n## 2. Data\n\n### 2.1 Provided\n\n## 3. Contact\n`;
const chinese = (text: string) => `## 1. 适用范围\n\n${text}\n\n## 2. 数据\n\n### 2.1 提供\n\n## 3. 联系\n`;
// The messages of this check only: a translation's numbers are compared by another.
const ours = (messages: string[]) => messages.filter((message) => /: (reference to section|link "\[)|refers to/.test(message));
const one = (body: string) => ours(drafts(draftTree({'privacy/en/2026-04-02.md': doc({body, changes: ''})})));
const oneZh = (body: string) =>
  ours(drafts(draftTree({'privacy/en/2026-04-02.md': doc({body: english('Text.'), changes: ''}), 'privacy/zh/2026-04-02.md': doc({extra: 'translates: 2026-04-02\n', body, changes: ''})}))).filter(
    (message) => !message.includes('refers to')
  );

describe('a reference to a section', () => {
  it('must name a section of the same version, with line and column', () => {
    expect(one(english('See section 3.3, and sections 2 and 4.'))).toEqual([
      'privacy/en/2026-04-02.md:8: reference to section 3.3 ("section 3.3", column 5): this version has no section 3.3 (its sections: 1, 2, 2.1, 3): correct the number',
      'privacy/en/2026-04-02.md:8: reference to section 4 ("sections 2 and 4", column 22): this version has no section 4 (its sections: 1, 2, 2.1, 3): correct the number'
    ]);
    expect(oneZh(chinese('参见第 3.3 节和第 2、5 节。'))).toEqual([
      'privacy/zh/2026-04-02.md:9: reference to section 3.3 ("第 3.3 节", column 3): this version has no section 3.3 (its sections: 1, 2, 2.1, 3): correct the number',
      'privacy/zh/2026-04-02.md:9: reference to section 5 ("第 2、5 节", column 11): this version has no section 5 (its sections: 1, 2, 2.1, 3): correct the number'
    ]);
  });

  it('is quiet when the section exists, however it is written', () => {
    expect(one(english('Section 2 and § 3 apply; see sections 2.1 to 3, or Sections 1, 2 and 3.'))).toEqual([]);
    expect(oneZh(chinese('参见第 2.1 节、第 3 条和第 1 至 3 节。'))).toEqual([]);
  });

  it('is not a number that names no section, nor a section of another text, nor an address', () => {
    const prose = [
      'We use TLS 1.2 and version 2.1 of our client, and keep logs for 30 days.',
      'California Civil Code section 1798.100 and section 5 of the GDPR give rights; so does Section 7 of our Terms.',
      'Read [the terms](https://example.com/terms#section-9), <https://example.com/section-9> or `section 9`.'
    ].join(' ');
    expect(one(english(prose))).toEqual([]);
    expect(oneZh(chinese('依据《个人信息保护法》第 13 条和个人信息保护法第 44 条，以及 GB/T 35273-2020。'))).toEqual([]);
  });

  it('in the words of a link, must be the section the link goes to', () => {
    expect(one(english('See [section 3](#section-2) and [section 2.1](#section-2-1).'))).toEqual([
      'privacy/en/2026-04-02.md:8: link "[section 3](#section-2)" at column 5 names section 3 but goes to section 2: make its words and its target the same section'
    ]);
  });

  it('is not looked for in code blocks', () => {
    expect(one(english('```\nsection 9\n```'))).toEqual([]);
  });
});

describe('references in a translation', () => {
  const tree = (zh: string) =>
    draftTree({
      'privacy/en/2026-04-02.md': doc({body: english('Section 2 lists the data; section 3 says how to reach us.'), changes: ''}),
      'privacy/zh/2026-04-02.md': doc({extra: 'translates: 2026-04-02\n', body: chinese(zh), changes: ''})
    });

  it('are quiet when each section names what the English names there', () => {
    expect(drafts(tree('第 2 节列出数据；第 3 节说明如何联系我们。'))).toEqual([]);
  });

  it('must name, section by section, the sections the English names', () => {
    expect(ours(drafts(tree('第 2 节列出数据；第 2.1 节说明如何联系我们。')))).toEqual([
      'privacy/zh/2026-04-02.md:9: section 1 refers to sections 2 and 2.1 ("第 2.1 节", column 11), where section 1 of en/2026-04-02.md refers to sections 2 and 3: refer to the same sections as the English'
    ]);
    expect(ours(drafts(tree('数据见下文。')))).toEqual([
      'privacy/zh/2026-04-02.md:7: section 1 refers to no section, where section 1 of en/2026-04-02.md refers to sections 2 and 3: refer to the same sections as the English'
    ]);
  });
});

describe('a published version', () => {
  it('is warned about while readers see it, and left alone once archived: only a new version can mend it', () => {
    const root = contentTree({'privacy/en/2026-01-10.md': doc({body: english('See section 9.'), changes: ''})});
    lockTree(root, '2026-01-10');
    const references = () => readContent(root, LATER).issues.filter((issue) => issue.message.startsWith('reference'));
    expect(references().map((issue) => [issue.line, issue.severity])).toEqual([[8, 'warning']]);
    fs.writeFileSync(path.join(root, 'privacy/en/2026-03-01.md'), doc({body: english('See section 3.')}));
    expect(references()).toEqual([]);
  });
});
