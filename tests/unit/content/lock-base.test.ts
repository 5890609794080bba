// The lock file of a pull request against the one already merged on the base branch.
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {checkCorrection} from '@/lib/content/corrections';
import {readContent} from '@/lib/content/load';
import {hashBytes, LOCK_FILE, recordCorrection, recordWithdrawal, serializeLock} from '@/lib/content/lock';
import type {Lock} from '@/lib/model';
import {contentTree, doc, lockTree} from '../helpers';

const day = '2026-06-15';
const base = {ref: 'main'};

/**
 * A git repository whose main branch has two recorded English versions in content/, as in this
 * repository (the content folder is not the repository's top folder); the work goes on a branch.
 */
function repository(files: Record<string, string> = {}) {
  const top = contentTree({
    'content/privacy/en/2026-04-02.md': doc({body: '## 1. Scope\n\nThe first text.\n'}),
    'content/privacy/en/2026-05-01.md': doc({body: '## 1. Scope\n\nThe second text.\n'}),
    ...files
  });
  const root = path.join(top, 'content');
  lockTree(root, day);
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'commit', '-q', '--allow-empty', '-m', 'empty');
  commit(root, 'content');
  git(root, 'checkout', '-q', '-b', 'change');
  return root;
}

const git = (root: string, ...args: string[]) =>
  execFileSync('git', ['-C', path.dirname(root), '-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {encoding: 'utf8', stdio: 'pipe'});
const commit = (root: string, message: string) => {
  git(root, 'add', '-A', '.');
  git(root, 'commit', '-q', '-m', message);
};

const lockOf = (root: string): Lock => JSON.parse(fs.readFileSync(path.join(root, LOCK_FILE), 'utf8'));
const writeLock = (root: string, lock: Lock) => fs.writeFileSync(path.join(root, LOCK_FILE), serializeLock(lock));
/** The errors against main, with the content folder's path written content/, as in the repository. */
const errors = (root: string) =>
  readContent(root, day, base)
    .issues.filter((issue) => issue.severity === 'error')
    .map((issue) => `${path.relative(root, path.resolve(issue.file))}:${issue.line}: ${issue.message.replaceAll(`${path.relative(process.cwd(), root)}/`, 'content/')}`);

describe('the lock file against the base branch', () => {
  it('accepts a pull request that only adds versions and entries', () => {
    const root = repository();
    fs.writeFileSync(path.join(root, 'privacy/en/2026-06-01.md'), doc({body: '## 1. Scope\n\nThe third text.\n'}));
    lockTree(root, day);
    expect(errors(root)).toEqual([]);
  });

  it('refuses an edited published version whose hash was edited with it', () => {
    const root = repository();
    const file = path.join(root, 'privacy/en/2026-04-02.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('first', 'altered'));
    const lock = lockOf(root);
    lock.versions['privacy/en/2026-04-02.md'].sha256 = hashBytes(fs.readFileSync(file));
    writeLock(root, lock);
    // Without the base, the two agree with each other and nothing is wrong.
    expect(readContent(root, day).issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(errors(root)).toEqual([
      `${LOCK_FILE}:4: privacy/en/2026-04-02.md: its hash differs from the one on main without a correction that starts from it: a published version changes only through npm run content:correct (see "Corrections" in content/README.md)`
    ]);
  });

  it('refuses a deleted version deleted from the lock file too', () => {
    const root = repository();
    fs.rmSync(path.join(root, 'privacy/en/2026-05-01.md'));
    const lock = lockOf(root);
    delete lock.versions['privacy/en/2026-05-01.md'];
    writeLock(root, lock);
    expect(errors(root)).toEqual([
      `${LOCK_FILE}:1: privacy/en/2026-05-01.md: recorded on main but no longer here: entries are never removed; restore the entry from main`
    ]);
  });

  it('accepts a correction recorded from the base hash, and refuses one that rewrites history', () => {
    const root = repository({'content/privacy/en/2026-04-02.md': doc({body: '## 1. Scope\n\nThe frist text.\n'})});
    const file = path.join(root, 'privacy/en/2026-04-02.md');
    const published = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, published.replace('frist', 'first'));
    const corrected = correct(root, 'privacy/en/2026-04-02.md', published, 'Typo.');
    expect(errors(root)).toEqual([]);
    const forged = structuredClone(corrected);
    forged.versions['privacy/en/2026-04-02.md'].corrections![0].previous = '0'.repeat(64);
    writeLock(root, forged);
    expect(errors(root)).toEqual([
      `${LOCK_FILE}:4: privacy/en/2026-04-02.md: its hash differs from the one on main without a correction that starts from it: a published version changes only through npm run content:correct (see "Corrections" in content/README.md)`
    ]);
  });

  it('says how to fetch a base it cannot find, unless told to skip the comparison', () => {
    const root = repository();
    const message = (ref: string) => readContent(root, day, {ref}).issues.map((i) => [i.severity, i.message]);
    expect(message('origin/main')).toEqual([
      [
        'error',
        'cannot find origin/main, the base branch to compare the lock file with, in this checkout: fetch it (git fetch origin main:refs/remotes/origin/main) or name the base branch in CONTENT_BASE. The comparison protects the published versions; only a build of content that CI has already checked may skip it, with CONTENT_BASE=none'
      ]
    ]);
    // Without a local main, origin/main (a clone of another branch) is the base.
    git(root, 'update-ref', 'refs/remotes/origin/main', 'main');
    git(root, 'branch', '-q', '-D', 'main');
    expect(readContent(root, day, base).issues).toEqual([]);
    git(root, 'update-ref', '-d', 'refs/remotes/origin/main');
    expect(message('main')[0][1]).toMatch(/^cannot find main, .*: fetch it \(git fetch origin main:main\) or name/);
    // A checkout git cannot read is not taken for no checkout: the comparison is never skipped unsaid.
    const PATH = process.env.PATH;
    process.env.PATH = '';
    try {
      expect(message('main')).toEqual([['error', 'git cannot read this checkout, so the content cannot be compared with the base branch: spawnSync git ENOENT']]);
    } finally {
      process.env.PATH = PATH;
    }
    // A content folder outside any git checkout (a build from an archive) has no base to compare with.
    const archive = contentTree({'privacy/en/2026-04-02.md': doc()});
    lockTree(archive, day);
    expect(readContent(archive, day, base).issues).toEqual([]);
  });
});

/** Section 5 with a typo, section 6 as published. */
const POLICY = [
  '## 5. Data Storage and Security',
  '',
  'We protect your data with apropriate securty measures.',
  '',
  '## 6. Data Retention',
  '',
  'We retain data only for as long as needed to fulfill processing purposes.',
  ''
].join('\n');

/** Records a correction of `key` from its published text, as content:correct does: the words that changed. */
function correct(root: string, key: string, published: string, reason: string): Lock {
  const now = fs.readFileSync(path.join(root, key));
  const {edits, problems} = checkCorrection(published, now.toString('utf8'), key.split('/')[1]);
  expect(problems).toEqual([]);
  const lock = recordCorrection(lockOf(root), key, hashBytes(now), reason, day, edits);
  writeLock(root, lock);
  return lock;
}

describe('corrections and withdrawals are verified from git', () => {
  const key = 'privacy/en/2026-04-02.md';
  const reason = "Corrected the spelling of 'security' in section 5.";

  it('refuses a change of meaning passed off as a correction, with the lock file and the hash edited by hand', () => {
    const root = repository({[`content/${key}`]: doc({changes: '', body: POLICY})});
    const file = path.join(root, key);
    const published = fs.readFileSync(file);
    fs.writeFileSync(
      file,
      published.toString('utf8').replace('only for as long as needed to fulfill processing purposes', 'indefinitely and shared with our advertising partners')
    );
    const lock = lockOf(root);
    lock.versions[key] = {
      sha256: hashBytes(fs.readFileSync(file)),
      corrections: [{date: day, reason, previous: hashBytes(published), edits: [{before: 'securty', after: 'security'}]}]
    };
    writeLock(root, lock);
    commit(root, 'Typo');
    // The lock file agrees with itself: only git shows what the correction hides.
    expect(readContent(root, day).issues).toEqual([]);
    expect(errors(root)).toEqual([
      `${LOCK_FILE}:4: ${key}: its correction of ${day} ("${reason}") is not borne out by git: it is more than a typo: compared with the text on main, 10 words changed in one place (at most 3): "only for as long as needed to fulfill processing purposes" → "indefinitely and shared with our advertising partners"; 10 words changed in all (at most 6). A published version is never changed beyond a typo: restore content/privacy/en/2026-04-02.md and this entry from main, and publish the change as a new version (npm run policy:new -- privacy en)`
    ]);
    const {base: compared} = readContent(root, day, base);
    expect(compared && 'amendments' in compared && compared.amendments).toEqual([
      {key, kind: 'correction', date: day, reason, edits: [{before: 'securty', after: 'security'}], problem: expect.stringContaining('more than a typo')}
    ]);
  });

  it('refuses a correction whose words are not the words that changed, and accepts the true one', () => {
    const root = repository({[`content/${key}`]: doc({changes: '', body: POLICY})});
    const file = path.join(root, key);
    const published = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, published.replace('securty', 'security'));
    const lock = correct(root, key, published, reason);
    expect(lock.versions[key].corrections![0].edits).toEqual([{before: 'securty', after: 'security'}]);
    expect(errors(root)).toEqual([]);
    lock.versions[key].corrections![0].edits = [{before: 'apropriate', after: 'appropriate'}];
    writeLock(root, lock);
    expect(errors(root)).toEqual([
      `${LOCK_FILE}:4: ${key}: its correction of ${day} ("${reason}") is not borne out by git: it records "apropriate" → "appropriate", but the words that changed are "securty" → "security". Restore this entry from main and record the correction with npm run content:correct, never by hand`
    ]);
  });

  it('verifies two corrections of one version in a pull request through its commits, or refuses them', () => {
    const root = repository({[`content/${key}`]: doc({changes: '', body: POLICY})});
    const file = path.join(root, key);
    const published = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, published.replace('securty', 'security'));
    correct(root, key, published, reason);
    const between = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, between.replace('apropriate', 'appropriate'));
    correct(root, key, between, 'Reworded.');
    // Nothing committed: the text between the two is nowhere in git.
    expect(errors(root)).toEqual([
      `${LOCK_FILE}:4: ${key}: its correction of ${day} ("${reason}") is not borne out by git: the text between it and the next correction is not in the commits of this branch. Record one correction of a version per pull request`
    ]);
    // Committed one after the other, as content:correct asks, each is verified in turn.
    git(root, 'checkout', '-q', '--', '.');
    fs.writeFileSync(file, published.replace('securty', 'security'));
    correct(root, key, published, reason);
    commit(root, 'First correction');
    fs.writeFileSync(file, between.replace('apropriate', 'appropriate'));
    correct(root, key, between, 'Reworded.');
    expect(errors(root)).toEqual([]);
  });

  it('refuses a withdrawal of a version that is not on the base, or that leaves a language without a version in force', () => {
    const root = repository();
    const withdraw = (name: string) => {
      fs.rmSync(path.join(root, 'privacy/en', name));
      writeLock(root, recordWithdrawal(lockOf(root), `privacy/en/${name}`, 'Misdated.', day));
    };
    // The earlier of two versions: the later stays in force.
    withdraw('2026-04-02.md');
    expect(errors(root)).toEqual([]);
    withdraw('2026-05-01.md');
    const refused = (line: number, name: string) =>
      `${LOCK_FILE}:${line}: privacy/en/${name}: its withdrawal of ${day} is refused: without it no en version of "privacy" would be left: /en/privacy, its history and versions.json would disappear, and nothing would say why. To replace it, publish the version that replaces it first (npm run policy:new -- privacy en, applying today), and withdraw this one once that is merged. Restore the file and this entry from main`;
    expect(errors(root)).toEqual([refused(4, '2026-04-02.md'), refused(11, '2026-05-01.md')]);
    // A version never merged is not withdrawn: it is deleted.
    const draft = repository();
    fs.writeFileSync(path.join(draft, 'privacy/en/2026-06-01.md'), doc());
    lockTree(draft, day);
    fs.rmSync(path.join(draft, 'privacy/en/2026-06-01.md'));
    writeLock(draft, recordWithdrawal(lockOf(draft), 'privacy/en/2026-06-01.md', 'Never meant.', day));
    expect(errors(draft)).toEqual([
      `${LOCK_FILE}:10: privacy/en/2026-06-01.md: its withdrawal of ${day} is refused: there is no such version on main to withdraw: a version not yet merged is simply deleted. Restore the file and this entry from main`
    ]);
  });
});

