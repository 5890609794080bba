// The command-line tools, run as the legal team runs them: exit codes and exact output.
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {readContent} from '@/lib/content/load';
import {CHANGE_PLACEHOLDER} from '@/lib/model';
import {LOCK_FILE} from '@/lib/content/lock';
import {contentTree, doc, draftTree, lockTree, runScript} from '../helpers';

const day = '2026-06-15';
// Each run starts Node and tsx: a second or two, far more on a busy machine.
const slow = {timeout: 120_000};
const SUMMARY = /^content:check: \d+ valid versions?, \d+ errors?, \d+ warnings? \(\d+\.\d\d s\)$/;

const en = (name: string) => `privacy/en/${name}`;
const tree = () =>
  contentTree({
    [en('2026-01-10.md')]: doc({body: '## 1. Scope\n\nFirst.\n'}),
    [en('2026-02-01.md')]: doc({body: '## 1. Scope\n\nSecond.\n'}),
    [en('2026-03-01.md')]: doc({body: '## 1. Scope\n\nThird.\n'}),
    'privacy/zh/2026-03-17.md': doc({title: '隐私政策', extra: 'translates: 2026-03-01\n', body: '## 1. 适用范围\n\n第三版。\n'})
  });
const run = (name: string, args: string[], root: string, env: Record<string, string> = {}) =>
  runScript(name, args, {CONTENT_DIR: root, LEGAL_TODAY: day, ...env});
const lines = (text: string) => text.trimEnd().split('\n');

