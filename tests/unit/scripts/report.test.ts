// The pull request report (`npm run content:report`), the translation table of content:check, and the
// pages `npm run content:preview` saves, made to open from disk.
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {remark} from 'remark';
import remarkGfm from 'remark-gfm';
import remarkHtml from 'remark-html';
import {describe, expect, it} from 'vitest';
import {readContent} from '@/lib/content/load';
import {hashBytes, LOCK_FILE, recordWithdrawal, serializeLock} from '@/lib/content/lock';
import type {Lock} from '@/lib/model';
import {formatTranslationTable, pullRequestReport, translationRows} from '@/scripts/pull-request-report';
import {rewritePage} from '@/scripts/preview-pages';
import {contentTree, doc, lockTree, runScript} from '../helpers';

const day = '2026-06-15';
const zh = (translates: string, extra = '') => `translates: ${translates}\n${extra}`;
const FEES = 'changes: [{section: "2", kind: material, summary: "Fees *doubled* | see section 2"}]';
// Markup in plain text, as a lawyer could write it: all of it is text, none of it may become markup.
const HOSTILE = 'Amounts: 5 * 3 | 4 < 6, `<script>alert(1)</script>` and &lt;img src=x onerror=alert(2)&gt;.';

/** A git repository whose main branch has an English version and its translation, both recorded; the work goes on a branch. */
function repository(): string {
  const root = contentTree({
    'privacy/en/2026-04-02.md': doc({changes: '', body: '## 1. Scope\n\nThis policy applies to the website.\n\n## 2. Fees\n\nWe charge no fee for access requests.\n'}),
    'privacy/zh/2026-04-03.md': doc({title: '隐私政策', changes: '', extra: zh('2026-04-02'), body: '## 1. 适用范围\n\n本政策适用于网站。\n\n## 2. 费用\n\n我们不对查阅请求收费。\n'})
  });
  lockTree(root, day);
  const git = (...args: string[]) => execFileSync('git', ['-C', root, ...args], {encoding: 'utf8', stdio: 'pipe'});
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'content');
  git('checkout', '-q', '-b', 'change');
  return root;
}

const write = (root: string, name: string, text: string) => fs.writeFileSync(path.join(root, name), text);

/** The new English version: section 2 changes (a paragraph added to it with `more`); section 1 stays. */
function addEnglish(root: string, more = '') {
  write(
    root,
    'privacy/en/2026-06-01.md',
    doc({
      extra: 'effective: 2026-07-15\n',
      changes: FEES,
      body: `## 1. Scope\n\nThis policy applies to the website.\n\n## 2. Fees\n\nWe charge a reasonable fee for excessive access requests.\n${more && `\n${more}\n`}`
    })
  );
}

function addChinese(root: string) {
  write(
    root,
    'privacy/zh/2026-06-01.md',
    doc({
      title: '隐私政策',
      extra: zh('2026-06-01', 'effective: 2026-07-15\n'),
      changes: 'changes: [{section: "2", kind: material, summary: 费用调整。}]',
      body: '## 1. 适用范围\n\n本政策适用于网站。\n\n## 2. 费用\n\n对于过度的查阅请求，我们收取合理费用。\n'
    })
  );
}

/** The report, with the temporary folder's path written as the repository's content/. */
const report = (root: string, options: {maxBytes?: number} = {}) =>
  pullRequestReport({root, day, base: 'main', ci: true, ...options}).replaceAll(path.relative(process.cwd(), root), 'content');

/** What GitHub shows: the Markdown rendered (raw HTML passed through, as GitHub does before sanitizing). */
const rendered = (markdown: string) => String(remark().use(remarkGfm).use(remarkHtml, {sanitize: false}).processSync(markdown));

/** The comparison part of the report. */
const comparison = (text: string) => text.slice(text.indexOf('### Changes in the text'), text.indexOf('### Preview'));

