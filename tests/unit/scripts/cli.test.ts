// The command-line tools, run as the legal team runs them: exit codes and exact output.
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {readContent} from '@/lib/content/load';
import {SUMMARY_PLACEHOLDER} from '@/lib/model';
import {LOCK_FILE} from '@/lib/content/lock';
import {contentTree, doc, runScript} from '../helpers';

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
    'privacy/zh/2026-03-17.md': doc({title: '隐私政策', body: '## 1. 适用范围\n\n第三版。\n'})
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
    write(en('2026-04-01.md'), doc({extra: `summary: "${SUMMARY_PLACEHOLDER}"\neffective: 2026-03-31\n`, body}));
    write(en('2026-07-01.md'), doc({body: '## 1. Scope\n\n## 2. Data\n\nSee [there](/en/privacy#section-7).\n'}));

    const {status, stdout} = run('check-content', [], root);
    expect(status).toBe(1);
    const output = lines(stdout);
    expect(output.slice(0, -2)).toEqual([
      'content/privacy/en/2026-01-10.md:1: this published version was changed: published versions are permanent. Undo the change and add a new version instead (npm run policy:new -- privacy en); only a typo may be corrected, see "Corrections" in content/README.md',
      'content/privacy/en/2026-02-01.md:1: this published version was deleted: restore it; published versions are permanent (to replace it, add a new version: npm run policy:new -- privacy en)',
      'content/privacy/en/2026-02-30.md:1: file name "2026-02-30.md" is not a real date: name versions YYYY-MM-DD.md (the day of the update)',
      'content/privacy/en/2026-03-02.md:1: this is the published version privacy/en/2026-03-01.md, renamed: give it back its name; published versions are permanent',
      'content/privacy/en/2026-04-01.md:1: warning: new version, not yet recorded in versions.lock.json: it is recorded when merged (npm run content:lock)',
      'content/privacy/en/2026-04-01.md:4: front matter: "summary" still has the placeholder: say in one line what changed in this version',
      'content/privacy/en/2026-04-01.md:9: raw HTML is not allowed; write it in Markdown',
      'content/privacy/en/2026-04-01.md:10: link "javascript:alert(1)" is not allowed: use https:, http:, mailto:, a site path or a #section',
      'content/privacy/en/2026-04-01.md:10: link "#section-9" points to no heading in this file',
      'content/privacy/en/2026-04-01.md:11: heading "1. Scope" appears twice (first on line 8)',
      'content/privacy/en/2026-05-01.md:1: warning: new version, not yet recorded in versions.lock.json: it is recorded when merged (npm run content:lock)',
      'content/privacy/en/2026-05-01.md:2: front matter: "title" is required',
      'content/privacy/en/2026-07-01.md:10: link "/en/privacy#section-7" points to no heading in en/2026-03-02.md',
      'content/privacy/en/2026-07-01.md:10: link "/en/privacy#section-7" points to no heading in en/2026-07-01.md',
      'content/privacy/fr:1: "fr" is not a language of the site (en, zh)',
      'content/privacy/zh/2026-03-17.md:1: warning: no section 2, which en/2026-07-01.md has'
    ]);
    expect(output.at(-2)).toMatch(SUMMARY);
    expect(output.at(-2)).toContain(' 13 errors, 3 warnings ');
    expect(output.at(-1)).toBe('Fix each error above (content/README.md explains every message), then run npm run content:check again.');
  });

  it('refuses an effective date going backwards and a link to a page that does not exist', slow, () => {
    const root = contentTree({
      [en('2026-01-10.md')]: doc({extra: 'effective: 2026-02-01\n'}),
      [en('2026-01-20.md')]: doc({extra: 'effective: 2026-01-19\n', body: '## 1. Scope\n\nSee [cookies](/en/cookies).\n'})
    });
    const {status, stdout} = run('check-content', [], root, {LEGAL_TODAY: '2026-01-01'});
    expect(status).toBe(1);
    expect(lines(stdout).slice(0, -2)).toEqual([
      'content/privacy/en/2026-01-20.md:2: "effective" (2026-01-19) is before the effective date of the previous version 2026-01-10 (2026-02-01)',
      'content/privacy/en/2026-01-20.md:4: front matter: "effective" (2026-01-19) is before the version\'s date (2026-01-20)',
      'content/privacy/en/2026-01-20.md:9: link "/en/cookies" points to no document: there is no en version of "cookies"'
    ]);
  });

  it('exits 0 with warnings only, and annotates the pull request on GitHub', slow, () => {
    const root = contentTree({[en('2026-07-01.md')]: doc({body: '## 1. Scope\n\n## 2. Data\n'}), 'privacy/zh/2026-07-01.md': doc()});
    const {status, stdout} = run('check-content', [], root, {GITHUB_ACTIONS: 'true'});
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
    expect(lines(stdout)).toEqual([expect.stringMatching(/^content:check: 2 valid versions, 0 errors, 0 warnings /)]);
  });
});