describe('npm run content:check', () => {
  it('refuses every kind of mistake with its file, line and message, and exits 1', slow, () => {
    const root = tree();
    const locked = run('lock-content', ['--init'], root);
    expect(locked.status).toBe(0);
    const write = (name: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(root, name)), {recursive: true});
      fs.writeFileSync(path.join(root, name), text);
    };
    fs.appendFileSync(path.join(root, en('2026-01-10.md')), 'Edited after publication.\n');
    fs.rmSync(path.join(root, en('2026-02-01.md')));
    fs.renameSync(path.join(root, en('2026-03-01.md')), path.join(root, en('2026-03-02.md')));
    write(en('2026-02-30.md'), doc());
    write('privacy/fr/2026-05-01.md', doc());
    write(en('2026-05-01.md'), '---\ndescription: A description long enough for search engines to show.\n---\n\nText\n');
    const body = [
      '## 1. Scope', // line 8
      '<b>bold</b>', // 9
      '[x](javascript:alert(1)) [here](#section-9)', // 10
      '## 1. Scope' // 11
    ].join('\n');
    write(en('2026-04-01.md'), doc({extra: `summary: "TODO: say in one line what changed in this version"\neffective: 2026-03-31\n`, body}));
    write(en('2026-07-01.md'), doc({body: '## 1. Scope\n\n## 2. Data\n\nSee [there](/en/privacy#section-7).\n'}));

    const {status, stdout} = run('check-content', [], root);
    expect(status).toBe(1);
    const output = lines(stdout);
    expect(output.slice(0, -2)).toEqual([
      'content/privacy/en/2026-01-10.md:1: this published version was changed: published versions are permanent. Undo the change and add a new version instead (npm run policy:new -- privacy en); only a typo may be corrected, see "Corrections" in content/README.md',
      'content/privacy/en/2026-02-01.md:1: this published version was deleted: restore it; published versions are permanent (to replace it, add a new version: npm run policy:new -- privacy en)',
      'content/privacy/en/2026-02-30.md:1: file name "2026-02-30.md" is not a real date: name versions YYYY-MM-DD.md (2026-02-30 is no day of the calendar)',
      'content/privacy/en/2026-03-02.md:1: this is the published version privacy/en/2026-03-01.md, renamed: give it back its name; published versions are permanent',
      'content/privacy/en/2026-04-01.md:1: warning: new version, not yet recorded in versions.lock.json: it is recorded when merged (npm run content:lock)',
      'content/privacy/en/2026-04-01.md:4: front matter: "summary" still has the placeholder: say in one line what changed in this version',
      'content/privacy/en/2026-04-01.md:9: raw HTML is not allowed; write it in Markdown',
      'content/privacy/en/2026-04-01.md:10: link "javascript:alert(1)" is not allowed: use https:, http:, mailto:, a site path or a #section',
      'content/privacy/en/2026-04-01.md:10: link "#section-9" points to no heading in this file',
      'content/privacy/en/2026-04-01.md:11: heading "1. Scope" appears twice (first on line 8)',
      'content/privacy/en/2026-05-01.md:1: warning: new version, not yet recorded in versions.lock.json: it is recorded when merged (npm run content:lock)',
      'content/privacy/en/2026-05-01.md:2: front matter: "title" is required',
      'content/privacy/en/2026-07-01.md:1: the file is dated 2026-07-01, after today (2026-06-15): date it today, the day its text is published, and give the day it applies in "effective: 2026-07-01"',
      'content/privacy/en/2026-07-01.md:10: link "/en/privacy#section-7" points to no heading in en/2026-03-02.md',
      'content/privacy/en/2026-07-01.md:10: link "/en/privacy#section-7" points to no heading in en/2026-07-01.md',
      'content/privacy/fr:1: "fr" is not a language of the site (en, zh)',
      // The renamed English version is gone under its name, and so is what the translation follows.
      'content/privacy/zh/2026-03-17.md:4: "translates": there is no English version of 2026-03-01 (2026-07-01, 2026-03-02, 2026-01-10)',
      // Where each translation stands, section by section, now and from each announced date.
      'Translations (sections: up to date / English changed since / not translated)',
      '  privacy  en  in force         2026-03-02.md                                              1 section',
      '  privacy  en  from 2026-07-01  2026-07-01.md                                              2 sections',
      '  privacy  zh  in force         2026-03-17.md  follows en/2026-03-01.md (no such version)  ? / ? / 0',
      '  privacy  zh  from 2026-07-01  2026-03-17.md  follows en/2026-03-01.md (no such version)  ? / ? / 1'
    ]);
    expect(output.at(-2)).toMatch(SUMMARY);
    expect(output.at(-2)).toContain(' 15 errors, 2 warnings ');
    expect(output.at(-1)).toBe('Fix each error above (content/README.md explains every message), then run npm run content:check again.');
  });

  it('lets an urgent version apply before an announced one, with a warning, and refuses a link to no page', slow, () => {
    const root = draftTree({
      [en('2026-01-10.md')]: doc({extra: 'effective: 2026-02-20\n', body: '## 1. Scope\n\nAnnounced.\n'}),
      [en('2026-01-20.md')]: doc({body: '## 1. Scope\n\nSee [cookies](/en/cookies).\n'}),
      [en('2026-01-25.md')]: doc({extra: 'effective: 2026-01-24\n'})
    });
    const {status, stdout} = run('check-content', [], root, {LEGAL_TODAY: '2026-01-31'});
    expect(status).toBe(1);
    expect(lines(stdout).slice(0, -2).filter((line) => !line.includes('not yet recorded'))).toEqual([
      'content/privacy/en/2026-01-10.md:4: warning: this version applies from 2026-02-20 but was written before en/2026-01-25.md, which applies sooner (2026-01-24): it does not contain that version\'s changes, and on 2026-02-20 they would be undone (the comparison of the two shows them as removed). Publish a version with both, applying on 2026-02-20: npm run policy:new -- privacy en --effective 2026-02-20',
      'content/privacy/en/2026-01-10.md:4: warning: this version applies from 2026-02-20 but was written before en/2026-01-20.md, which applies sooner (2026-01-20): it does not contain that version\'s changes, and on 2026-02-20 they would be undone (the comparison of the two shows them as removed). Publish a version with both, applying on 2026-02-20: npm run policy:new -- privacy en --effective 2026-02-20',
      'content/privacy/en/2026-01-20.md:8: link "/en/cookies" points to no document: there is no en version of "cookies"',
      'content/privacy/en/2026-01-25.md:4: front matter: "effective" (2026-01-24) is before the version\'s date (2026-01-25)'
    ]);
  });

  it('exits 0 with warnings only, and annotates the pull request on GitHub', slow, () => {
    const root = contentTree({[en('2026-07-01.md')]: doc({body: '## 1. Scope\n\n## 2. Data\n'}), 'privacy/zh/2026-07-01.md': doc({title: '隐私政策', extra: 'translates: 2026-07-01\n'})});
    lockTree(root, '2026-07-05');
    const {status, stdout} = run('check-content', [], root, {GITHUB_ACTIONS: 'true', LEGAL_TODAY: '2026-07-05'});
    expect(status).toBe(0);
    expect(lines(stdout).slice(0, 2)).toEqual([
      'content/privacy/zh/2026-07-01.md:1: warning: no section 2, which en/2026-07-01.md has',
      '::warning file=content/privacy/zh/2026-07-01.md,line=1::no section 2, which en/2026-07-01.md has'
    ]);
    expect(lines(stdout).at(-1)).toMatch(SUMMARY);
  });

  it('passes the shipped content', slow, () => {
    const {status, stdout} = runScript('check-content', [], {});
    expect(status).toBe(0);
    // A version added on a branch is recorded once merged: until then it says so, and nothing more.
    const recorded = lines(stdout).filter((line) => !line.includes(': warning: new version, not yet recorded'));
    expect(recorded).toEqual([
      'Translations (sections: up to date / English changed since / not translated)',
      '  privacy  en  in force  2026-04-02.md                            14 sections',
      '  privacy  zh  in force  2026-12-07.md  follows en/2026-04-02.md  14 / 0 / 0',
      expect.stringMatching(/^content:check: 3 valid versions, 0 errors, \d+ warnings? /)
    ]);
    expect(lines(stdout).length - recorded.length).toBe(Number(/(\d+) warnings?/.exec(recorded.at(-1)!)![1]));
  });
});