describe('npm run content:report', () => {
  it('lists each new version with its dates, notice period, changes and the English it translates', () => {
    const root = repository();
    addEnglish(root);
    addChinese(root);
    const text = report(root);
    expect(text).toContain('Compared with `main`: 2 new versions. Content check: 0 errors, 2 warnings.');
    // The versions already on main are not new.
    expect(text).not.toContain('version of 2026-04-02\n');
    expect(text).toContain(
      [
        '#### Privacy Policy, English, version of 2026-06-01',
        '',
        '- **File:** `content/privacy/en/2026-06-01.md`',
        '- **Title:** Privacy Policy',
        "- **Published (the file's date):** 2026-06-01",
        '- **Takes effect:** 2026-07-15',
        '- **Notice period:** 44 days, from 2026-06-01 to 2026-07-15. It lists a material change: the 30-day rule applies and is met.',
        '- **Version before it:** `content/privacy/en/2026-04-02.md`',
        '',
        '| Kind | Section | What changed |',
        '| --- | --- | --- |',
        '| **Material** | 2 | Fees \\*doubled\\* \\| see section 2 |'
      ].join('\n')
    );
    expect(text).toContain('- **Translates:** `content/privacy/en/2026-06-01.md` (Privacy Policy, takes effect 2026-07-15)');
    expect(text).toContain('- `preview/en/privacy/versions/2026-06-01.html`: Privacy Policy (English), version of 2026-06-01');
    expect(text).toContain('- `preview/zh/privacy/compare/2026-04-03...2026-06-01.html`');
  });

  it('says when the notice period is too short, or lifted by "notice"', () => {
    const root = repository();
    write(root, 'privacy/en/2026-06-01.md', doc({extra: 'effective: 2026-06-10\nnotice: Required at once by a court order.\n', changes: FEES}));
    expect(report(root)).toContain(
      '- **Notice period:** 9 days, from 2026-06-01 to 2026-06-10. It lists a material change: the 30-day rule applies and is **not met**, but `notice:` lifts it: “Required at once by a court order.”.'
    );
  });

  it('shows where each translation stands: the same numbers as content:check', () => {
    const root = repository();
    addEnglish(root);
    // Without the translation: from 2026-07-15 the Chinese of April follows an English that changed section 2.
    const {catalog} = readContent(root, day);
    expect(formatTranslationTable(translationRows(catalog, day))).toEqual([
      'Translations (sections: up to date / English changed since / not translated)',
      '  privacy  en  in force         2026-04-02.md                            2 sections',
      '  privacy  en  from 2026-07-15  2026-06-01.md                            2 sections',
      '  privacy  zh  in force         2026-04-03.md  follows en/2026-04-02.md  2 / 0 / 0',
      '  privacy  zh  from 2026-07-15  2026-04-03.md  follows en/2026-04-02.md  1 / 1 / 0'
    ]);
    expect(report(root)).toContain(
      [
        '| Document | Language | When | Version | Translates | Up to date | English changed since | Not translated |',
        '| --- | --- | --- | --- | --- | --- | --- | --- |',
        '| privacy | English | in force | `2026-04-02.md` | (the original) | 2 sections |  |  |',
        '| privacy | English | from 2026-07-15 | `2026-06-01.md` | (the original) | 2 sections |  |  |',
        '| privacy | Chinese | in force | `2026-04-03.md` | `en/2026-04-02.md` | 2 | 0 | 0 |',
        '| privacy | Chinese | from 2026-07-15 | `2026-04-03.md` | `en/2026-04-02.md` | 1 | 1 (2) | 0 |'
      ].join('\n')
    );
    addChinese(root);
    expect(report(root)).toContain('| privacy | Chinese | from 2026-07-15 | `2026-06-01.md` | `en/2026-06-01.md` | 2 | 0 | 0 |');
    // No translation at all: no table.
    expect(formatTranslationTable(translationRows(readContent(contentTree({'privacy/en/2026-04-02.md': doc({changes: ''})}), day).catalog, day))).toEqual([]);
  });

  it('compares each new version with the one before, word by word, in the changed sections only', () => {
    const root = repository();
    addEnglish(root);
    addChinese(root);
    const changes = comparison(report(root));
    expect(changes).toContain('#### Privacy Policy, English: 2026-04-02 → 2026-06-01\n\n1 section changed since `content/privacy/en/2026-04-02.md`:');
    expect(changes).toContain('<summary><b>2. Fees</b></summary>\n<p>We charge <del>no</del><ins><b>a reasonable </b></ins>fee for <ins><b>excessive </b></ins>access requests.</p>\n</details>');
    expect(changes).toContain('<summary><b>2. 费用</b></summary>');
    // Section 1 is the same: not shown.
    expect(changes).not.toContain('Scope');
    expect(changes).not.toContain('适用范围');
  });

  it('escapes what the text says, so that no content becomes markup on GitHub', () => {
    const root = repository();
    addEnglish(root, HOSTILE);
    const text = report(root);
    expect(comparison(text)).toContain(
      '<p><ins><b>Amounts: 5 * 3 | 4 &lt; 6, </b></ins><ins><b><code>&lt;script&gt;alert(1)&lt;/script&gt;</code></b></ins><ins><b> and &lt;img src=x onerror=alert(2)&gt;.</b></ins></p>'
    );
    const html = rendered(text);
    expect(html).not.toMatch(/<script|<img/i);
    // The change's summary is one cell of its row, with its marks as written.
    expect(html).toContain('<td>Fees *doubled* | see section 2</td>');
  });

  it('says when a new version has the same text, and cuts a comparison too long for GitHub with a note', () => {
    const root = repository();
    write(root, 'privacy/en/2026-06-01.md', doc({changes: 'changes: [{section: all, kind: editorial, summary: New description.}]', description: 'Another description, long enough for search engines to show it.', body: fs.readFileSync(path.join(root, 'privacy/en/2026-04-02.md'), 'utf8').split('---\n')[2]}));
    expect(report(root)).toContain('The text is the same as in `content/privacy/en/2026-04-02.md`: only the front matter differs.');
    const long = Array.from({length: 40}, (_, i) => `## ${i + 3}. Part ${i + 3}\n\n${`Words of part ${i + 3} that are new. `.repeat(60)}\n`).join('\n');
    const base = fs.readFileSync(path.join(root, 'privacy/en/2026-04-02.md'), 'utf8').split('---\n')[2];
    write(root, 'privacy/en/2026-06-01.md', doc({changes: FEES.replace('"2"', 'all'), body: `${base}\n${long}`}));
    const cut = report(root, {maxBytes: 20_000});
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(20_000);
    expect(cut).toMatch(/\*\*The comparison is cut here:\*\* GitHub shows at most 1 MiB of summary\. Not shown: (“\d+\. Part \d+”, ){20}\d+ more\. The preview below shows the whole comparison\./);
    expect(cut).toContain('- `preview/en/privacy/compare/2026-04-02...2026-06-01.html`');
  });

  it('lists each correction and withdrawal of the pull request with its words, and says which git does not bear out', () => {
    const root = repository();
    const key = 'privacy/en/2026-04-02.md';
    const published = fs.readFileSync(path.join(root, key));
    write(root, key, published.toString('utf8').replace('We charge no fee for access requests.', 'We share every request with our advertising partners.'));
    const reason = "Corrected the spelling of 'security' in section 5.";
    const lock = JSON.parse(fs.readFileSync(path.join(root, LOCK_FILE), 'utf8')) as Lock;
    lock.versions[key] = {
      sha256: hashBytes(fs.readFileSync(path.join(root, key))),
      corrections: [{date: day, reason, previous: hashBytes(published), edits: [{before: 'securty', after: 'security'}]}]
    };
    fs.rmSync(path.join(root, 'privacy/zh/2026-04-03.md'));
    fs.writeFileSync(path.join(root, LOCK_FILE), serializeLock(recordWithdrawal(lock, 'privacy/zh/2026-04-03.md', 'Misdated.', day)));
    const text = report(root);
    expect(text).toContain('Compared with `main`: no new version, 1 correction and 1 withdrawal (2 **not verified**). Content check: 2 errors, 0 warnings');
    expect(text).toContain(
      [
        '### Corrections and withdrawals',
        '',
        'Recorded in the lock file by this pull request, each checked against the text on the base branch.',
        '',
        "- **Correction** of `content/privacy/en/2026-04-02.md`, dated 2026-06-15: “Corrected the spelling of 'security' in section 5.”",
        '  - Words recorded: “securty” → “security”',
        '  - **Not verified:** it is more than a typo: compared with the text on main, 7 words changed in one place (at most 3): "charge no fee for access requests" → "share every request with our advertising partners"; 7 words changed in all (at most 6). The check refuses it: this pull request must not be merged as it is.',
        '- **Withdrawal** of `content/privacy/zh/2026-04-03.md`, dated 2026-06-15: “Misdated.”',
        '  - **Not verified:** without it no zh version of "privacy" would be left: /zh/privacy, its history and versions.json would disappear, and nothing would say why. To replace it, publish the version that replaces it first (npm run policy:new -- privacy zh, applying today), and withdraw this one once that is merged. The check refuses it: this pull request must not be merged as it is.'
      ].join('\n')
    );
  });

  it('with a damaged lock file, still compares with the base: no published version is called new', () => {
    const root = repository();
    addEnglish(root);
    const lock = JSON.parse(fs.readFileSync(path.join(root, LOCK_FILE), 'utf8')) as {versions: Record<string, object>};
    lock.versions['privacy/en/2026-04-02.md'] = {sha256: 'not a hash'};
    fs.writeFileSync(path.join(root, LOCK_FILE), JSON.stringify(lock));
    const text = report(root);
    expect(text).toContain('Compared with `main`: 1 new version.');
    expect(text).toContain('Content check: 1 error, 0 warnings');
  });

  it('runs as npm run content:report, with the base branch from CONTENT_BASE', {timeout: 120_000}, () => {
    const root = repository();
    addEnglish(root);
    const {status, stdout} = runScript('pull-request-report', [], {CONTENT_DIR: root, CONTENT_BASE: 'main', LEGAL_TODAY: day});
    expect(status).toBe(0);
    expect(stdout).toMatch(/^## Legal documents in this pull request\n\nCompared with `main`: 1 new version\./);
    expect(stdout).toContain('To see the pages as they will look: `npm run build && npm run content:preview`');
  });
});

describe('npm run content:preview', () => {
  const page = [
    '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
    '<link rel="stylesheet" href="/_next/static/chunks/3qs16d4ifpsxj.css" data-precedence="next"/>',
    '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/0j1we3cwg31qe.js"/>',
    '<script src="/_next/static/chunks/1q-k12z8f-jz5.js" async=""></script>',
    '<link rel="canonical" href="https://infermesh.io/en/privacy/versions/2026-12-01"/>',
    '<link rel="icon" href="/icon.svg?icon.29vg1o9yjxikk.svg" sizes="any" type="image/svg+xml"/></head>',
    '<body><a class="skip-link" href="#main">Skip to content</a><main id="main">',
    '<script type="application/ld+json">{"@type":"WebPage"}</script>',
    '<p>Compare: <a href="/en/privacy/compare/2026-04-02...2026-12-01#changes-section-6">changes</a>,',
    ' <a href="/en/privacy/versions/2026-04-02">earlier</a>, <a href="/en/privacy/feed.xml?a=1&amp;b=2">feed</a>,',
    ' <a href="mailto:privacy@infermesh.io">mail</a>. Text: href="/en" &lt;a href=&quot;/x&quot;&gt;</p></main></body></html>'
  ].join('');
  const saved = new Map([
    ['/en/privacy/versions/2026-12-01', 'en/privacy/versions/2026-12-01.html'],
    ['/en/privacy/compare/2026-04-02...2026-12-01', 'en/privacy/compare/2026-04-02...2026-12-01.html']
  ]);

  it('rewrites a saved page to open from disk: its stylesheet and icon by relative path, saved pages by file, the rest to the site', () => {
    const {html, assets} = rewritePage(page, 'en/privacy/versions/2026-12-01.html', saved, 'https://infermesh.io', '<p role="note">Preview</p>');
    expect(assets).toEqual([
      {url: '/_next/static/chunks/3qs16d4ifpsxj.css', file: 'assets/chunks/3qs16d4ifpsxj.css'},
      {url: '/icon.svg?icon.29vg1o9yjxikk.svg', file: 'assets/icon.svg'}
    ]);
    expect(html).toContain('<link rel="stylesheet" href="../../../assets/chunks/3qs16d4ifpsxj.css" data-precedence="next"/>');
    expect(html).toContain('<link rel="icon" href="../../../assets/icon.svg" sizes="any" type="image/svg+xml"/>');
    expect(html).toContain('<a href="../compare/2026-04-02...2026-12-01.html#changes-section-6">changes</a>');
    expect(html).toContain('<a href="https://infermesh.io/en/privacy/versions/2026-04-02">earlier</a>');
    expect(html).toContain('<a href="https://infermesh.io/en/privacy/feed.xml?a=1&amp;b=2">feed</a>');
    expect(html).toContain('<a href="mailto:privacy@infermesh.io">mail</a>');
    expect(html).toContain('<link rel="canonical" href="https://infermesh.io/en/privacy/versions/2026-12-01"/>');
    expect(html).toContain('<a class="skip-link" href="#main">');
    // Scripts and their preloads go; the data block and the text stay as they were.
    expect(html).not.toMatch(/\.js"|<script src/);
    expect(html).toContain('<script type="application/ld+json">{"@type":"WebPage"}</script>');
    expect(html).toContain('Text: href="/en" &lt;a href=&quot;/x&quot;&gt;</p>');
    expect(html).toContain('<body><p role="note">Preview</p><a class="skip-link"');
    // From the comparison, the version's page is its sibling folder's file.
    const compare = rewritePage(page.replace('/en/privacy/versions/2026-04-02"', '/en/privacy/versions/2026-12-01"'), saved.get('/en/privacy/compare/2026-04-02...2026-12-01')!, saved, 'https://infermesh.io');
    expect(compare.html).toContain('<a href="../versions/2026-12-01.html">earlier</a>');
    expect(compare.html).toContain('href="2026-04-02...2026-12-01.html#changes-section-6"');
  });
});
