// Published versions are permanent: the lock file holds a SHA-256 of each, so any later change shows.
// Pure: takes file texts and hashes, returns issues or a new lock; reading and writing is the caller's.
import crypto from 'node:crypto';
import path from 'node:path';
import {publishedDay} from '../dates';
import {lockSchema, type ContentIssue, type Correction, type CorrectionEdit, type Lock} from '../model';

export const LOCK_FILE = 'versions.lock.json';

const ABOUT =
  'The SHA-256 of every published version, with its corrections and withdrawal. Written by `npm run content:lock`, `npm run content:correct` and `npm run content:withdraw`, never by hand: see content/README.md.';

/** A version file as found on disk; `key` is its path inside the content folder. */
export type VersionFile = {key: string; file: string; date: string | null; hash: string};

/** The SHA-256 of a file's bytes, as `sha256sum` prints it: anyone can check a downloaded version against the record. */
export function hashBytes(bytes: Uint8Array | string): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}

export function parseLock(text: string): {lock: Lock} | {problem: {line: number; message: string}} {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const position = Number(/position (\d+)/.exec(String(error))?.[1] ?? 0);
    const line = text.slice(0, position).split('\n').length;
    return {problem: {line, message: `the lock file is not valid JSON: restore it from the main branch (${(error as Error).message})`}};
  }
  const result = lockSchema.safeParse(json);
  if (result.success) return {lock: result.data};
  const issue = result.error.issues[0];
  const key = issue.path[1];
  const index = typeof key === 'string' ? text.split('\n').findIndex((l) => l.includes(JSON.stringify(key))) : -1;
  return {
    problem: {line: index + 1 || 1, message: `the lock file is damaged at ${issue.path.join('.') || 'its top'}: ${issue.message}; restore it from the main branch`}
  };
}

export function serializeLock(lock: Lock): string {
  const versions = Object.fromEntries(Object.keys(lock.versions).sort().map((key) => [key, lock.versions[key]]));
  return `${JSON.stringify({about: ABOUT, versions}, null, 2)}\n`;
}

/** How every "published version was changed" message starts; `content:correct` accepts exactly that one. */
export const CHANGED = 'this published version was changed';
/** How the note on a version published but not in the lock file starts. */
const NOT_YET_RECORDED = 'new version, not yet recorded';
/** How the message on each published version starts when there is no lock file at all. */
export const LOCK_MISSING = `published, but the lock file ${LOCK_FILE} is missing`;

const isPublished = (file: VersionFile, day: string) => file.date !== null && publishedDay(file.date) <= day;

/** The command that starts a new version of the document of `key` ("privacy/en/….md"). */
export function newVersionCommand(key: string) {
  const [document, locale] = key.split('/');
  return `npm run policy:new -- ${document} ${locale}`;
}

/**
 * Recorded versions must be unchanged and present; published ones not yet recorded get a warning
 * (they are recorded when merged), unless `merged` says they are on the base branch already. `root`
 * is the content folder as it appears in messages.
 */
export function checkLock(files: VersionFile[], lock: Lock | null, root: string, day: string, merged: (key: string) => boolean = () => false): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const error = (file: string, message: string) => issues.push({file, line: 1, message, severity: 'error'});
  if (!lock) {
    // Named on each published file, so the message sits with the files it protects.
    for (const file of files.filter((f) => isPublished(f, day))) {
      error(file.file, `${LOCK_MISSING}: restore it from the main branch (only a new content folder starts one: npm run content:lock -- --init)`);
    }
    return issues;
  }
  const byKey = new Map(files.map((file) => [file.key, file]));
  const renamed = new Set<string>();
  for (const [key, entry] of Object.entries(lock.versions)) {
    const found = byKey.get(key);
    if (entry.withdrawn) {
      if (found) error(found.file, `this version was withdrawn on ${entry.withdrawn.date} (${LOCK_FILE}): remove the file, or restore the lock file from the main branch`);
      continue;
    }
    if (found && found.hash !== entry.sha256) {
      error(
        found.file,
        `${CHANGED}: published versions are permanent. Undo the change and add a new version instead (${newVersionCommand(key)}); only a typo may be corrected, see "Corrections" in content/README.md`
      );
    } else if (!found) {
      const target = files.find((file) => file.hash === entry.sha256 && !lock.versions[file.key]);
      if (target) {
        renamed.add(target.key);
        error(target.file, `this is the published version ${key}, renamed: give it back its name; published versions are permanent`);
      } else {
        error(path.join(root, key), `this published version was deleted: restore it; published versions are permanent (to replace it, add a new version: ${newVersionCommand(key)})`);
      }
    }
  }
  for (const file of files) {
    if (isPublished(file, day) && !lock.versions[file.key] && !renamed.has(file.key) && !merged(file.key)) {
      issues.push({
        file: file.file,
        line: 1,
        message: `${NOT_YET_RECORDED} in ${LOCK_FILE}: it is recorded when merged (npm run content:lock)`,
        severity: 'warning'
      });
    }
  }
  return issues;
}

/** Adds every published version not yet recorded; recorded ones are never touched. */
export function recordPublished(files: VersionFile[], lock: Lock | null, day: string): {lock: Lock; added: string[]} {
  const versions = {...lock?.versions};
  const fresh = files.filter((file) => isPublished(file, day) && !versions[file.key]);
  for (const file of fresh) versions[file.key] = {sha256: file.hash};
  return {lock: {versions}, added: fresh.map((file) => file.key)};
}

/** Records that a version is withdrawn from the archive, and why; its hash and corrections stay. */
export function recordWithdrawal(lock: Lock, key: string, reason: string, day: string): Lock {
  return {versions: {...lock.versions, [key]: {...lock.versions[key], withdrawn: {date: day, reason}}}};
}

/** Every withdrawn version, from the lock file's keys ("privacy/zh/2026-03-17.md"). */
export function withdrawalsOf(lock: Lock | null): {key: string; sha256: string; date: string; reason: string}[] {
  return Object.entries(lock?.versions ?? {}).flatMap(([key, entry]) => (entry.withdrawn ? [{key, sha256: entry.sha256, ...entry.withdrawn}] : []));
}

/** Accepts the file's new text as the record, keeping the reason, the previous hash and the words corrected. */
export function recordCorrection(lock: Lock, key: string, hash: string, reason: string, day: string, edits?: CorrectionEdit[]): Lock {
  const entry = lock.versions[key];
  const correction: Correction = {date: day, reason, previous: entry.sha256, ...(edits ? {edits} : {})};
  return {versions: {...lock.versions, [key]: {sha256: hash, corrections: [...(entry.corrections ?? []), correction]}}};
}

export function correctionsOf(lock: Lock | null, key: string): Correction[] {
  return lock?.versions[key]?.corrections ?? [];
}
