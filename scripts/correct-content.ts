// `npm run content:correct -- <file> --reason "..."`: accepts the edit of a published version as a
// correction (a typo, never a change of meaning). The text as recorded comes from git; the words that
// changed are compared with it, limited (content/README.md, "Corrections"), and kept in the lock file
// with the reason; the page shows both.
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {errorsIn} from '@/lib/content/issues';
import {checkCorrection, CORRECTION_LIMITS} from '@/lib/content/corrections';
import {CHANGED, hashBytes, LOCK_FILE, recordCorrection, serializeLock} from '@/lib/content/lock';
import {contentDir, maxFileBytes} from '@/lib/site';
import {recordedVersionFromArgs, refuse} from './cli';

const {reason, key, day, content, found, lock, entry} = recordedVersionFromArgs({
  usage: 'Usage: npm run content:correct -- content/<document>/<locale>/<YYYY-MM-DD>.md --reason "What was corrected"',
  missingReason: 'A correction needs a reason, shown on the page: --reason "Corrected a typo in section 2.1".',
  maxReason: 200,
  unrecorded: 'until it is recorded, edit it freely, no correction needed.'
});
if (entry.sha256 === found.hash) refuse(`${found.file} is unchanged: fix the typo in the file first, then record the correction.`);

const accepted = (issue: {file: string; message: string}) => issue.file === found.file && issue.message.startsWith(CHANGED);
const errors = errorsIn(content.issues).filter((issue) => !accepted(issue));
if (errors.length > 0) refuse('No correction recorded: fix the errors above first (npm run content:check).', errors);

const full = path.join(contentDir, key);
const recordedHash = entry.sha256;
const [document, locale] = key.split('/');
const utf8 = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true});

/**
 * The file's text as the lock file records it, from git: on the base branch named by CONTENT_BASE
 * (as content:check uses it), the commit checked out, or main. Whichever has the recorded SHA-256 is
 * the recorded text, byte for byte; why not, when none has.
 */
function recordedText(): {text: string} | {problem: string} {
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', path.dirname(full), ...args], {stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 4 * maxFileBytes});
  try {
    git('rev-parse', '--show-toplevel');
  } catch {
    return {problem: 'this folder is not in a git repository'};
  }
  const named = process.env.CONTENT_BASE;
  const refs = [...new Set([...(named && named !== 'none' ? [named] : []), 'HEAD', 'main', 'origin/main'])];
  for (const ref of refs) {
    let bytes: Buffer;
    try {
      bytes = git('show', `${ref}:./${path.basename(full)}`);
    } catch {
      continue;
    }
    if (hashBytes(bytes) === recordedHash) {
      try {
        return {text: utf8.decode(bytes)};
      } catch {
        break;
      }
    }
  }
  return {problem: `the text recorded in ${LOCK_FILE} is not the file as committed on ${refs.slice(0, -1).join(', ')} or ${refs.at(-1)}`};
}

const recorded = recordedText();
if ('problem' in recorded) {
  refuse(
    `No correction recorded: cannot find the recorded text of ${found.file} in git (${recorded.problem}), to compare your edit with: run this in the repository, on a branch of main.`
  );
}
const {edits, problems} = checkCorrection(recorded.text, utf8.decode(fs.readFileSync(full)), locale);
if (problems.length > 0) {
  const {places, wordsInPlace, words} = CORRECTION_LIMITS;
  refuse(
    [
      `No correction recorded: the edit of ${found.file} is more than a typo:`,
      ...problems.map((problem) => `  - ${problem}`),
      `A correction changes at most ${wordsInPlace} words in one place and ${words} in all, in at most ${places} places, and no number, date, period, e-mail address, web address or link.`,
      `Anything more is a change readers must be told about: undo the edit (restore the file from main) and publish a new version: npm run policy:new -- ${document} ${locale}`
    ].join('\n')
  );
}
if (edits.length === 0) {
  refuse(
    `No correction recorded: no word a reader sees changed in ${found.file} (only spaces, line breaks or comments). Undo the change: published versions are permanent.`
  );
}

const lockPath = path.join(contentDir, LOCK_FILE);
fs.writeFileSync(lockPath, serializeLock(recordCorrection(lock, key, found.hash, reason, day, edits)));
console.log(`Recorded the correction of ${found.file} in ${path.relative(process.cwd(), lockPath)}.`);
console.log(`Its page now says: Corrected on ${day}: ${reason}`);
for (const edit of edits) console.log(`  "${edit.before}" → "${edit.after}"`);
console.log('Commit both files; the pull request shows the exact change for review.');
