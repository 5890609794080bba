// The content folder as git knows it: on the base branch (what is already merged, so published), at
// the commit the branch was made from, and in the branch's own commits since. The checks compare the
// files and the lock file with these, because a record edited in the same change it protects proves
// nothing. Read with git's plumbing commands, a handful of processes per run.
import {execFileSync} from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type {Lock} from '../model';
import {LOCK_FILE, parseLock} from './lock';

/** The base branch as named: `main`, `origin/main`, a commit. */
export type Base = {ref: string};

/** `CONTENT_BASE`: unset means main; `none` skips the comparison (a build of content CI has checked). */
export function baseFromEnvironment(value: string | undefined = process.env.CONTENT_BASE): Base | null {
  if (value === 'none') return null;
  return {ref: value || 'main'};
}

/** The content folder at one commit: its lock file, its version files by key and its documents' settings, as git blob ids. */
export type Snapshot = {lock: Lock | null; /** Why its lock file could not be read, if it could not. */ lockProblem?: string; files: Map<string, string>; /** Each document's document.yml, by document. */ settings: Map<string, string>};

export type BaseTree = {
  /** The ref as found (`main`, or `origin/main` when there is no local main), for messages. */
  name: string;
  at: Snapshot;
  /** Where the branch was made from, when git knows (not in a shallow clone); the base itself when the branch is up to date. */
  fork(): Snapshot | null;
  /** The bytes of blobs, by id. */
  read(blobs: string[]): Map<string, Buffer>;
  /** Every blob a version file had in the commits of HEAD since the base. */
  history(key: string): string[];
};