describe('npm run content:lock', () => {
  it('records published versions only, never changes a recorded one, and needs --init for a new lock file', slow, () => {
    const root = tree();
    fs.writeFileSync(path.join(root, en('2026-07-01.md')), doc());
    const refused = run('lock-content', [], root);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toBe(`content/${LOCK_FILE} is missing: restore it from the main branch. Only for a new content folder: npm run content:lock -- --init\n`);
    const first = run('lock-content', ['--init'], root);
    expect(lines(first.stdout)).toEqual([
      `Recorded 4 published versions in content/${LOCK_FILE}:`,
      '  privacy/en/2026-01-10.md',
      '  privacy/en/2026-02-01.md',
      '  privacy/en/2026-03-01.md',
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

describe('npm run content:correct', () => {
  it('needs a reason and a real change, then records it and the page shows it', slow, () => {
    const root = tree();
    run('lock-content', ['--init'], root);
    const file = path.join(root, en('2026-01-10.md'));
    const shown = `${path.relative(process.cwd(), root)}/${en('2026-01-10.md')}`;
    expect(run('correct-content', [file], root).stderr).toMatch(/^A correction needs a reason, shown on the page/);
    const unchanged = run('correct-content', [file, '--reason', 'Typo'], root);
    expect(unchanged.status).toBe(1);
    expect(unchanged.stderr).toBe(`content/${en('2026-01-10.md')} is unchanged: fix the typo in the file first, then record the correction.\n`);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('First.', 'First!'));
    const done = run('correct-content', [shown, '--reason', 'Corrected the punctuation of section 1.'], root);
    expect(done.status).toBe(0);
    expect(lines(done.stdout)).toEqual([
      `Recorded the correction of content/${en('2026-01-10.md')} in content/${LOCK_FILE}.`,
      `Its page now says: Corrected on ${day}: Corrected the punctuation of section 1.`,
      'Commit both files; the pull request shows the exact change for review.'
    ]);
    const {issues, versions} = readContent(root, day);
    expect(issues).toEqual([]);
    expect(versions[0].corrections).toEqual([{date: day, reason: 'Corrected the punctuation of section 1.', previous: expect.stringMatching(/^[0-9a-f]{64}$/)}]);
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
  it('starts the next version from the newest one, ready to edit, and says what to do next', slow, () => {
    const root = tree();
    const {status, stdout} = run('new-version', ['privacy', 'en', '--date', '2026-06-20'], root);
    expect(status).toBe(0);
    expect(fs.readFileSync(path.join(root, en('2026-06-20.md')), 'utf8')).toBe(
      [
        '---',
        'title: Privacy Policy',
        'description: A description long enough for search engines to show in their results.',
        `summary: '${SUMMARY_PLACEHOLDER}'`,
        '# effective: YYYY-MM-DD  (remove the "#" and give a later day if this version takes effect after 2026-06-20)',
        '---',
        '',
        '## 1. Scope',
        '',
        'Third.',
        ''
      ].join('\n')
    );
    expect(lines(stdout)).toEqual([
      `Created content/${en('2026-06-20.md')}, a copy of 2026-03-01.md. Next:`,
      '  1. Edit the text, and replace the "summary" with one line saying what changed.',
      '  2. To take effect later than 2026-06-20, set "effective" in the front matter.',
      '  3. Preview: npm run dev, then open http://localhost:3000/en/privacy (started with LEGAL_TODAY=2026-06-20)',
      '  4. Check: npm run content:check (it must end with "0 errors").',
      '  5. Update the translation too: npm run policy:new -- privacy zh',
      '  6. Commit on a branch and open a pull request; content/README.md explains each step.',
      'Note: dated 2026-06-20, it is published on that day. To publish now and apply later, date it today and set "effective".'
    ]);
    const again = run('new-version', ['privacy', 'en', '--date', '2026-06-20'], root);
    expect(again.status).toBe(1);
    expect(again.stderr).toBe(`content/${en('2026-06-20.md')} already exists: edit it, or choose another day with --date.\n`);
    expect(run('new-version', ['privacy', 'en', '--date', '2026-05-01'], root).stderr).toBe(
      'A new version must be dated after the newest one (2026-06-20): choose a later --date.\n'
    );
    expect(run('new-version', ['cookies', 'en'], root).stderr).toBe('There is no valid en version of "cookies" to start from (documents: privacy).\n');
    expect(readContent(root, '2026-06-20').issues.map((issue) => issue.message)).toContain(
      'front matter: "summary" still has the placeholder: say in one line what changed in this version'
    );
  });
});
