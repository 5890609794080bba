import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {readContent} from '@/lib/content/load';
import {formatIssue} from '@/lib/content/issues';
import {LOCK_FILE, recordPublished, serializeLock} from '@/lib/content/lock';
import {tempDir} from './temp';

/** Writes a content tree into a fresh temporary folder: {"privacy/en/2026-04-02.md": "..."}. */
export function contentTree(files: Record<string, string>): string {
  const root = tempDir('legal-content-');
  for (const [name, text] of Object.entries(files)) {
    const full = path.join(root, name);
    fs.mkdirSync(path.dirname(full), {recursive: true});
    fs.writeFileSync(full, text);
  }
  return root;
}

const validDescription = 'A description long enough for search engines to show in their results.';
// A translation's description is in its language too: English words left in one are refused.
const chineseDescription = '本政策说明 Infer Mesh 如何收集、使用、共享、存储和保护您的个人信息，以及您依法享有的权利和联系我们的方式。';

/** Every version after a document's first must say what changed: one line of YAML, so lines stay put. */
const EDITORIAL = 'changes: [{section: all, kind: editorial, summary: Reworded for clarity.}]';

/** A version file; `changes` is its one line of changes ('' for none, still one line). */
export function doc({title = 'Privacy Policy', description, extra = '', body = '## 1. Scope\n\nText.\n', changes = EDITORIAL}: {title?: string; description?: string; extra?: string; body?: string; changes?: string} = {}) {
  description ??= /\p{Script=Han}/u.test(body + title) ? chineseDescription : validDescription;
  return `---\ntitle: ${title}\ndescription: ${description}\n${extra}${changes}\n---\n${body}`;
}

/** Every message of the check on `day`, with file names relative to the tree, as `content:check` prints them. */
export function check(root: string, day: string): string[] {
  return readContent(root, day).issues.map((issue) => formatIssue({...issue, file: path.relative(root, path.resolve(issue.file))}));
}

/** A day after every version of the drafts below: no file is dated in the future. */
export const LATER = '2026-12-31';

/** A content tree whose versions are all new: its lock file records none of them yet, as on a branch. */
export function draftTree(files: Record<string, string>): string {
  return contentTree({[LOCK_FILE]: serializeLock({versions: {}}), ...files});
}

/** The messages of the check on a draft tree, without the notes that each new version is not yet recorded. */
export function drafts(root: string, day: string = LATER): string[] {
  return check(root, day).filter((message) => !message.includes('new version, not yet recorded'));
}

/** Records the versions published by `day` in the tree's lock file, as `npm run content:lock` does. */
export function lockTree(root: string, day: string): void {
  const {files, lock} = readContent(root, day);
  fs.writeFileSync(path.join(root, LOCK_FILE), serializeLock(recordPublished(files, lock, day).lock));
}

/** Runs one of scripts/*.ts as the npm scripts do; file names in its output are shown relative to the repository. */
export function runScript(name: string, args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, ['scripts/run.mjs', name, ...args], {
    encoding: 'utf8',
    env: {...process.env, GITHUB_ACTIONS: '', ...env}
  });
  const tidy = (text: string) =>
    env.CONTENT_DIR ? text.replaceAll(`${path.relative(process.cwd(), env.CONTENT_DIR)}/`, 'content/') : text;
  return {status: result.status, stdout: tidy(result.stdout), stderr: tidy(result.stderr)};
}