/** The id git gives these bytes (`git hash-object`): equal ids, equal bytes, without reading the blob. */
export function blobId(bytes: Uint8Array): string {
  return crypto.createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

const MAX_BUFFER = 256 * 1024 * 1024;

function runner(dir: string) {
  return (args: string[], input?: string) =>
    execFileSync('git', ['-C', dir, ...args], {input, stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'], maxBuffer: MAX_BUFFER});
}

const unreadable = (error: unknown) =>
  `git cannot read this checkout, so the content cannot be compared with the base branch: ${String((error as {stderr?: Buffer}).stderr || (error as Error).message).trim().split('\n')[0]}`;

/** Whether a folder or one above it holds a git checkout (`.git`), without asking git. */
function insideCheckout(dir: string): boolean {
  for (let at = path.resolve(dir); ; at = path.dirname(at)) {
    if (fs.existsSync(path.join(at, '.git'))) return true;
    if (path.dirname(at) === at) return false;
  }
}

/**
 * The repository's top folder and the content folder's path in it; null outside a git checkout.
 * A checkout git cannot read (not installed, or a folder it does not trust) is a problem, never
 * taken for no checkout: the comparison would be skipped without a word.
 */
function locate(root: string): {git: ReturnType<typeof runner>; prefix: string} | {problem: string} | null {
  if (!fs.existsSync(root)) return null;
  const git = runner(root);
  let top: string;
  try {
    top = git(['rev-parse', '--show-toplevel']).toString().trim();
  } catch (error) {
    if (!insideCheckout(root)) return null;
    return {problem: unreadable(error)};
  }
  const prefix = path.relative(fs.realpathSync(top), fs.realpathSync(root)).split(path.sep).join('/');
  return {git, prefix};
}

function commitOf(git: ReturnType<typeof runner>, ref: string): string | null {
  try {
    return git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).toString().trim() || null;
  } catch {
    return null;
  }
}

function readBlobs(git: ReturnType<typeof runner>, ids: string[]): Map<string, Buffer> {
  const wanted = [...new Set(ids)];
  const out = new Map<string, Buffer>();
  if (wanted.length === 0) return out;
  const batch = git(['cat-file', '--batch'], `${wanted.join('\n')}\n`);
  let at = 0;
  while (at < batch.length) {
    const end = batch.indexOf(0x0a, at);
    const [id, type, size] = batch.subarray(at, end).toString().split(' ');
    at = end + 1;
    if (type === 'missing' || size === undefined) continue;
    out.set(id, batch.subarray(at, at + Number(size)));
    at += Number(size) + 1;
  }
  return out;
}

function snapshot(git: ReturnType<typeof runner>, commit: string, prefix: string): Snapshot {
  const listing = git(['ls-tree', '-r', '-z', '--full-tree', commit, '--', prefix ? `${prefix}/` : '.']).toString();
  const files = new Map<string, string>();
  const settings = new Map<string, string>();
  let lockBlob: string | null = null;
  for (const line of listing.split('\0').filter(Boolean)) {
    const [meta, full] = line.split('\t');
    const [, type, id] = meta.split(' ');
    const key = prefix ? full.slice(prefix.length + 1) : full;
    if (type !== 'blob') continue;
    if (key === LOCK_FILE) lockBlob = id;
    else if (key.split('/').length === 3) files.set(key, id);
    else if (/^[^/]+\/document\.yml$/.test(key)) settings.set(key.split('/')[0], id);
  }
  const lockText = lockBlob ? (readBlobs(git, [lockBlob]).get(lockBlob)?.toString('utf8') ?? '') : '';
  const parsed = lockText ? parseLock(lockText) : null;
  return {lock: parsed && 'lock' in parsed ? parsed.lock : null, lockProblem: parsed && 'problem' in parsed ? parsed.problem.message : undefined, files, settings};
}

/**
 * The base branch's content folder, read with git; null when the folder is not in a git checkout (a
 * build from an archive has no base), or why it could not be read. `main` falls back to `origin/main`
 * in a clone of another branch.
 */
export function readBase(root: string, base: Base): BaseTree | null | {problem: string} {
  const found = locate(root);
  if (!found || 'problem' in found) return found;
  const {git, prefix} = found;
  const names = base.ref === 'main' ? ['main', 'origin/main'] : [base.ref];
  let name: string | undefined;
  let commit: string | null = null;
  for (const ref of names) {
    commit = commitOf(git, ref);
    if (commit) {
      name = ref;
      break;
    }
  }
  if (!name || !commit) {
    const fetch = base.ref === 'main' ? 'git fetch origin main:main' : /^origin\/[^/]+$/.test(base.ref) ? `git fetch origin ${base.ref.slice(7)}:refs/remotes/${base.ref}` : `git fetch origin ${base.ref}`;
    return {
      problem: `cannot find ${base.ref}, the base branch to compare the lock file with, in this checkout: fetch it (${fetch}) or name the base branch in CONTENT_BASE. The comparison protects the published versions; only a build of content that CI has already checked may skip it, with CONTENT_BASE=none`
    };
  }
  let at: Snapshot;
  try {
    at = snapshot(git, commit, prefix);
  } catch (error) {
    return {problem: unreadable(error)};
  }
  if (at.lockProblem) return {problem: `the lock file on ${name} is damaged: ${at.lockProblem}`};
  let fork: Snapshot | null | undefined;
  return {
    name,
    at,
    fork() {
      if (fork === undefined) {
        try {
          const from = git(['merge-base', 'HEAD', commit]).toString().trim();
          fork = from === commit ? at : snapshot(git, from, prefix);
        } catch {
          fork = null;
        }
      }
      return fork;
    },
    read: (blobs) => readBlobs(git, blobs),
    history(key) {
      try {
        const log = git(['log', '--format=', '--raw', '--no-abbrev', `${commit}..HEAD`, '--', `:(top)${prefix ? `${prefix}/` : ''}${key}`]).toString();
        return [...log.matchAll(/^:\d+ \d+ ([0-9a-f]+) ([0-9a-f]+) /gm)].flatMap((m) => [m[1], m[2]]).filter((id) => !/^0+$/.test(id));
      } catch {
        return [];
      }
    }
  };
}

/**
 * Whether HEAD is the base branch, where versions are recorded: on a branch of that name, or a
 * detached checkout of its commit (CI). Null outside a git checkout.
 */
export function onBaseBranch(root: string, base: Base | null): {ok: boolean; branch: string | null; name: string} | null {
  const found = locate(root);
  if (!found || 'problem' in found) return null;
  const {git} = found;
  const name = (base?.ref ?? 'main').replace(/^(refs\/heads\/|refs\/remotes\/origin\/|origin\/)/, '');
  let branch: string | null = null;
  try {
    branch = git(['symbolic-ref', '--quiet', '--short', 'HEAD']).toString().trim();
  } catch {
    branch = null;
  }
  if (branch !== null) return {ok: branch === name, branch, name};
  const head = commitOf(git, 'HEAD');
  const ok = head !== null && [name, `origin/${name}`, base?.ref ?? 'main'].some((ref) => commitOf(git, ref) === head);
  return {ok, branch: null, name};
}
