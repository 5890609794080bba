// `npm run content:lock [-- --init]`: records every published version not yet in the lock file.
// Recorded versions are never changed here (that is `content:correct`); --init creates a missing lock file.
import fs from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {baseFromEnvironment, onBaseBranch} from '@/lib/content/git';
import {readContent} from '@/lib/content/load';
import {today} from '@/lib/dates';
import {errorsIn} from '@/lib/content/issues';
import {LOCK_FILE, LOCK_MISSING, recordPublished, serializeLock} from '@/lib/content/lock';
import {contentDir} from '@/lib/site';
import {refuse} from './cli';

const {values} = parseArgs({options: {init: {type: 'boolean', default: false}}});
const lockPath = path.join(contentDir, LOCK_FILE);
const lockFile = path.relative(process.cwd(), lockPath);
const exists = fs.existsSync(lockPath);
if (!exists && !values.init) {
  refuse(`${lockFile} is missing: restore it from the main branch. Only for a new content folder: npm run content:lock -- --init`);
}

// Recording publishes: on main after the merge (CI), never on a branch. A content folder outside git,
// or a new one starting its lock file, is recorded where it is.
const where = exists ? onBaseBranch(contentDir, baseFromEnvironment()) : null;
if (where && !where.ok) {
  refuse(
    [
      `Nothing recorded: ${where.branch ? `this is the branch "${where.branch}"` : 'this checkout is another commit'}, not ${where.name}.`,
      `Versions are recorded on ${where.name} after the merge (CI runs npm run content:lock there). Recorded on a branch, a draft would count as published before it is approved, and every later edit of it would be refused as "this published version was changed".`,
      'Commit your new version without recording it: the warning "new version, not yet recorded" is expected.'
    ].join('\n')
  );
}

const day = today();
const {issues, files, lock} = readContent(contentDir, day);
const errors = errorsIn(issues).filter((issue) => exists || !issue.message.startsWith(LOCK_MISSING));
if (errors.length > 0) refuse('Nothing recorded: fix the errors above first (npm run content:check).', errors);

const {lock: next, added} = recordPublished(files, lock, day);
if (added.length === 0 && exists) {
  console.log(`Nothing to record: every version published by ${day} is in ${lockFile}.`);
} else {
  fs.writeFileSync(lockPath, serializeLock(next));
  console.log(`Recorded ${added.length} published version${added.length === 1 ? '' : 's'} in ${lockFile}:`);
  for (const key of added) console.log(`  ${key}`);
  console.log(`Commit ${lockFile}. From now on these files can only be corrected (npm run content:correct).`);
}
