// The legal team's guide explains every message of the checks: each message the checks give to one
// of the mistakes below must match a row of the guide's tables, and each row must still be given.
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {readContent} from '@/lib/content/load';
import {LOCK_FILE, serializeLock} from '@/lib/content/lock';
import type {Lock} from '@/lib/model';
import {contentTree, doc, draftTree, lockTree} from '../helpers';

const guide = fs.readFileSync('content/README.md', 'utf8');

/** The messages in the first column of the tables under "What the check messages mean". */
function documented(): string[] {
  const start = guide.indexOf('## What the check messages mean');
  const end = guide.indexOf('### The other commands');
  return guide
    .slice(start, end)
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .flatMap((line) => [...line.split(' | ')[0].matchAll(/`([^`]+)`/g)].map((m) => m[1]));
}

/** A row as a pattern: "…" (and a space before it) stands for any words of the file. */
const pattern = (row: string) => new RegExp(`^${row.split(/ ?…/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}`, 's');

const LATER = '2026-12-31';
const hostile = path.resolve('tests/fixtures/hostile');

/** What the check says (severity prefix, no file or line) for each tree of mistakes, on its day. */
function messagesOf(root: string, day = LATER, base?: {ref: string}): string[] {
  return readContent(root, day, base).issues.map((issue) => `${issue.severity === 'warning' ? 'warning: ' : ''}${issue.message}`);
}

function mistakes(): string[] {
  const said: string[] = [];
  const tell = (files: Record<string, string>, day?: string) => said.push(...messagesOf(draftTree(files), day));
  const en = (name: string) => `privacy/en/${name}`;

  // Files and folders.
  tell({
    [en('latest.md')]: doc(),
    [en('2026-02-30.md')]: doc(),
    [en('2026-12-5.md')]: doc(),
    [en('2026-11-01.MD')]: doc(),
    [en('2027-01-01.md')]: doc(),
    [en('2026-05-02.md')]: doc({body: `## 1. Scope\n\n${'x'.repeat(300 * 1024)}\n`}),
    'privacy/fr/2026-05-01.md': doc(),
    'Privacy/en/2026-05-01.md': doc(),
    'api/en/2026-05-01.md': doc(),
    'en/terms/2026-05-01.md': doc(),
    'privacy/zh/2026-05-01/x.md': doc()
  });
  const bytes = draftTree({});
  fs.mkdirSync(path.join(bytes, 'privacy/en'), {recursive: true});
  fs.writeFileSync(path.join(bytes, 'privacy/en/2026-05-01.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe]));
  fs.symlinkSync(path.join(bytes, 'privacy'), path.join(bytes, 'terms'));
  said.push(...messagesOf(bytes));
  said.push(...messagesOf(path.join(bytes, 'nothing-here')));

  // Front matter.
  const fields = (text: string) => `---\n${text}\n---\n\n## 1. Scope\n\nText.\n`;
  tell({
    [en('2026-05-01.md')]: '## 1. Scope\n',
    [en('2026-05-02.md')]: '---\ntitle: Privacy Policy\n\n## 1. Scope\n',
    [en('2026-05-03.md')]: fields('title: [unclosed'),
    [en('2026-05-04.md')]: '---js\n{title: "x"}\n---\n\nText.\n',
    [en('2026-05-05.md')]: fields('- a list'),
    [en('2026-05-06.md')]: fields('description: A description long enough for search engines to show in their results.'),
    [en('2026-05-07.md')]: doc({title: "''"}),
    [en('2026-05-08.md')]: doc({title: '[a, b]'}),
    [en('2026-05-09.md')]: doc({title: 'A <b>bold</b> title'}),
    [en('2026-05-10.md')]: doc({title: 'T'.repeat(121)}),
    [en('2026-05-11.md')]: doc({description: 'Too short.'}),
    [en('2026-05-12.md')]: doc({extra: 'titel: Typo\n'}),
    [en('2026-05-13.md')]: doc({extra: 'effective: 2026-02-30\n'}),
    [en('2026-05-14.md')]: doc({extra: 'effective: [2026-06-01]\n'}),
    [en('2026-05-15.md')]: doc({extra: 'effective: 2026-05-01\n'}),
    [en('2026-05-16.md')]: doc({extra: 'summary: |\n  Two\n  lines\n'}),
    [en('2026-05-17.md')]: doc({extra: 'summary: "TODO: say in one line what changed in this version"\n'}),
    [en('2026-05-18.md')]: doc({title: '“Privacy Policy”'}),
    [en('2026-05-19.md')]: doc({body: ''}),
    [en('2026-05-20.md')]: doc({body: '# Title\n\n## 1. Scope\n\n## 1. Scope\n'}),
    [en('2026-05-21.md')]: doc({body: '## 1. Scope\n\nSee [the fine print](#fine-print).\n\n## Fine print\n'}),
    [en('2026-05-22.md')]: fields('title: Privacy: our policy'),
    [en('2026-05-23.md')]: doc({changes: 'changes:\n  - section: 1\n   kind: editorial\n    summary: S.'}),
    [en('2026-05-24.md')]: doc({changes: 'changes:\n\t- section: 1'}),
    [en('2026-05-25.md')]: doc({changes: 'changes:\n  - section: 1\n    kind: editorial\n    summary: S.\n   kind: material'}),
    [en('2026-05-26.md')]: doc({extra: 'title: Again\n'}),
    [en('2026-05-27.md')]: doc({extra: 'summary: "unclosed\n'}),
    [en('2026-05-28.md')]: doc({extra: 'x: &one {section: "1", kind: editorial, summary: S.}\n', changes: 'changes: [*one]'}),
    [en('2026-05-29.md')]: doc({extra: 'summary: !!js/function "f"\n'}),
    [en('2026-05-30.md')]: doc({extra: 'notice: |\n  Two\n  lines\n'}),
    [en('2026-05-31.md')]: doc({extra: 'translates: 2026-05-01\n'}),
    [en('2026-06-01.md')]: doc({body: '## 1. Scope\n\n[https://іnfermesh.io](https://infermesh.io) 见 https://infermesh.io。 [site](https://infermesh.io。)\n'})
  });

  // Changes and dates.
  const change = (entry: string) => `changes:\n  - ${entry}`;
  tell({
    [en('2026-01-01.md')]: doc({changes: ''}),
    [en('2026-02-01.md')]: doc({changes: ''}),
    [en('2026-02-02.md')]: doc({changes: 'changes: all'}),
    [en('2026-02-03.md')]: doc({changes: change('section: 2.x\n    kind: editorial\n    summary: S.')}),
    [en('2026-02-04.md')]: doc({changes: change('kind: editorial\n    summary: S.')}),
    [en('2026-02-05.md')]: doc({changes: change('section: 1\n    kind: big\n    summary: S.')}),
    [en('2026-02-06.md')]: doc({changes: change('section: 1\n    summary: S.')}),
    [en('2026-02-07.md')]: doc({changes: change('section: 1\n    kind: editorial\n    summary: "TODO: say it"')}),
    [en('2026-02-08.md')]: doc({changes: change('section: 1\n    kind: editorial\n    summary: |\n      Two\n      lines')}),
    [en('2026-02-09.md')]: doc({changes: change('section: 1\n    kind: editorial\n    summary: S.\n    why: W.')}),
    [en('2026-02-10.md')]: doc({changes: change('section: 7\n    kind: editorial\n    summary: S.')}),
    [en('2026-02-11.md')]: doc({extra: 'effective: 2026-02-20\n', changes: change('section: 1\n    kind: material\n    summary: S.')}),
    [en('2026-02-12.md')]: doc({extra: 'notice: Required by law.\n'})
  });
  // Changes against the text.
  const body = (six: string) => `## 1. Scope\n\nText.\n\n## 5. Security\n\nWe protect data.\n\n## 6. Retention\n\n${six}\n`;
  const entry = (section: string, kind = 'editorial') => `  - section: "${section}"\n    kind: ${kind}\n    summary: S.`;
  tell({
    [en('2026-01-01.md')]: doc({changes: '', body: body('Kept for a reasonable period.')}),
    [en('2026-02-01.md')]: doc({changes: `changes:\n${entry('5')}`, body: body('Kept for ten years.')}),
    [en('2026-03-01.md')]: doc({changes: `changes:\n${entry('6')}\n${entry('6')}`, body: body('Kept for ten years, then deleted.')}),
    [en('2026-04-01.md')]: doc({changes: `changes:\n${entry('all')}`, body: body('Kept for ten years, then deleted.')})
  });
  const section = (text: string) => `## 1. Scope\n\n${text}\n`;
  tell({
    [en('2026-01-01.md')]: doc({changes: '', body: section('We may share data.')}),
    'privacy/zh/2026-01-01.md': doc({title: '隐私政策', changes: '', extra: 'translates: 2026-01-01\n', body: '## 1. 适用范围\n\n我们可能共享数据。\n'}),
    [en('2026-02-01.md')]: doc({extra: 'effective: 2026-03-15\n', changes: `changes:\n${entry('1', 'material')}`, body: section('We share data.')}),
    'privacy/zh/2026-02-01.md': doc({title: '隐私政策', changes: `changes:\n${entry('1')}`, extra: 'translates: 2026-02-01\neffective: 2026-03-15\n', body: '## 1. 适用范围\n\n我们共享数据。\n'}),
    'terms/en/2026-01-01.md': doc({changes: '', body: section('Terms.')}),
    'terms/zh/2026-01-01.md': doc({title: '条款', changes: '', extra: 'translates: 2026-01-01\n', body: '## 1. 适用范围\n\n条款。\n'}),
    'terms/en/2026-02-01.md': doc({extra: 'effective: 2026-03-15\n', changes: `changes:\n${entry('1', 'material')}`, body: section('New terms.')}),
    'terms/zh/2026-02-01.md': doc({title: '条款', changes: `changes:\n${entry('all')}`, extra: 'translates: 2026-02-01\neffective: 2026-03-15\n', body: '## 1. 适用范围\n\n条款。\n\n## 2. 其他\n\n其他。\n'}),
    'cookies/en/2026-01-01.md': doc({changes: '', body: section('Cookies.')}),
    'cookies/zh/2026-01-01.md': doc({title: 'Cookie', changes: '', extra: 'translates: 2026-01-01\n', body: '## 1. 适用范围\n\nCookie。\n'}),
    'cookies/en/2026-02-01.md': doc({changes: `changes:\n${entry('1')}`, body: section('Cookies, clarified.')}),
    'cookies/zh/2026-02-01.md': doc({title: 'Cookie', extra: 'translates: 2026-02-01\neffective: 2026-03-15\n', changes: `changes:\n${entry('1', 'material')}`, body: '## 1. 适用范围\n\nCookie，已澄清。\n'})
  });
  tell(
    {
      [en('2026-01-10.md')]: doc({extra: 'effective: 2026-03-20\n', changes: ''}),
      [en('2026-01-20.md')]: doc(),
      [en('2026-01-25.md')]: doc({extra: 'effective: 2026-03-20\n'})
    },
    '2026-02-01'
  );
  tell({[en('2026-01-10.md')]: doc({extra: 'effective: 2026-03-20\n', changes: ''}), [en('2026-01-20.md')]: doc({body: '## 1. Scope\n\nUrgent.\n'})}, '2026-02-01');
  tell({[en('2025-01-01.md')]: doc({changes: ''})}, '2026-06-01');
  // A second version the same day, and its name.
  tell({
    [en('2026-02-01.md')]: doc({changes: ''}),
    [en('2026-02-01-2.md')]: doc({body: '## 1. Scope\n\nSecond.\n'}),
    [en('2026-02-01-4.md')]: doc({body: '## 1. Scope\n\nFourth.\n'}),
    [en('2026-02-01-12.md')]: doc(),
    'privacy/zh/2026-02-02.md': doc({title: '隐私政策', changes: '', extra: 'translates: 2026-02-30\n', body: '## 1. 适用范围\n\n文本。\n'}),
    'terms/en/2026-02-02.md': doc({changes: ''}),
    'terms/zh/2026-02-02.md': doc({title: '条款', changes: '', extra: 'translates: [2026-02-02]\n', body: '## 1. 适用范围\n\n文本。\n'}),
    'site.yml': 'contact: legal@example.com\n'
  });

  // Settings.
  tell({
    [en('2026-04-02.md')]: doc({changes: ''}),
    'site.yml': 'contact: privacy at infermesh.io\nfooter: x\n',
    'privacy/document.yml': 'prevails: fr\n',
    'terms/en/2026-04-02.md': doc({changes: ''}),
    'terms/document.yml': 'formerly: /terms-of-service\n'
  });
  tell({'site.yml': '# nothing yet\nnames: Infer Mesh\n'});
  tell({'site.yml': 'contact: privacy@infermesh.io\nnames:\n  - [a]\n'});
  tell({
    [en('2026-04-02.md')]: doc({changes: '', body: '## 1. Scope\n\nText.\n'}),
    [en('2026-05-01.md')]: doc({body: '## 1. Scope\n\nNew text.\n'}),
    [en('2026-05-02.md')]: doc({extra: 'effective: 2072-01-15\n', body: '## 1. Scope\n\nLater text.\n'}),
    'privacy/zh/2026-05-03.md': doc({title: '隐私政策', changes: '', extra: 'translates: 2026-04-02\n', body: '## 1. 适用范围\n\n文本。We do not sell personal information.\n'})
  });
  const formerly = (...addresses: string[]) => `formerly:\n${addresses.map((address) => `  - "${address}"\n`).join('')}`;
  tell({
    [en('2026-04-02.md')]: doc({changes: ''}),
    'terms/en/2026-04-02.md': doc({changes: ''}),
    'privacy/document.yml': formerly('https://infermesh.io/privacy-policy', 'privacy-policy', '/privacy#top', '/privacy-policy/', '/Privacy', '/privacy policy')
  });
  tell({
    [en('2026-04-02.md')]: doc({changes: ''}),
    'terms/en/2026-04-02.md': doc({changes: ''}),
    'privacy/document.yml': formerly('/en/privacy-policy', '/legal', '/legal'),
    'terms/document.yml': formerly('/legal')
  });

  // Text: one hostile file per attack, links to the site, Chinese typography.
  for (const name of fs.readdirSync(hostile).filter((file) => file.endsWith('.md'))) {
    tell({[en('2026-05-01.md')]: fs.readFileSync(path.join(hostile, name), 'utf8')});
  }
  tell({
    [en('2026-04-02.md')]: doc({body: '## 1. Scope\n\n### 1.1 Details\n'}),
    'terms/en/2026-05-01.md': doc({
      body: '## 1. Terms\n\n[a](/en/privacy#section-3) [b](/en/cookies) [c](/en/privacy/versions/2026-01-01) [d](/en/privacy/compare/2026-01-01...2026-04-02) [e](/en/privacy/history) [f](/en/privacy/versions#section-1)\n'
    }),
    'privacy/zh/2026-05-01.md': doc({extra: 'translates: 2026-04-02\n', body: '## 1. 适用范围\n\n使用Infer Mesh的服务。\n\n### 1.1 详情\n'})
  });
  // References to sections, in the text and across languages.
  tell({
    [en('2026-04-02.md')]: doc({body: '## 1. Scope\n\nSee section 9 and [section 1](#section-2).\n\n## 2. Data\n\nSection 1 applies.\n'}),
    'privacy/zh/2026-04-02.md': doc({title: '隐私政策', extra: 'translates: 2026-04-02\n', body: '## 1. 适用范围\n\n参见第 9 节和[第 1 节](#section-2)。\n\n## 2. 数据\n\n第 2 节适用。\n'})
  });

  // Published versions, the lock file and the base branch.
  const published = () => {
    const root = contentTree({[en('2026-01-10.md')]: doc({changes: ''}), [en('2026-02-01.md')]: doc(), [en('2026-03-01.md')]: doc({body: '## 1. Scope\n\nThird.\n'})});
    lockTree(root, LATER);
    return root;
  };
  const edited = published();
  fs.appendFileSync(path.join(edited, en('2026-01-10.md')), 'Edited.\n');
  fs.rmSync(path.join(edited, en('2026-02-01.md')));
  fs.renameSync(path.join(edited, en('2026-03-01.md')), path.join(edited, en('2026-03-02.md')));
  fs.writeFileSync(path.join(edited, en('2026-04-01.md')), doc({body: '## 1. Scope\n\nFourth.\n'}));
  said.push(...messagesOf(edited));
  const withdrawn = published();
  const lock = JSON.parse(fs.readFileSync(path.join(withdrawn, LOCK_FILE), 'utf8')) as Lock;
  lock.versions['privacy/en/2026-03-01.md'].withdrawn = {date: LATER, reason: 'Misdated.'};
  fs.writeFileSync(path.join(withdrawn, LOCK_FILE), serializeLock(lock));
  said.push(...messagesOf(withdrawn));
  const unlocked = published();
  fs.rmSync(path.join(unlocked, LOCK_FILE));
  said.push(...messagesOf(unlocked));
  for (const text of ['{', '{"versions": {"privacy/en/2026-01-10.md": {"sha256": "xyz"}}}']) {
    const damaged = published();
    fs.writeFileSync(path.join(damaged, LOCK_FILE), text);
    said.push(...messagesOf(damaged));
  }
  // The lock file against the one on the base branch, in three pull requests.
  const top = contentTree({});
  const root = path.join(top, 'content');
  fs.cpSync(published(), root, {recursive: true});
  const git = (...args: string[]) => execFileSync('git', ['-C', top, ...args], {stdio: 'pipe'});
  const commit = () => git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-am', 'lock');
  const lockPath = path.join(root, LOCK_FILE);
  const amend = (change: (lock: Lock) => void) => {
    const next = JSON.parse(fs.readFileSync(lockPath, 'utf8')) as Lock;
    change(next);
    fs.writeFileSync(lockPath, serializeLock(next));
  };
  fs.writeFileSync(path.join(root, 'privacy/document.yml'), 'formerly:\n  - /privacy-policy\n');
  git('init', '-q', '-b', 'main');
  git('add', '.');
  commit();
  fs.rmSync(path.join(root, 'privacy/document.yml'));
  amend((lock) => {
    delete lock.versions['privacy/en/2026-01-10.md'];
    lock.versions['privacy/en/2026-02-01.md'].sha256 = '0'.repeat(64);
    lock.versions['privacy/en/2026-03-01.md'].corrections = [{date: LATER, reason: 'R.', previous: '1'.repeat(64)}];
    lock.versions['privacy/en/2026-03-01.md'].withdrawn = {date: LATER, reason: 'R.'};
  });
  const main = {ref: 'main'};
  said.push(...messagesOf(root, LATER, main));
  commit();
  amend((lock) => delete lock.versions['privacy/en/2026-03-01.md'].corrections);
  said.push(...messagesOf(root, LATER, main));
  amend((lock) => delete lock.versions['privacy/en/2026-03-01.md'].withdrawn);
  said.push(...messagesOf(root, LATER, main));
  said.push(...messagesOf(root, LATER, {ref: 'origin/nothing'}));
  const PATH = process.env.PATH;
  process.env.PATH = '';
  try {
    said.push(...messagesOf(root, LATER, main));
  } finally {
    process.env.PATH = PATH;
  }
  // Main moves on: a version merged and recorded, then one merged and not yet recorded.
  git('checkout', '-q', '--', '.');
  git('branch', 'behind');
  fs.writeFileSync(path.join(root, en('2026-05-01.md')), doc({body: '## 1. Scope\n\nFifth.\n'}));
  lockTree(root, LATER);
  git('add', '.');
  commit();
  fs.writeFileSync(path.join(root, en('2026-06-01.md')), doc({body: '## 1. Scope\n\nSixth.\n'}));
  git('add', '.');
  commit();
  git('checkout', '-q', 'behind');
  said.push(...messagesOf(root, LATER, main));
  // A pull request edits the version not yet recorded, and withdraws a draft it recorded itself.
  git('checkout', '-q', '-b', 'edit', 'main');
  fs.appendFileSync(path.join(root, en('2026-06-01.md')), 'Edited after the merge.\n');
  amend((lock) => {
    lock.versions['privacy/en/2026-07-01.md'] = {sha256: '2'.repeat(64), withdrawn: {date: LATER, reason: 'R.'}};
  });
  said.push(...messagesOf(root, LATER, main));

  // Translations.
  const zh = (extra: string, body = '## 1. 适用范围\n\n文本。\n') => doc({title: '隐私政策', extra, body});
  tell({
    [en('2026-04-02.md')]: doc({extra: 'effective: 2026-05-15\n', body: '## 1. Scope\n\nWrite to [us](mailto:a@example.com).\n\n## 2. Data\n'}),
    'privacy/zh/2026-04-10.md': zh('translates: 2026-04-02\n', '## 1. 适用范围\n\n请发送邮件至 [我们](mailto:b@example.com)。\n\n## 3. 其他\n'),
    'terms/en/2026-04-02.md': doc(),
    'terms/zh/2026-04-10.md': zh('translates: 2026-04-03\n'),
    'cookies/en/2026-04-02.md': doc(),
    'cookies/zh/2026-04-10.md': zh('')
  });
  // An announced translation that would be wrong on the day it applies, with the English or after it.
  for (const effective of ['2027-01-15', '2027-01-20']) {
    tell({
      [en('2026-04-02.md')]: doc({body: '## 1. Scope\n\nWrite to [us](mailto:a@example.com).\n'}),
      [en('2026-12-01.md')]: doc({extra: 'effective: 2027-01-15\n', body: '## 1. Scope\n\nWrite to [us](mailto:a@example.com) or call.\n'}),
      'privacy/zh/2026-12-01.md': zh(`translates: 2026-12-01\neffective: ${effective}\n`, '## 1. 适用范围\n\n请发送邮件至 [我们](mailto:b@example.com)。\n')
    });
  }
  return [...new Set(said)];
}

describe('the legal team’s guide', () => {
  const rows = documented();
  const said = mistakes();

  it('has a table of messages', () => {
    expect(rows.length).toBeGreaterThan(80);
  });

  it('explains every message the checks give', () => {
    expect(said.filter((message) => !rows.some((row) => pattern(row).test(message)))).toEqual([]);
  });

  // The last resort of the nesting checks, for text nested in a way the two checks before it miss:
  // no known text reaches it (tests/unit/content/markdown.test.ts reaches it by a parsed tree).
  const lastResort = ['the text is nested too deeply to be read (lists, quotes or emphasis inside each other): use fewer levels'];

  it('explains no message the checks no longer give', () => {
    expect(rows.filter((row) => !lastResort.includes(row) && !said.some((message) => pattern(row).test(message)))).toEqual([]);
  });
});