describe('a version on the base branch is published, recorded or not', () => {
  it('refuses an edit of a version merged but not yet recorded in the lock file', () => {
    const root = repository();
    // Merged into main; the job that records it has not run yet.
    git(root, 'checkout', '-q', 'main');
    fs.writeFileSync(path.join(root, 'privacy/en/2026-06-01.md'), doc({extra: 'effective: 2026-08-01\n', body: '## 1. Scope\n\nThe third text.\n'}));
    commit(root, 'Merge the third version');
    git(root, 'checkout', '-q', '-b', 'edit');
    // Unedited, it is no new version of the branch: nothing to say.
    expect(readContent(root, day, base).issues).toEqual([]);
    fs.appendFileSync(path.join(root, 'privacy/en/2026-06-01.md'), '\nA sentence added after the merge.\n');
    expect(errors(root)).toEqual([
      'privacy/en/2026-06-01.md:1: this published version was changed: it is on main (merged; recorded in the lock file by the job that runs after each merge), and this file differs from it. Undo the change (restore the file from main) and add a new version instead (npm run policy:new -- privacy en); only a typo may be corrected, see "Corrections" in content/README.md'
    ]);
    fs.rmSync(path.join(root, 'privacy/en/2026-06-01.md'));
    expect(errors(root)).toEqual([
      'privacy/en/2026-06-01.md:1: this published version was deleted: restore it; published versions are permanent (it is on main; to replace it, add a new version: npm run policy:new -- privacy en)'
    ]);
  });

  it('tells a branch made from an older main to update, once, instead of an error per version', () => {
    const root = repository();
    git(root, 'checkout', '-q', 'main');
    for (const name of ['2026-06-01.md', '2026-06-02.md', '2026-06-03.md']) {
      fs.writeFileSync(path.join(root, 'privacy/en', name), doc({body: `## 1. Scope\n\nThe text of ${name}.\n`}));
    }
    lockTree(root, day);
    commit(root, 'Three versions, recorded');
    git(root, 'checkout', '-q', 'change');
    fs.writeFileSync(path.join(root, 'privacy/en/2026-06-10.md'), doc({body: '## 1. Scope\n\nMy draft.\n'}));
    const {issues} = readContent(root, day, base);
    expect(issues.map((issue) => `${issue.severity}: ${issue.message}`).filter((m) => !m.includes('not yet recorded'))).toEqual([
      'warning: your branch is behind main: main has published or recorded versions since your branch was made (privacy/en/2026-06-01.md, privacy/en/2026-06-02.md, privacy/en/2026-06-03.md). Update it: git pull origin main (or git merge main), then run npm run content:check again'
    ]);
    // What the branch itself changed is still checked.
    fs.appendFileSync(path.join(root, 'privacy/en/2026-04-02.md'), 'Edited.\n');
    const lock = lockOf(root);
    lock.versions['privacy/en/2026-04-02.md'].sha256 = hashBytes(fs.readFileSync(path.join(root, 'privacy/en/2026-04-02.md')));
    writeLock(root, lock);
    expect(errors(root)).toEqual([
      `${LOCK_FILE}:4: privacy/en/2026-04-02.md: its hash differs from the one on main without a correction that starts from it: a published version changes only through npm run content:correct (see "Corrections" in content/README.md)`
    ]);
  });
});
