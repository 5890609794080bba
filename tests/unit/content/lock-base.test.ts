// The lock file of a pull request against the one already merged on the base branch.
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {readContent} from '@/lib/content/load';
import {hashBytes, LOCK_FILE, recordCorrection, serializeLock} from '@/lib/content/lock';
import type {Lock} from '@/lib/model';
import {contentTree, doc, lockTree} from '../helpers';

const day = '2026-06-15';
const base = {ref: 'main', required: true};

/**
 * A git repository whose main branch has two recorded English versions in content/, as in this
 * repository (the content folder is not the repository's top folder); the work goes on a branch.
 */
function repository() {
  const top = contentTree({
    'content/privacy/en/2026-04-02.md': doc({body: '## 1. Scope\n\nThe first text.\n'}),
    'content/privacy/en/2026-05-01.md': doc({body: '## 1. Scope\n\nThe second text.\n'})
  });
  const root = path.join(top, 'content');
  lockTree(root, day);
  const git = (...args: string[]) => execFileSync('git', ['-C', top, ...args], {encoding: 'utf8', stdio: 'pipe'});
  git('init', '-q', '-b', 'main');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '--allow-empty', '-m', 'empty');
  git('add', '.');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'content');
  git('checkout', '-q', '-b', 'change');
  return root;
}

const lockOf = (root: string): Lock => JSON.parse(fs.readFileSync(path.join(root, LOCK_FILE), 'utf8'));
const writeLock = (root: string, lock: Lock) => fs.writeFileSync(path.join(root, LOCK_FILE), serializeLock(lock));
const errors = (root: string) =>
  readContent(root, day, base)
    .issues.filter((issue) => issue.severity === 'error')
    .map((issue) => `${path.relative(root, path.resolve(issue.file))}:${issue.line}: ${issue.message}`);

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
    const root = repository();
    const file = path.join(root, 'privacy/en/2026-04-02.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('first', 'fírst'));
    const corrected = recordCorrection(lockOf(root), 'privacy/en/2026-04-02.md', hashBytes(fs.readFileSync(file)), 'Typo.', day);
    writeLock(root, corrected);
    expect(errors(root)).toEqual([]);
    const forged = structuredClone(corrected);
    forged.versions['privacy/en/2026-04-02.md'].corrections![0].previous = '0'.repeat(64);
    writeLock(root, forged);
    expect(errors(root)).toEqual([
      `${LOCK_FILE}:4: privacy/en/2026-04-02.md: its hash differs from the one on main without a correction that starts from it: a published version changes only through npm run content:correct (see "Corrections" in content/README.md)`
    ]);
  });

  it('says when the base cannot be read: an error when it was named (CI), a warning otherwise', () => {
    const root = repository();
    const message = 'could not read the lock file of origin/main to compare with it (is this a git checkout with origin/main fetched?): set CONTENT_BASE to the base branch';
    const issue = (required: boolean) => readContent(root, day, {ref: 'origin/main', required}).issues.map((i) => [i.severity, i.message]);
    expect(issue(true)).toEqual([['error', message]]);
    expect(issue(false)).toEqual([['warning', message]]);
    // A content folder outside any git checkout (a build from an archive) has no base to compare with.
    const archive = contentTree({'privacy/en/2026-04-02.md': doc()});
    lockTree(archive, day);
    expect(readContent(archive, day, base).issues).toEqual([]);
  });
});
