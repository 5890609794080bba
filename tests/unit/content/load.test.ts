import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {readContent} from '@/lib/content/load';
import {contentTree, doc, draftTree, drafts, LATER} from '../helpers';

const fixtures = path.resolve('tests/fixtures/content');
// The day the fixture is built for (playwright.config.ts).
const fixtureDay = '2026-07-05';

/** The messages of the check on new versions (the lock file, tested in lock.test.ts, has no say). */
function messages(files: Record<string, string>): string[] {
  return drafts(draftTree(files));
}

describe('listing', () => {
  it('finds every document, language and version of the fixture content', () => {
    const {versions, issues} = readContent(fixtures, fixtureDay);
    expect(issues).toEqual([]);
    const keys = versions.map((v) => `${v.document}/${v.locale}/${v.date}`);
    expect(keys).toEqual([
      'cookies/en/2026-02-01',
      'cookies/en/2026-04-15',
      'cookies/zh/2026-06-01',
      'long-policy/en/2026-02-01',
      'long-policy/en/2026-03-01',
      'long-policy/en/2026-04-01',
      'long-policy/en/2026-05-01',
      'privacy/en/2026-01-10',
      'privacy/en/2026-04-02',
      'privacy/en/2026-07-01',
      'privacy/zh/2026-01-10',
      'privacy/zh/2026-03-17',
      'privacy/zh/2026-07-01',
      'subprocessors/en/2026-05-01-2',
      'subprocessors/en/2026-05-01',
      'terms/en/2026-02-01',
      'terms/en/2026-06-01',
      'terms/en/2026-07-01'
    ]);
  });

  it('defaults the effective date to the file date and keeps an explicit one', () => {
    const {versions} = readContent(fixtures, fixtureDay);
    const byKey = new Map(versions.filter((v) => v.document === 'privacy').map((v) => [`${v.locale}/${v.date}`, v]));
    expect(byKey.get('en/2026-04-02')?.effective).toBe('2026-04-02');
    expect(byKey.get('en/2026-07-01')?.effective).toBe('2026-07-31');
  });

  it('reads the shipped policy: 11 sections in both languages', () => {
    const {versions, issues} = readContent(path.resolve('content'));
    // A version added on a branch is recorded once merged: until then it says so, and nothing more.
    expect(issues.filter((issue) => !issue.message.startsWith('new version, not yet recorded'))).toEqual([]);
    for (const locale of ['en', 'zh']) {
      const version = versions.find((v) => v.document === 'privacy' && v.locale === locale);
      expect(version?.toc.filter((entry) => entry.depth === 2)).toHaveLength(11);
    }
  });
});

