// Shared by the command-line tools: how they refuse, and how the two that amend a published version
// (content:correct, content:withdraw) read their arguments.
import path from 'node:path';
import {parseArgs} from 'node:util';
import {baseFromEnvironment} from '@/lib/content/git';
import {formatIssue} from '@/lib/content/issues';
import {LOCK_FILE} from '@/lib/content/lock';
import {readContent} from '@/lib/content/load';
import {today} from '@/lib/dates';
import type {ContentIssue} from '@/lib/model';
import {contentDir} from '@/lib/site';

/** Prints the reason and stops with exit code 1; nothing has been written. */
export function refuse(message: string, issues: ContentIssue[] = []): never {
  for (const issue of issues) console.error(formatIssue(issue));
  console.error(message);
  process.exit(1);
}

/**
 * Reads `<file> --reason "…"` and finds the file's version as recorded in the lock file, refusing in
 * the command's own words when the reason is missing or too long, or the file is not a recorded
 * published version.
 */
export function recordedVersionFromArgs(command: {usage: string; missingReason: string; maxReason: number; unrecorded: string}) {
  const {usage} = command;
  const {values, positionals} = parseArgs({allowPositionals: true, options: {reason: {type: 'string'}}});
  if (positionals.length !== 1) refuse(usage);
  const reason = (values.reason ?? '').trim();
  if (!reason) refuse(`${command.missingReason} ${usage}`);
  if (reason.includes('\n') || reason.length > command.maxReason) refuse(`The reason must be one line of at most ${command.maxReason} characters.`);

  const key = path.relative(contentDir, path.resolve(positionals[0])).split(path.sep).join('/');
  const day = today();
  // Against the base branch, as content:check runs in CI: what is merged is published.
  const content = readContent(contentDir, day, baseFromEnvironment() ?? undefined);
  const found = content.files.find((file) => file.key === key);
  if (!found) refuse(`${positionals[0]} is not a version file in ${path.relative(process.cwd(), contentDir) || '.'}. ${usage}`);
  const lock = content.lock;
  const entry = lock?.versions[key];
  const base = content.base && 'published' in content.base ? content.base : null;
  if ((!lock || !entry) && base?.published.includes(key)) {
    refuse(
      `${found.file} is published on ${base.name} but not yet recorded in ${LOCK_FILE}: the job that runs after each merge records it within minutes. Once it has, update your branch (git pull origin ${base.name.replace(/^origin\//, '')}) and run this again.`
    );
  }
  if (!lock || !entry) refuse(`${found.file} is not a recorded published version: ${command.unrecorded}`);
  return {reason, key, day, content, found, lock, entry};
}
