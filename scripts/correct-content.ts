// `npm run content:correct -- <file> --reason "..."`: accepts the edit of a published version as a
// correction (a typo, never a change of meaning). The reason is kept in the lock file and shown on the page.
import fs from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {readContent} from '@/lib/content/load';
import {today} from '@/lib/dates';
import {errorsIn} from '@/lib/content/issues';
import {CHANGED, LOCK_FILE, recordCorrection, serializeLock} from '@/lib/content/lock';
import {contentDir} from '@/lib/site';
import {refuse} from './cli';

const usage = 'Usage: npm run content:correct -- content/<document>/<locale>/<YYYY-MM-DD>.md --reason "What was corrected"';
const {values, positionals} = parseArgs({allowPositionals: true, options: {reason: {type: 'string'}}});
if (positionals.length !== 1) refuse(usage);
const reason = (values.reason ?? '').trim();
if (!reason) refuse(`A correction needs a reason, shown on the page: --reason "Corrected a typo in section 2.1". ${usage}`);
if (reason.includes('\n') || reason.length > 200) refuse('The reason must be one line of at most 200 characters.');

const key = path.relative(contentDir, path.resolve(positionals[0])).split(path.sep).join('/');
const day = today();
const {issues, files, lock} = readContent(contentDir, day);
const found = files.find((file) => file.key === key);
if (!found) refuse(`${positionals[0]} is not a version file in ${path.relative(process.cwd(), contentDir) || '.'}. ${usage}`);
const entry = lock?.versions[key];
if (!lock || !entry) refuse(`${found.file} is not a recorded published version: until it is recorded, edit it freely, no correction needed.`);
if (entry.sha256 === found.hash) refuse(`${found.file} is unchanged: fix the typo in the file first, then record the correction.`);

const accepted = (issue: {file: string; message: string}) => issue.file === found.file && issue.message.startsWith(CHANGED);
const errors = errorsIn(issues).filter((issue) => !accepted(issue));
if (errors.length > 0) refuse('No correction recorded: fix the errors above first (npm run content:check).', errors);

const lockPath = path.join(contentDir, LOCK_FILE);
fs.writeFileSync(lockPath, serializeLock(recordCorrection(lock, key, found.hash, reason, day)));
console.log(`Recorded the correction of ${found.file} in ${path.relative(process.cwd(), lockPath)}.`);
console.log(`Its page now says: Corrected on ${day}: ${reason}`);
console.log('Commit both files; the pull request shows the exact change for review.');