describe('validation messages name the file, the line and the problem', () => {
  it('a missing title', () => {
    expect(messages({'privacy/en/2026-05-01.md': '---\ndescription: A description long enough for search engines to show.\n---\n\nText\n'})).toEqual([
      'privacy/en/2026-05-01.md:2: front matter: "title" is required'
    ]);
  });

  it('a description of the wrong length, on its own line', () => {
    expect(messages({'privacy/en/2026-05-01.md': doc({description: 'Too short.'})})).toEqual([
      'privacy/en/2026-05-01.md:3: front matter: "description" must be 50–160 characters (it has 10)'
    ]);
  });

  it('an unknown field', () => {
    expect(messages({'privacy/en/2026-05-01.md': doc({extra: 'titel: Typo\n'})})).toEqual([
      'privacy/en/2026-05-01.md:4: front matter: unknown field "titel" (allowed: title, description, effective, summary, changes, notice, translates)'
    ]);
  });

  it('an effective date that is not a date', () => {
    expect(messages({'privacy/en/2026-05-01.md': doc({extra: 'effective: 2026-02-30\n'})})).toEqual([
      'privacy/en/2026-05-01.md:4: front matter: "effective" is no real date: "2026-02-30" (write YYYY-MM-DD)'
    ]);
  });

  it('broken YAML, at the line of the mistake, in plain words', () => {
    const [message] = messages({'privacy/en/2026-05-01.md': '---\ntitle: Privacy\ndescription: [unclosed\n---\n\nText\n'});
    expect(message).toMatch(/^privacy\/en\/2026-05-01\.md:[34]: front matter: a "\[" is not closed with "\]": /);
    const indented = messages({'privacy/en/2026-05-01.md': '---\ntitle: Privacy\ndescription: A description long enough for search engines to show.\nchanges:\n  - section: 1\n   kind: editorial\n    summary: Reworded.\n---\n\n## 1. Scope\n'});
    expect(indented[0]).toMatch(/^privacy\/en\/2026-05-01\.md:6: front matter: .*indent/);
    const twice = messages({'privacy/en/2026-05-01.md': '---\ntitle: Privacy\ntitle: Policy\n---\n\nText\n'});
    expect(twice).toEqual(['privacy/en/2026-05-01.md:3: front matter: the field "title" appears twice: keep one of them']);
  });

  it('YAML anchors and aliases, which repeat an entry unseen', () => {
    const change = '{section: "1", kind: editorial, summary: Reworded.}';
    const found = messages({'privacy/en/2026-05-01.md': `---\ntitle: Privacy\ndescription: A description long enough for search engines to show.\nx: &one ${change}\nchanges: [*one, *one]\n---\n\n## 1. Scope\n`});
    expect(found).toEqual([
      'privacy/en/2026-05-01.md:4: front matter: "&one" (a YAML anchor) is not allowed: write each entry in full',
      'privacy/en/2026-05-01.md:5: front matter: "*one" (a YAML alias) is not allowed: write each entry in full'
    ]);
  });

  it('a file name that is no real date', () => {
    expect(messages({'privacy/en/2026-02-30.md': doc(), 'privacy/en/latest.md': doc()})).toEqual([
      'privacy/en/2026-02-30.md:1: file name "2026-02-30.md" is not a real date: name versions YYYY-MM-DD.md (2026-02-30 is no day of the calendar)',
      'privacy/en/latest.md:1: file name "latest.md" is not a date: name versions YYYY-MM-DD.md, the day the text is published'
    ]);
  });

  it('a file name written almost right, with what to name it', () => {
    expect(messages({'privacy/en/2026-12-5.md': doc(), 'privacy/en/2026-11-01.MD': doc(), 'privacy/en/2026-11-02.markdown': doc()})).toEqual([
      'privacy/en/2026-11-01.MD:1: file name "2026-11-01.MD" must end in .md (lower case): name it 2026-11-01.md',
      'privacy/en/2026-11-02.markdown:1: file name "2026-11-02.markdown" must end in .md (lower case): name it 2026-11-02.md',
      'privacy/en/2026-12-5.md:1: file name "2026-12-5.md": write the month and the day with two digits: name it 2026-12-05.md'
    ]);
  });

  it('a file dated after today, with what to do instead', () => {
    expect(drafts(draftTree({'privacy/en/2026-05-01.md': doc(), 'privacy/en/2026-12-15.md': doc({body: '## 1. Scope\n\nNew text.\n'})}), '2026-11-30')).toEqual([
      'privacy/en/2026-12-15.md:1: the file is dated 2026-12-15, after today (2026-11-30): date it today, the day its text is published, and give the day it applies in "effective: 2026-12-15"'
    ]);
  });

  it('an effective day more than a year ahead, with the likely year', () => {
    expect(drafts(draftTree({'privacy/en/2026-12-01.md': doc({extra: 'effective: 2072-01-15\n', changes: ''})}))).toEqual([
      'privacy/en/2026-12-01.md:4: front matter: "effective" (2072-01-15) is more than 365 days after the file\'s date (2026-12-01): is the year mistyped? Did you mean 2027-01-15?'
    ]);
  });

  it('a file too large for a legal text, before reading it', () => {
    const huge = doc({body: `## 1. Scope\n\n${'All work and no play. '.repeat(250_000)}\n`});
    expect(messages({'privacy/en/2026-05-01.md': huge})).toEqual([
      'privacy/en/2026-05-01.md:1: the file has 5371 KiB; a version may have at most 200 KiB: is something pasted twice, or not text?'
    ]);
  });

  it('a byte-order mark and Windows line endings are the same text', () => {
    const crlf = `\uFEFF${doc({body: '## 1. Scope\n\nText.\n'})}`.replace(/\n/g, '\r\n');
    const root = draftTree({'privacy/en/2026-05-01.md': crlf});
    expect(drafts(root)).toEqual([]);
    const [version] = readContent(root, LATER).versions;
    expect(version.toc.map((entry) => entry.id)).toEqual(['section-1']);
    // The record is of the bytes, which the download serves unchanged.
    expect(version.source).toBe(crlf);
  });

  it('front matter that is not closed, at the line where it starts', () => {
    expect(messages({'privacy/en/2026-05-01.md': '---\ntitle: Privacy Policy\ndescription: A description long enough for search engines to show.\n\n## 1. Scope\n'})).toEqual([
      'privacy/en/2026-05-01.md:1: the front matter that starts on line 1 is not closed: add a line with only --- after its last field'
    ]);
  });

  it('a title in curly quotes, which the page would show', () => {
    expect(messages({'privacy/en/2026-05-01.md': doc({title: '“Privacy Policy”'})})).toEqual([
      'privacy/en/2026-05-01.md:2: warning: front matter: the title is in quotation marks (“Privacy Policy”), which the page would show: remove them'
    ]);
  });

  it('a folder for a language the site does not have', () => {
    expect(messages({'privacy/fr/2026-05-01.md': doc()})).toEqual(['privacy/fr:1: "fr" is not a language of the site (en, zh)']);
  });

  it('an effective date before the version date', () => {
    expect(messages({'privacy/en/2026-05-20.md': doc({extra: 'effective: 2026-05-19\n'})})).toEqual([
      'privacy/en/2026-05-20.md:4: front matter: "effective" (2026-05-19) is before the version\'s date (2026-05-20)'
    ]);
  });

  it('raw HTML, unsafe links, a heading used twice, a broken #anchor and an h1, each at its line', () => {
    const body = [
      '## 1. Scope', // line 6
      '',
      '<script>alert(1)</script>', // 8
      '',
      '[click](JavaScript:alert(1))', // 10
      '',
      '## 1. Scope', // 12
      '',
      'See [nowhere](#section-9).', // 14
      '',
      '# Title again' // 16
    ].join('\n');
    expect(messages({'privacy/en/2026-05-01.md': doc({body})})).toEqual([
      'privacy/en/2026-05-01.md:8: raw HTML is not allowed; write it in Markdown',
      'privacy/en/2026-05-01.md:10: link "JavaScript:alert(1)" is not allowed: use https:, http:, mailto:, a site path or a #section',
      'privacy/en/2026-05-01.md:12: heading "1. Scope" appears twice (first on line 6)',
      'privacy/en/2026-05-01.md:16: use "##" for sections: the title comes from the front matter',
      'privacy/en/2026-05-01.md:14: link "#section-9" points to no heading in this file'
    ]);
  });

  it('front matter in JavaScript is refused and its code never runs', () => {
    const marker = '__legalContentRan';
    const source = `---js\n{title: (globalThis.${marker} = true, 'x')}\n---\n\nText\n`;
    const js = messages({'privacy/en/2026-05-01.md': source});
    const javascript = messages({'privacy/en/2026-05-02.md': source.replace('---js', '--- javascript')});
    expect(js).toEqual(['privacy/en/2026-05-01.md:1: front matter must be YAML: remove "js" after the opening ---']);
    expect(javascript).toEqual(['privacy/en/2026-05-02.md:1: front matter must be YAML: remove "javascript" after the opening ---']);
    expect((globalThis as Record<string, unknown>)[marker]).toBeUndefined();
  });

  it('a file without front matter', () => {
    expect(messages({'privacy/en/2026-05-01.md': '## 1. Scope\n'})).toEqual([
      'privacy/en/2026-05-01.md:1: front matter is missing: start the file with --- and a title'
    ]);
  });
});

