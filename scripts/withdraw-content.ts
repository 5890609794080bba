// `npm run content:withdraw -- <file> --reason "..."`: takes a published version out of the archive,
// openly. The file is removed; the lock file keeps its hash and records the day and the reason, and
// the history says so. For a version that should never have been published as it was (a wrong date),
// not for a change of text: that is a new version.
import fs from 'node:fs';
import path from 'node:path';
import {hasLocale} from 'next-intl';
import {routing} from '@/i18n/routing';
import {catalogWithout, withdrawalProblem} from '@/lib/content/base';
import {errorsIn, formatIssue} from '@/lib/content/issues';
import {readContent} from '@/lib/content/load';
import {LOCK_FILE, recordWithdrawal, serializeLock} from '@/lib/content/lock';
import {contentDir} from '@/lib/site';
import {recordedVersionFromArgs, refuse} from './cli';

const {reason, key, day, content: before, found, lock} = recordedVersionFromArgs({
  usage: 'Usage: npm run content:withdraw -- content/<document>/<locale>/<YYYY-MM-DD>.md --reason "Why it is withdrawn"',
  missingReason: 'A withdrawal needs a reason, shown in the history: --reason "…".',
  maxReason: 300,
  unrecorded: 'until it is recorded, delete it like any other file.'
});
if (errorsIn(before.issues).length > 0) refuse('Nothing withdrawn: fix the errors above first (npm run content:check).', errorsIn(before.issues));
// A language never loses its pages to a withdrawal: what replaces the version is published first.
const [document, locale] = key.split('/');
const problem = hasLocale(routing.locales, locale) ? withdrawalProblem(catalogWithout(before.catalog, key), document, locale, day) : null;
if (problem) refuse(`Nothing withdrawn from ${found.file}: ${problem}.`);

const lockPath = path.join(contentDir, LOCK_FILE);
const lockText = fs.readFileSync(lockPath, 'utf8');
const fileBytes = fs.readFileSync(found.file);
fs.writeFileSync(lockPath, serializeLock(recordWithdrawal(lock, key, reason, day)));
fs.rmSync(found.file);
// Whatever pointed to the version (a link in another file) must be mended first: undo, and say what.
const after = errorsIn(readContent(contentDir, day).issues);
if (after.length > 0) {
  fs.writeFileSync(lockPath, lockText);
  fs.writeFileSync(found.file, fileBytes);
  for (const issue of after) console.error(formatIssue(issue));
  refuse(`Nothing withdrawn: without ${found.file} the content would have the errors above. Mend them first.`);
}
console.log(`Withdrew ${found.file}: the file is removed, and ${path.relative(process.cwd(), lockPath)} records it.`);
console.log(`The history now says: Withdrawn on ${day}: ${reason}`);
console.log('Commit the removal and the lock file together; the pull request shows both for review.');
