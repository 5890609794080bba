// The content of a pull request against its base branch (what is merged, so published). A record
// edited in the same change it protects proves nothing, so every claim of the lock file that the base
// does not already make is checked against git: a correction against the base's bytes of the file, a
// withdrawal against the version it withdraws. A file on the base is published, recorded or not yet.
// Git is read through a BaseTree (git.ts); the rest is comparison.
import {hasLocale, type Locale} from 'next-intl';
import {routing} from '@/i18n/routing';
import type {CorrectionEdit, ContentIssue, Lock} from '../model';
import {createCatalog, type Catalog} from './catalog';
import {checkCorrection} from './corrections';
import {blobId, type BaseTree, type Snapshot} from './git';
import {CHANGED, hashBytes, newVersionCommand} from './lock';

/** A correction or withdrawal the pull request records, and whether git bears it out. */
export type Amendment = {
  key: string;
  kind: 'correction' | 'withdrawal';
  date: string;
  reason: string;
  /** The words the lock file says changed (a correction). */
  edits: CorrectionEdit[];
  /** Why it is not borne out; null when it is. */
  problem: string | null;
};

/** The pull request's side: its lock file and version files (by key, with their bytes). */
export type Here = {
  lock: Lock | null;
  lockText: string;
  /** The lock file and the content folder as they appear in messages. */
  lockFile: string;
  root: string;
  files: Map<string, {file: string; bytes: Buffer}>;
  catalog: Catalog;
  day: string;
};

const utf8 = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true});
const quoteEdits = (edits: CorrectionEdit[] | undefined) =>
  edits && edits.length > 0 ? edits.map((edit) => `"${edit.before}" → "${edit.after}"`).join(', ') : 'no words';

/**
 * Why a document would be left without a version in force in a language, or null: a withdrawal must
 * never take a language's pages offline. `catalog` is the content without the version withdrawn.
 */
export function withdrawalProblem(catalog: Catalog, document: string, locale: Locale, day: string): string | null {
  const versions = catalog.versions(document, locale);
  const replace = `publish the version that replaces it first (${newVersionCommand(`${document}/${locale}`)}, applying today), and withdraw this one once that is merged`;
  if (versions.length === 0) {
    return `without it no ${locale} version of "${document}" would be left: /${locale}/${document}, its history and versions.json would disappear, and nothing would say why. To replace it, ${replace}`;
  }
  if (!catalog.inForce(document, locale, day)) {
    const next = versions.at(-1)!;
    return `without it no ${locale} version of "${document}" would apply today (${day}): the next, ${locale}/${next.date}.md, applies only from ${next.effective}. To replace it, ${replace}`;
  }
  return null;
}

/** The catalog without one version: what the site would be after a withdrawal. */
export function catalogWithout(catalog: Catalog, key: string): Catalog {
  return createCatalog(
    catalog.all.filter((v) => `${v.document}/${v.locale}/${v.date}.md` !== key),
    []
  );
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Checks `here` against the base branch. Entries of the base's lock file are kept as they are (a
 * correction may only be added); a file on the base keeps its bytes unless a correction the base's
 * bytes bear out changed them; every correction and withdrawal added is verified from git. What the
 * branch did not touch but the base changed since the branch was made is one note: update the branch.
 */