describe('heading links', () => {
  it('are named in the language of the document', () => {
    const {versions} = readContent(path.resolve('content'));
    const html = (locale: string) => versions.find((v) => v.locale === locale)?.html ?? '';
    expect(html('en')).toContain('aria-label="Link to section 2.1"');
    expect(html('zh')).toContain('aria-label="链接到第 2.1 节"');
    expect(html('en').match(/class="heading-anchor"/g)).toHaveLength(14);
  });
});


describe('the content folder', () => {
  it('refuses links (symlinks) to files and folders, wherever they point, and publishes nothing through them', () => {
    const outside = contentTree({'secret.md': doc({body: '## 1. Secret\n\nNot for publication.\n'})});
    const root = draftTree({'privacy/en/2026-05-01.md': doc()});
    fs.symlinkSync(path.join(outside, 'secret.md'), path.join(root, 'privacy/en/2026-05-02.md'));
    fs.mkdirSync(path.join(root, 'terms'));
    fs.symlinkSync(path.join(root, 'privacy/en'), path.join(root, 'terms/en'));
    fs.symlinkSync(path.join(root, 'privacy'), path.join(root, 'cookies'));
    const {versions} = readContent(root, LATER);
    expect(versions.map((v) => `${v.document}/${v.locale}/${v.date}`)).toEqual(['privacy/en/2026-05-01']);
    const link = 'is a link (symlink): put the file or folder itself here';
    expect(messages({})).toEqual([]);
    expect(drafts(root)).toEqual([`cookies:1: ${link}`, `privacy/en/2026-05-02.md:1: ${link}`, `terms/en:1: ${link}`]);
  });

  it('refuses document folders named like the site’s own addresses', () => {
    const taken = 'is taken by the site’s own addresses (en, zh, api, versions, compare, feed): choose another name'.replace('’', "'");
    expect(messages({'api/en/2026-05-01.md': doc(), 'versions/zh/2026-05-01.md': doc()})).toEqual([
      `api:1: folder name "api" ${taken}`,
      `versions:1: folder name "versions" ${taken}`
    ]);
  });

  it('says where a language folder goes when it is put above its document', () => {
    expect(messages({'en/privacy/2026-05-01.md': doc(), 'zh/zh/2026-05-01.md': doc()})).toEqual([
      'en:1: "en" is a language: a language folder goes inside its document\'s folder, content/<document>/en/ (content/en/privacy/ goes to content/privacy/en/)',
      'zh:1: "zh" is a language: a language folder goes inside its document\'s folder, content/<document>/zh/'
    ]);
  });

  it('ignores hidden files and folders such as .DS_Store', () => {
    expect(messages({'privacy/en/2026-05-01.md': doc(), 'privacy/en/.DS_Store': 'binary', 'privacy/.hidden/x.md': 'x', '.git-keep/a/b.md': 'x'})).toEqual([]);
  });
});

describe('front matter limits', () => {
  it('gives every text a length limit, so a huge title is refused and not copied into every page', () => {
    const title = 'T'.repeat(20_000);
    expect(messages({'privacy/en/2026-05-01.md': doc({title})})).toEqual([
      'privacy/en/2026-05-01.md:2: front matter: "title" must be at most 120 characters (it has 20000)'
    ]);
    expect(messages({'privacy/en/2026-05-01.md': doc({extra: `summary: ${'S'.repeat(301)}\n`})})).toEqual([
      'privacy/en/2026-05-01.md:4: front matter: "summary" must be at most 300 characters (it has 301)'
    ]);
  });
});