describe('npm run content:lock', () => {
  it('records every published version, an announced upcoming one too, never changes a recorded one, and needs --init for a new lock file', slow, () => {
    const root = tree();
    fs.writeFileSync(path.join(root, en('2026-06-10.md')), doc({extra: 'effective: 2026-07-20\n'}));
    const refused = run('lock-content', [], root);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toBe(`content/${LOCK_FILE} is missing: restore it from the main branch. Only for a new content folder: npm run content:lock -- --init\n`);
    const first = run('lock-content', ['--init'], root);
    expect(lines(first.stdout)).toEqual([
      `Recorded 5 published versions in content/${LOCK_FILE}:`,
      '  privacy/en/2026-01-10.md',
      '  privacy/en/2026-02-01.md',
      '  privacy/en/2026-03-01.md',
      '  privacy/en/2026-06-10.md',
      '  privacy/zh/2026-03-17.md',
      `Commit content/${LOCK_FILE}. From now on these files can only be corrected (npm run content:correct).`
    ]);
    const recorded = fs.readFileSync(path.join(root, LOCK_FILE), 'utf8');
    expect(run('lock-content', [], root).stdout).toBe(`Nothing to record: every version published by ${day} is in content/${LOCK_FILE}.\n`);
    fs.appendFileSync(path.join(root, en('2026-01-10.md')), 'Edited.\n');
    const edited = run('lock-content', [], root);
    expect(edited.status).toBe(1);
    expect(lines(edited.stderr).at(-1)).toBe('Nothing recorded: fix the errors above first (npm run content:check).');
    expect(fs.readFileSync(path.join(root, LOCK_FILE), 'utf8')).toBe(recorded);
  });
});

/** Commits the content folder on main, as it is in a checkout of the site; the edits come after. */
function commit(root: string) {
  const git = (...args: string[]) => execFileSync('git', ['-C', root, ...args], {stdio: 'pipe'});
  if (!fs.existsSync(path.join(root, '.git'))) git('init', '-q', '-b', 'main');
  git('add', '.');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'content');
}