export function checkAgainstBase(here: Here, base: BaseTree): {issues: ContentIssue[]; amendments: Amendment[]} {
  const issues: ContentIssue[] = [];
  const amendments: Amendment[] = [];
  const name = base.name;
  const lineOf = (key: string) => here.lockText.split('\n').findIndex((l) => l.includes(JSON.stringify(key))) + 1 || 1;
  const entryError = (key: string, message: string) => issues.push({file: here.lockFile, line: lineOf(key), message: `${key}: ${message}`, severity: 'error'});
  const fileError = (key: string, message: string) => issues.push({file: here.files.get(key)?.file ?? `${here.root}/${key}`, line: 1, message, severity: 'error'});
  const baseLock = base.at.lock?.versions ?? {};
  const hereLock = here.lock?.versions ?? {};
  const blobs = new Map([...here.files].map(([key, {bytes}]) => [key, blobId(bytes)]));

  // Untouched by the branch since it was made, but changed on the base since: the branch is behind.
  const state = (snapshot: Snapshot | null, key: string, files?: Map<string, string>) => [snapshot?.lock?.versions[key], (files ?? snapshot?.files)?.get(key)];
  const differs = (key: string) => !same(state(base.at, key), [hereLock[key], blobs.get(key)]);
  const keys = [...new Set([...Object.keys(baseLock), ...base.at.files.keys(), ...Object.keys(hereLock)])].sort().filter(differs);
  const fork = keys.length > 0 ? base.fork() : null;
  const behind = keys.filter((key) => fork && same([hereLock[key], blobs.get(key)], state(fork, key)));
  const hashOfBase = (key: string) => {
    const blob = base.at.files.get(key);
    const bytes = blob ? base.read([blob]).get(blob) : undefined;
    return bytes ? {bytes, hash: hashBytes(bytes)} : null;
  };

  for (const key of keys.filter((k) => !behind.includes(k))) {
    const before = baseLock[key];
    const after = hereLock[key];
    const kept = before?.corrections ?? [];
    const corrections = after?.corrections ?? [];
    if (before && !after) {
      entryError(key, `recorded on ${name} but no longer here: entries are never removed; restore the entry from ${name}`);
      continue;
    }
    if (before?.withdrawn && !same(after?.withdrawn, before.withdrawn)) {
      entryError(key, `its withdrawal recorded on ${name} was changed or removed: a withdrawal is never undone; restore the entry from ${name}`);
      continue;
    }
    if (before && !same(corrections.slice(0, kept.length), kept)) {
      entryError(key, `its recorded corrections differ from those on ${name}: corrections are never changed or removed; restore them from ${name}`);
      continue;
    }
    const added = corrections.slice(kept.length);
    if (before && after && after.sha256 !== before.sha256 && added[0]?.previous !== before.sha256) {
      entryError(
        key,
        `its hash differs from the one on ${name} without a correction that starts from it: a published version changes only through npm run content:correct (see "Corrections" in content/README.md)`
      );
      continue;
    }
    const published = hashOfBase(key);
    if (after && added.length > 0) verifyCorrections(key, added, after.sha256, published);
    if (after?.withdrawn && !before?.withdrawn) verifyWithdrawal(key, after, published);
    if (published && !before && added.length === 0 && !after?.withdrawn) {
      // On the base but perhaps not yet in its lock file (merged, not yet recorded): the bytes decide.
      const file = here.files.get(key);
      if (!file) {
        if (!after) fileError(key, `this published version was deleted: restore it; published versions are permanent (it is on ${name}; to replace it, add a new version: ${newVersionCommand(key)})`);
      } else if (hashBytes(file.bytes) !== published.hash) {
        fileError(
          key,
          `${CHANGED}: it is on ${name} (merged; recorded in the lock file by the job that runs after each merge), and this file differs from it. Undo the change (restore the file from ${name}) and add a new version instead (${newVersionCommand(key)}); only a typo may be corrected, see "Corrections" in content/README.md`
        );
      }
    }
  }

  if (behind.length > 0) {
    const branch = name.replace(/^origin\//, '');
    const shown = behind.slice(0, 4).join(', ') + (behind.length > 4 ? ` and ${behind.length - 4} more` : '');
    issues.push({
      file: here.lockFile,
      line: 1,
      message: `your branch is behind ${name}: ${name} has published or recorded versions since your branch was made (${shown}). Update it: git pull origin ${branch} (or git merge ${name}), then run npm run content:check again`,
      severity: 'warning'
    });
  }
  return {issues, amendments};

  /** Each correction added, from the base's bytes to the file now, through the branch's commits between. */
  function verifyCorrections(key: string, added: NonNullable<Lock['versions'][string]['corrections']>, final: string, published: {bytes: Buffer; hash: string} | null) {
    const texts = new Map<string, Buffer>();
    const current = here.files.get(key);
    if (published) texts.set(published.hash, published.bytes);
    if (current) texts.set(hashBytes(current.bytes), current.bytes);
    if (added.length > 1) for (const bytes of base.read(base.history(key)).values()) texts.set(hashBytes(bytes), bytes);
    let from = published?.hash;
    for (const [i, correction] of added.entries()) {
      const to = added[i + 1]?.previous ?? final;
      const verdict = judge(key, correction, published !== null, from ? texts.get(from) : undefined, texts.get(to), i === added.length - 1);
      amendments.push({key, kind: 'correction', date: correction.date, reason: correction.reason, edits: correction.edits ?? [], problem: verdict?.problem ?? null});
      if (!verdict) {
        from = to;
        continue;
      }
      if (verdict.advice) entryError(key, `its correction of ${correction.date} ("${correction.reason}") is not borne out by git: ${verdict.problem}. ${verdict.advice}`);
      return;
    }
  }

  /**
   * Why one correction is not borne out by the texts before and after it, and what to do (null
   * advice: the lock check already says it); null when it is.
   */
  function judge(key: string, correction: {previous: string; edits?: CorrectionEdit[]}, onBase: boolean, before: Buffer | undefined, after: Buffer | undefined, last: boolean) {
    const file = here.files.get(key)?.file ?? key;
    const byHand = `Restore this entry from ${name} and record the correction with npm run content:correct, never by hand`;
    if (!onBase) return {problem: `there is no such version on ${name}: only a published version is corrected (a version not yet merged is edited freely)`, advice: byHand};
    if (!before || hashBytes(before) !== correction.previous) return {problem: `it starts from a text that is not the one before it on ${name}`, advice: byHand};
    // The last text is the file itself: when the file is not what the lock file records, the lock check says so.
    if (!after && last) return {problem: 'the file is not the text the lock file records', advice: null};
    if (!after) return {problem: 'the text between it and the next correction is not in the commits of this branch', advice: 'Record one correction of a version per pull request'};
    let words: {edits: CorrectionEdit[]; problems: string[]};
    try {
      words = checkCorrection(utf8.decode(before), utf8.decode(after), key.split('/')[1]);
    } catch {
      words = {edits: [], problems: ['the file is not UTF-8 text']};
    }
    if (words.problems.length > 0) {
      return {
        problem: `it is more than a typo: compared with the text on ${name}, ${words.problems.join('; ')}`,
        advice: `A published version is never changed beyond a typo: restore ${file} and this entry from ${name}, and publish the change as a new version (${newVersionCommand(key)})`
      };
    }
    if (!same(words.edits, correction.edits)) return {problem: `it records ${quoteEdits(correction.edits)}, but the words that changed are ${quoteEdits(words.edits)}`, advice: byHand};
    return null;
  }

  function verifyWithdrawal(key: string, entry: Lock['versions'][string], published: {hash: string} | null) {
    const [document, locale] = key.split('/');
    let problem: string | null = null;
    if (!hasLocale(routing.locales, locale)) return;
    if (!published) problem = `there is no such version on ${name} to withdraw: a version not yet merged is simply deleted`;
    else if (published.hash !== entry.sha256) problem = `the SHA-256 it keeps is not the one of the version on ${name}: a withdrawal keeps the record of the version as published`;
    else problem = withdrawalProblem(catalogWithout(here.catalog, key), document, locale, here.day);
    amendments.push({key, kind: 'withdrawal', date: entry.withdrawn!.date, reason: entry.withdrawn!.reason, edits: [], problem});
    if (problem) entryError(key, `its withdrawal of ${entry.withdrawn!.date} is refused: ${problem}. Restore the file and this entry from ${name}`);
  }
}