describe('npm run content:lock, outside main', () => {
  it('refuses on a branch or another commit, and says why; records on main and on a detached checkout of it', slow, () => {
    const root = tree();
    run('lock-content', ['--init'], root);
    const git = (...args: string[]) => execFileSync('git', ['-C', root, '-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {stdio: 'pipe'});
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-q', '-m', 'content');
    git('checkout', '-q', '-b', 'privacy-2026-06');
    fs.writeFileSync(path.join(root, en('2026-06-10.md')), doc({body: '## 1. Scope\n\nA draft.\n'}));
    const lock = fs.readFileSync(path.join(root, LOCK_FILE), 'utf8');
    const refused = run('lock-content', [], root);
    expect(refused.status).toBe(1);
    expect(lines(refused.stderr)).toEqual([
      'Nothing recorded: this is the branch "privacy-2026-06", not main.',
      'Versions are recorded on main after the merge (CI runs npm run content:lock there). Recorded on a branch, a draft would count as published before it is approved, and every later edit of it would be refused as "this published version was changed".',
      'Commit your new version without recording it: the warning "new version, not yet recorded" is expected.'
    ]);
    expect(fs.readFileSync(path.join(root, LOCK_FILE), 'utf8')).toBe(lock);
    git('add', '.');
    git('commit', '-q', '-m', 'draft');
    git('checkout', '-q', '--detach', 'HEAD');
    expect(lines(run('lock-content', [], root).stderr)[0]).toBe('Nothing recorded: this checkout is another commit, not main.');
    // CI checks main out at its commit, detached or on the branch: there the merged version is recorded.
    git('checkout', '-q', 'main');
    git('merge', '-q', '--ff-only', 'privacy-2026-06');
    git('checkout', '-q', '--detach', 'main');
    expect(lines(run('lock-content', [], root).stdout)[0]).toBe(`Recorded 1 published version in content/${LOCK_FILE}:`);
  });
});

describe('npm run content:withdraw', () => {
  const withdraw = (root: string, name: string) => run('withdraw-content', [path.join(root, name), '--reason', 'Misdated.'], root);

  it('refuses to leave a language without a version in force, naming what must replace it first', slow, () => {
    const root = contentTree({
      [en('2026-01-10.md')]: doc({body: '## 1. Scope\n\nFirst.\n'}),
      [en('2026-06-01.md')]: doc({extra: 'effective: 2026-07-20\n', body: '## 1. Scope\n\nAnnounced.\n'}),
      'privacy/zh/2026-01-10.md': doc({title: '隐私政策', body: '## 1. 适用范围\n\n第一版。\n'})
    });
    lockTree(root, day);
    const lock = fs.readFileSync(path.join(root, LOCK_FILE), 'utf8');
    const only = withdraw(root, 'privacy/zh/2026-01-10.md');
    expect(only.status).toBe(1);
    expect(only.stderr).toBe(
      'Nothing withdrawn from content/privacy/zh/2026-01-10.md: without it no zh version of "privacy" would be left: /zh/privacy, its history and versions.json would disappear, and nothing would say why. To replace it, publish the version that replaces it first (npm run policy:new -- privacy zh, applying today), and withdraw this one once that is merged.\n'
    );
    const inForce = withdraw(root, en('2026-01-10.md'));
    expect(inForce.status).toBe(1);
    expect(inForce.stderr).toBe(
      'Nothing withdrawn from content/privacy/en/2026-01-10.md: without it no en version of "privacy" would apply today (2026-06-15): the next, en/2026-06-01.md, applies only from 2026-07-20. To replace it, publish the version that replaces it first (npm run policy:new -- privacy en, applying today), and withdraw this one once that is merged.\n'
    );
    expect(fs.readFileSync(path.join(root, LOCK_FILE), 'utf8')).toBe(lock);
    expect(fs.existsSync(path.join(root, 'privacy/zh/2026-01-10.md'))).toBe(true);
    // Once it applies, the later version replaces the earlier one.
    const later = run('withdraw-content', [path.join(root, en('2026-01-10.md')), '--reason', 'Misdated.'], root, {LEGAL_TODAY: '2026-07-20'});
    expect(later.status).toBe(0);
    expect(lines(later.stdout)[0]).toBe(`Withdrew content/${en('2026-01-10.md')}: the file is removed, and content/${LOCK_FILE} records it.`);
  });
});

describe('npm run content:check against the base branch', () => {
  it('refuses to skip the comparison unless told to, in a checkout without main', slow, () => {
    const root = tree();
    lockTree(root, day);
    const git = (...args: string[]) => execFileSync('git', ['-C', root, '-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {stdio: 'pipe'});
    git('init', '-q', '-b', 'privacy-2026-06');
    git('add', '.');
    git('commit', '-q', '-m', 'content');
    const missing = run('check-content', [], root, {CONTENT_BASE: ''});
    expect(missing.status).toBe(1);
    expect(lines(missing.stdout)[0]).toBe(
      `content/${LOCK_FILE}:1: cannot find main, the base branch to compare the lock file with, in this checkout: fetch it (git fetch origin main:main) or name the base branch in CONTENT_BASE. The comparison protects the published versions; only a build of content that CI has already checked may skip it, with CONTENT_BASE=none`
    );
    const skipped = run('check-content', [], root, {CONTENT_BASE: 'none'});
    expect(skipped.status).toBe(0);
    expect(lines(skipped.stdout).at(-2)).toBe('content:check: not compared with the base branch (CONTENT_BASE=none): published versions are protected only by the lock file here.');
  });
});

describe('npm run content:correct', () => {
  // CONTENT_BASE of the environment (CI) names no branch of these repositories.
  const correct = (file: string, reason: string, root: string) => run('correct-content', [file, '--reason', reason], root, {CONTENT_BASE: ''});
  const NEW_VERSION = 'Anything more is a change readers must be told about: undo the edit (restore the file from main) and publish a new version: npm run policy:new -- privacy en';
  const LIMITS = 'A correction changes at most 3 words in one place and 6 in all, in at most 3 places, and no number, date, period, e-mail address, web address or link.';

  it('needs a reason and a real change, then records it with its words and the page shows it', slow, () => {
    const root = tree();
    run('lock-content', ['--init'], root);
    commit(root);
    const file = path.join(root, en('2026-01-10.md'));
    const shown = `${path.relative(process.cwd(), root)}/${en('2026-01-10.md')}`;
    expect(run('correct-content', [file], root).stderr).toMatch(/^A correction needs a reason, shown on the page/);
    const unchanged = correct(file, 'Typo', root);
    expect(unchanged.status).toBe(1);
    expect(unchanged.stderr).toBe(`content/${en('2026-01-10.md')} is unchanged: fix the typo in the file first, then record the correction.\n`);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('First.', 'First!'));
    const done = correct(shown, 'Corrected the punctuation of section 1.', root);
    expect(done.status).toBe(0);
    expect(lines(done.stdout)).toEqual([
      `Recorded the correction of content/${en('2026-01-10.md')} in content/${LOCK_FILE}.`,
      `Its page now says: Corrected on ${day}: Corrected the punctuation of section 1.`,
      '  "First." → "First!"',
      'Commit both files; the pull request shows the exact change for review.'
    ]);
    const {issues, versions} = readContent(root, day);
    expect(issues).toEqual([]);
    expect(versions[0].corrections).toEqual([
      {date: day, reason: 'Corrected the punctuation of section 1.', previous: expect.stringMatching(/^[0-9a-f]{64}$/), edits: [{before: 'First.', after: 'First!'}]}
    ]);
  });

  it('refuses a change of substance, a number, an e-mail address or a link, quoting the words, and records nothing', slow, () => {
    const root = contentTree({
      [en('2026-01-10.md')]: doc({
        body: '## 1. Scope\n\nWe keep logs for a reasonable archival period and answer within 30 days.\n\nWrite to [us](mailto:privacy@example.com) or see [our site](https://example.com/a).\n'
      })
    });
    lockTree(root, day);
    commit(root);
    const file = path.join(root, en('2026-01-10.md'));
    const recorded = fs.readFileSync(file, 'utf8');
    const lock = fs.readFileSync(path.join(root, LOCK_FILE), 'utf8');
    const attempt = (from: string, to: string) => {
      fs.writeFileSync(file, recorded.replace(from, to));
      const result = correct(file, 'Fixed a typo', root);
      expect(result.status).toBe(1);
      expect(fs.readFileSync(path.join(root, LOCK_FILE), 'utf8')).toBe(lock);
      return lines(result.stderr);
    };
    expect(attempt('a reasonable archival period', 'ten years')).toEqual([
      `No correction recorded: the edit of content/${en('2026-01-10.md')} is more than a typo:`,
      '  - 4 words changed in one place (at most 3): "a reasonable archival period" → "ten years"',
      '  - a number, date or period changed: "a reasonable archival period" → "ten years"',
      LIMITS,
      NEW_VERSION
    ]);
    expect(attempt('30 days', '60 days').slice(1, -2)).toEqual(['  - a number, date or period changed: "30" → "60"']);
    expect(attempt('privacy@example.com', 'legal@example.com').slice(1, -2)).toEqual(['  - an e-mail address changed: "privacy@example.com" → "legal@example.com"']);
    expect(attempt('example.com/a', 'example.com/b').slice(1, -2)).toEqual(['  - a link changed: "https://example.com/a" → "https://example.com/b"']);
    expect(attempt('keep logs for a reasonable archival period and answer', 'kept logs for the reasonable archival periods and answers').slice(1, -2)).toEqual([
      '  - "keep" is turned into "kept", another word, not its spelling: "keep" → "kept"',
      '  - "a" is turned into "the", another word, not its spelling: "a" → "the"',
      '  - "period" is turned into "periods", another word, not its spelling: "period" → "periods"',
      '  - "answer" is turned into "answers", another word, not its spelling: "answer" → "answers"',
      '  - the text changed in 4 places (at most 3): "keep" → "kept", "a" → "the", "period" → "periods", "answer" → "answers"'
    ]);
  });

  it('refuses when the text recorded in the lock file is not the one committed in git', slow, () => {
    const root = tree();
    run('lock-content', ['--init'], root);
    const file = path.join(root, en('2026-01-10.md'));
    const reason = 'Corrected the punctuation of section 1.';
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('First.', 'First!'));
    const outside = correct(file, reason, root);
    expect(outside.status).toBe(1);
    expect(outside.stderr).toBe(
      `No correction recorded: cannot find the recorded text of content/${en('2026-01-10.md')} in git (this folder is not in a git repository), to compare your edit with: run this in the repository, on a branch of main.\n`
    );
    // Committed with the edit, the recorded text is nowhere in git.
    commit(root);
    const committed = correct(file, reason, root);
    expect(committed.status).toBe(1);
    expect(committed.stderr).toBe(
      `No correction recorded: cannot find the recorded text of content/${en('2026-01-10.md')} in git (the text recorded in ${LOCK_FILE} is not the file as committed on HEAD, main or origin/main), to compare your edit with: run this in the repository, on a branch of main.\n`
    );
  });

  it('waits for the record of a version merged but not yet recorded, rather than calling it a draft', slow, () => {
    const root = tree();
    run('lock-content', ['--init'], root);
    commit(root);
    const file = path.join(root, en('2026-06-01.md'));
    fs.writeFileSync(file, doc({body: '## 1. Scope\n\nFourth.\n'}));
    commit(root);
    execFileSync('git', ['-C', root, 'checkout', '-q', '-b', 'typo'], {stdio: 'pipe'});
    fs.writeFileSync(file, doc({body: '## 1. Scope\n\nFourth!\n'}));
    const result = correct(file, 'Typo', root);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      `content/${en('2026-06-01.md')} is published on main but not yet recorded in ${LOCK_FILE}: the job that runs after each merge records it within minutes. Once it has, update your branch (git pull origin main) and run this again.\n`
    );
  });

  it('refuses a version that is not published yet', slow, () => {
    const root = tree();
    run('lock-content', ['--init'], root);
    fs.writeFileSync(path.join(root, en('2026-07-01.md')), doc());
    const {status, stderr} = run('correct-content', [path.join(root, en('2026-07-01.md')), '--reason', 'Typo'], root);
    expect(status).toBe(1);
    expect(stderr).toBe(`content/${en('2026-07-01.md')} is not a recorded published version: until it is recorded, edit it freely, no correction needed.\n`);
  });
});

describe('npm run policy:new', () => {
  it('dates the file today, sets "effective", scaffolds "changes" and says how to preview it', slow, () => {
    const root = tree();
    const {status, stdout} = run('new-version', ['privacy', 'en', '--effective', '2026-07-20'], root);
    expect(status).toBe(0);
    const created = fs.readFileSync(path.join(root, en('2026-06-15.md')), 'utf8');
    expect(created.split('\n').filter((line) => !line.startsWith('  #'))).toEqual([
      '---',
      'title: Privacy Policy',
      'description: A description long enough for search engines to show in their results.',
      'effective: 2026-07-20',
      'changes:',
      '  - section: all',
      '    kind: editorial',
      `    summary: '${CHANGE_PLACEHOLDER}'`,
      '---',
      '## 1. Scope',
      '',
      'Third.',
      ''
    ]);
    expect(created).toContain('  #   kind: material');
    expect(lines(stdout)).toEqual([
      `Created content/${en('2026-06-15.md')}, a copy of 2026-03-01.md, the version in force.`,
      'It is published on 2026-06-15 (the file\'s date) and applies from 2026-07-20 ("effective").',
      'Next:',
      '  1. Edit the text, and list what changed under "changes" (one entry per section; the placeholder must go).',
      '  2. Check "effective" (with a material change: 2026-07-15 or later, or "notice" with the legal reason it applies at once).',
      '  3. Preview: npm run dev, then open http://localhost:3000/en/privacy/versions/2026-06-15 (the first page can take up to 40 s to appear while it is prepared).',
      '     To see the whole site as it will be on 2026-07-20: LEGAL_TODAY=2026-07-20 npm run dev, then open http://localhost:3000/en/privacy',
      '  4. Check: npm run content:check (it must end with "0 errors").',
      '  5. Update the translation too: npm run policy:new -- privacy zh.',
      '  6. Commit on a branch and open a pull request; content/README.md explains each step.'
    ]);
    // The placeholder is refused until it says what changed.
    expect(readContent(root, day).issues.map((issue) => issue.message)).toContain(
      'front matter: "summary" of a change still has the placeholder: say in one sentence what changed and why it matters to a reader'
    );
    const again = run('new-version', ['privacy', 'en'], root);
    expect(again.status).toBe(1);
    expect(again.stderr).toBe(`content/${en('2026-06-15.md')} already exists and is not published yet: edit it (it is your draft of this version).\n`);
    expect(run('new-version', ['privacy', 'en', '--date', '2026-07-01'], root).stderr).toBe(
      '--date 2026-07-01 is after today: date the file today (2026-06-15), the day its text is published, and give the day it applies with --effective 2026-07-01.\n'
    );
    expect(run('new-version', ['cookies', 'en'], root).stderr).toBe('There is no valid en version of "cookies" to start from (documents: privacy).\n');
    expect(run('new-version', ['privacy', 'zh'], root).stderr).toBe(
      `content/${en('2026-06-15.md')} has mistakes: finish the English version first (npm run content:check names them), then start its translation.\n`
    );
  });

  it('treats a version merged on main as published before the lock file records it: the next one of the day takes "-2"', slow, () => {
    const root = tree();
    run('lock-content', ['--init'], root);
    fs.writeFileSync(path.join(root, en('2026-06-15.md')), doc({body: '## 1. Scope\n\nMerged this morning.\n'}));
    commit(root);
    const git = (...args: string[]) => execFileSync('git', ['-C', root, ...args], {stdio: 'pipe'});
    git('checkout', '-q', '-b', 'urgent');
    const {status, stdout} = run('new-version', ['privacy', 'en'], root);
    expect(status).toBe(0);
    expect(lines(stdout)[0]).toBe(`Created content/${en('2026-06-15-2.md')}, a copy of 2026-06-15.md, the version in force.`);
    // Without the base, the same file is a draft of this branch, to be edited.
    fs.rmSync(path.join(root, en('2026-06-15-2.md')));
    const draft = run('new-version', ['privacy', 'en'], root, {CONTENT_BASE: 'none'});
    expect(draft.status).toBe(1);
    expect(draft.stderr).toContain('already exists and is not published yet: edit it');
  });

  it('starts a translation with the dates of the English version it follows, not today', slow, () => {
    const root = tree();
    const upcoming = doc({extra: 'effective: 2026-07-20\n', body: '## 1. Scope\n\nFourth.\n'});
    fs.writeFileSync(path.join(root, en('2026-06-10.md')), upcoming);
    const {status, stdout} = run('new-version', ['privacy', 'zh'], root);
    expect(status).toBe(0);
    const created = fs.readFileSync(path.join(root, 'privacy/zh/2026-06-15.md'), 'utf8');
    expect(created).toContain('\ntranslates: 2026-06-10\neffective: 2026-07-20\n');
    expect(lines(stdout).slice(0, 3)).toEqual([
      'Created content/privacy/zh/2026-06-15.md, a copy of 2026-03-17.md, the version in force.',
      'It is published on 2026-06-15 (the file\'s date) and applies from 2026-07-20 ("effective").',
      'It translates the English version of 2026-06-10 ("translates"), which applies from 2026-07-20.'
    ]);
  });

  it('guides an urgent change on the day a change was announced, and carries it into the announced version, in one pull request', slow, () => {
    const policy = (five: string, eleven: string) => `## 1. Scope\n\nText.\n\n## 5. Retention\n\n${five}\n\n## 11. Contact\n\nWrite to [${eleven}](mailto:${eleven}).\n`;
    const zhPolicy = (five: string, eleven: string) => `## 1. 适用范围\n\n文本。\n\n## 5. 保存\n\n${five}\n\n## 11. 联系我们\n\n请发送邮件至 [${eleven}](mailto:${eleven})。\n`;
    const material = (section: string, summary: string) => `changes:\n  - section: '${section}'\n    kind: material\n    summary: ${summary}`;
    // On main: the policy in force, and a material change announced today for 2026-07-20, both recorded.
    const root = contentTree({
      [en('2026-03-01.md')]: doc({changes: '', body: policy('Kept for a reasonable period.', 'privacy@example.com')}),
      'privacy/zh/2026-03-01.md': doc({title: '隐私政策', changes: '', extra: 'translates: 2026-03-01\n', body: zhPolicy('在合理期限内保存。', 'privacy@example.com')}),
      [en('2026-06-15.md')]: doc({extra: 'effective: 2026-07-20\n', changes: material('5', 'Kept for ten years.'), body: policy('Kept for ten years.', 'privacy@example.com')}),
      'privacy/zh/2026-06-15.md': doc({title: '隐私政策', extra: 'translates: 2026-06-15\neffective: 2026-07-20\n', changes: material('5', '保存十年。'), body: zhPolicy('保存十年。', 'privacy@example.com')})
    });
    lockTree(root, day);
    commit(root);
    // The same day, a regulator orders a new contact address at once.
    const urgent = run('new-version', ['privacy', 'en'], root);
    expect(urgent.status).toBe(0);
    expect(lines(urgent.stdout).slice(0, 3)).toEqual([
      `Created content/${en('2026-06-15-2.md')}, a copy of 2026-03-01.md, the version in force.`,
      '  (2026-06-15.md was published today already: this version of the same day is named 2026-06-15-2.md.)',
      '  2026-06-15.md is announced for 2026-07-20 and does not contain this change: once this version is ready, carry it into the announced text: npm run policy:new -- privacy en --effective 2026-07-20'
    ]);
    const order = "notice: Required at once by the regulator's order of 15 June 2026.\n";
    fs.writeFileSync(path.join(root, en('2026-06-15-2.md')), doc({extra: order, changes: material('11', 'Write to our data protection officer.'), body: policy('Kept for a reasonable period.', 'dpo@example.com')}));
    const carried = run('new-version', ['privacy', 'en', '--effective', '2026-07-20'], root);
    expect(lines(carried.stdout).slice(0, 3)).toEqual([
      `Created content/${en('2026-06-15-3.md')}, a copy of 2026-06-15.md, the version announced for 2026-07-20.`,
      '  (2026-06-15.md was published today already: this version of the same day is named 2026-06-15-3.md.)',
      '  It carries the changes of 2026-06-15-2.md (section 11), written since and applying sooner: check them, and keep their entries in "changes".'
    ]);
    const combined = fs.readFileSync(path.join(root, en('2026-06-15-3.md')), 'utf8');
    expect(combined).toContain('Kept for ten years.');
    expect(combined).toContain('[dpo@example.com](mailto:dpo@example.com)');
    expect(combined).toContain("  - section: '11'\n    kind: material\n    summary: \"Write to our data protection officer.\"");
    fs.writeFileSync(path.join(root, en('2026-06-15-3.md')), combined.replace(/ {2}- section: all\n.*\n.*\n/, ''));
    // The Chinese follows the urgent English first, then the announced one, carrying the fix the same way.
    const zhUrgent = run('new-version', ['privacy', 'zh'], root);
    expect(lines(zhUrgent.stdout)[0]).toBe(
      'English versions without a translation yet: 2026-06-15-2.md (applies from 2026-06-15), 2026-06-15-3.md (applies from 2026-07-20); this one translates 2026-06-15-2.md, run the command again for the next.'
    );
    expect(lines(zhUrgent.stdout)[1]).toBe('Created content/privacy/zh/2026-06-15-2.md, a copy of 2026-03-01.md, the version in force.');
    const zhOrder = 'notice: 依据监管机构 2026 年 6 月 15 日的命令立即适用。\n';
    fs.writeFileSync(
      path.join(root, 'privacy/zh/2026-06-15-2.md'),
      doc({title: '隐私政策', extra: `translates: 2026-06-15-2\n${zhOrder}`, changes: material('11', '请联系我们的数据保护官。'), body: zhPolicy('在合理期限内保存。', 'dpo@example.com')})
    );
    const zhCarried = run('new-version', ['privacy', 'zh'], root);
    expect(lines(zhCarried.stdout)[0]).toBe('Created content/privacy/zh/2026-06-15-3.md, a copy of 2026-06-15.md, the version announced for 2026-07-20.');
    const zhCombined = fs.readFileSync(path.join(root, 'privacy/zh/2026-06-15-3.md'), 'utf8');
    expect(zhCombined).toContain('translates: 2026-06-15-3\neffective: 2026-07-20\n');
    fs.writeFileSync(path.join(root, 'privacy/zh/2026-06-15-3.md'), zhCombined.replace(/ {2}- section: all\n.*\n.*\n/, ''));
    // Everything checks; the announced versions are shown as replaced, never as applying.
    const {issues, catalog} = readContent(root, day);
    expect(issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    const announced = catalog.find('privacy', 'en', '2026-06-15')!;
    expect(catalog.status(announced, day)).toBe('replaced');
    expect(catalog.replacement(announced)?.date).toBe('2026-06-15-3');
    expect(catalog.inForce('privacy', 'en', day)?.date).toBe('2026-06-15-2');
    expect(catalog.upcoming('privacy', 'en', day).map((v) => v.date)).toEqual(['2026-06-15-3']);
  });

  it('starts the second translation of an urgent change when the first is still an untouched copy, instead of sending the author back to it', slow, () => {
    const policy = (eleven: string) => `## 1. Scope\n\nText.\n\n## 11. Contact\n\nWrite to [${eleven}](mailto:${eleven}).\n`;
    const zhPolicy = (eleven: string) => `## 1. 适用范围\n\n文本。\n\n## 11. 联系我们\n\n请发送邮件至 [${eleven}](mailto:${eleven})。\n`;
    const material = (section: string, summary: string) => `changes:\n  - section: '${section}'\n    kind: material\n    summary: ${summary}`;
    const root = contentTree({
      [en('2026-03-01.md')]: doc({changes: '', body: policy('privacy@example.com')}),
      'privacy/zh/2026-03-01.md': doc({title: '隐私政策', changes: '', extra: 'translates: 2026-03-01\n', body: zhPolicy('privacy@example.com')}),
      [en('2026-06-15.md')]: doc({extra: 'effective: 2026-07-20\n', changes: material('1', 'New scope.'), body: policy('privacy@example.com').replace('Text.', 'New text.')}),
      'privacy/zh/2026-06-15.md': doc({title: '隐私政策', extra: 'translates: 2026-06-15\neffective: 2026-07-20\n', changes: material('1', '新的适用范围。'), body: zhPolicy('privacy@example.com').replace('文本。', '新文本。')})
    });
    lockTree(root, day);
    commit(root);
    // The English urgent version and the announced one it is carried into, both written.
    const order = "notice: Required at once by the regulator's order of 15 June 2026.\n";
    fs.writeFileSync(path.join(root, en('2026-06-15-2.md')), doc({extra: order, changes: material('11', 'Write to our data protection officer.'), body: policy('dpo@example.com')}));
    fs.writeFileSync(
      path.join(root, en('2026-06-15-3.md')),
      doc({extra: 'effective: 2026-07-20\n', changes: `${material('1', 'New scope.')}\n  - section: '11'\n    kind: material\n    summary: Write to our data protection officer.`, body: policy('dpo@example.com').replace('Text.', 'New text.')})
    );
    // The guide's step: the Chinese command twice, one right after the other.
    const first = run('new-version', ['privacy', 'zh'], root);
    expect(first.status).toBe(0);
    expect(lines(first.stdout)[1]).toBe('Created content/privacy/zh/2026-06-15-2.md, a copy of 2026-03-01.md, the version in force.');
    expect(fs.readFileSync(path.join(root, 'privacy/zh/2026-06-15-2.md'), 'utf8')).toContain('translates: 2026-06-15-2\n');
    const second = run('new-version', ['privacy', 'zh'], root);
    expect(second.stderr).toBe('');
    expect(second.status).toBe(0);
    expect(lines(second.stdout).slice(0, 3)).toEqual([
      'Created content/privacy/zh/2026-06-15-3.md, a copy of 2026-06-15.md, the version announced for 2026-07-20.',
      '  (2026-06-15.md was published today already: this version of the same day is named 2026-06-15-3.md.)',
      '  2026-06-15-2.md, written today and applying sooner, is not finished (npm run content:check says why), so nothing of it is in this copy: finish it, then delete this file and run the command again to carry it over, or make its changes here by hand.'
    ]);
    expect(fs.readFileSync(path.join(root, 'privacy/zh/2026-06-15-3.md'), 'utf8')).toContain('translates: 2026-06-15-3\neffective: 2026-07-20\n');
    // A third time, both translations exist: the author is sent to the draft of the newest English.
    const third = run('new-version', ['privacy', 'zh'], root);
    expect(third.status).not.toBe(0);
  });
});
