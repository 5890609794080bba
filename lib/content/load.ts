// The only module that reads content files. Everything is read once per process and checked as a
// whole; the pages ask the catalog built from it.
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {createTranslator, type Locale} from 'next-intl';
import en from '@/messages/en.json';
import zh from '@/messages/zh.json';
import {today} from '../dates';
import type {ContentIssue, Lock, Version} from '../model';
import {contentDir} from '../site';
import {createCatalog, type Catalog} from './catalog';
import {invisibleCharacters} from './characters';
import {listContent, type ContentFile} from './files';
import {parseFrontMatter} from './frontmatter';
import {ContentError, errorsIn} from './issues';
import {checkSiteLinks} from './links';
import {checkAgainstBase, checkLock, correctionsOf, hashText, LOCK_FILE, parseLock, type VersionFile} from './lock';
import {renderMarkdown, type AnchorLabel} from './markdown';
import {checkTranslations} from './translations';

export type Content = {
  versions: Version[];
  catalog: Catalog;
  issues: ContentIssue[];
  /** Every version file, valid or not, with its hash: what the lock is checked against. */
  files: VersionFile[];
  lock: Lock | null;
};

const messages: Record<Locale, typeof en> = {en, zh};

/** "Link to section 2.1" / "链接到 2.1 节": the name of a heading's self-link. */
function anchorLabel(locale: Locale): AnchorLabel {
  const t = createTranslator({locale, messages: messages[locale], namespace: 'HeadingAnchor'});
  return ({number, text}) => (number ? t('numbered', {number}) : t('named', {title: text}));
}

function readVersion({document, locale, name, date, file}: ContentFile, source: string, issues: ContentIssue[]): Version | null {
  const error = (line: number, message: string) => issues.push({file, line, message, severity: 'error'});
  if (!date) {
    error(1, `file name "${name}" is not a real date: name versions YYYY-MM-DD.md (the day of the update)`);
    return null;
  }
  const parsed = parseFrontMatter(source);
  parsed.problems.forEach((problem) => error(problem.line, problem.message));
  // The body's lines are checked with the Markdown; these are the front matter's.
  const hidden = invisibleCharacters(source).filter((problem) => problem.line < parsed.bodyLine);
  hidden.forEach((problem) => error(problem.line, problem.message));
  const rendered = renderMarkdown(parsed.body, {firstLine: parsed.bodyLine, anchorLabel: anchorLabel(locale)});
  rendered.problems.forEach((problem) => error(problem.line, problem.message));
  if (parsed.body.trim() === '' && parsed.data) error(parsed.bodyLine, 'the document has no text after the front matter');
  const data = parsed.data;
  if (!data) return null;
  const effective = data.effective ?? date;
  if (effective < date) {
    const line = source.split('\n').findIndex((l) => l.startsWith('effective')) + 1;
    error(line || 2, `front matter: "effective" (${effective}) is before the version's date (${date})`);
  }
  if (parsed.problems.length > 0 || hidden.length > 0 || rendered.problems.length > 0) return null;
  const {html, toc, anchors, sections, links} = rendered;
  return {
    document,
    locale,
    date,
    effective,
    title: data.title,
    description: data.description,
    summary: data.summary,
    body: parsed.body,
    html,
    toc,
    anchors,
    sections,
    links,
    corrections: [],
    file
  };
}

function readLock(full: string, issues: ContentIssue[]): {lock: Lock; text: string} | null {
  if (!fs.existsSync(full)) return null;
  const text = fs.readFileSync(full, 'utf8');
  const parsed = parseLock(text);
  if ('lock' in parsed) return {lock: parsed.lock, text};
  issues.push({file: path.relative(process.cwd(), full), ...parsed.problem, severity: 'error'});
  return null;
}

/** Where the lock file of the base branch is to be found: a git ref (`main`, `origin/main`). */
export type Base = {ref: string; required: boolean};

/**
 * The lock file as it is on `base`, read with git; null when it has none there (a new content
 * folder) or when the content folder is not in a git checkout at all (a build from an archive). A
 * base that cannot be read is an error when it was named explicitly (CI), else a warning.
 */
function readBaseLock(lockFile: string, base: Base, issues: ContentIssue[]): {lock: Lock; text: string} | null {
  const problem = (message: string) =>
    issues.push({file: path.relative(process.cwd(), lockFile), line: 1, message, severity: base.required ? 'error' : 'warning'});
  const git = (...args: string[]) => execFileSync('git', ['-C', path.dirname(lockFile), ...args], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
  let top: string;
  try {
    top = git('rev-parse', '--show-toplevel').trim();
  } catch {
    return null;
  }
  let text: string;
  try {
    git('rev-parse', '--verify', '--quiet', `${base.ref}^{commit}`);
    const inRepository = path.posix.join(path.relative(top, fs.realpathSync(path.dirname(lockFile))).split(path.sep).join('/'), LOCK_FILE);
    if (!git('ls-tree', '--name-only', base.ref, '--', inRepository).trim()) return null;
    text = git('show', `${base.ref}:${inRepository}`);
  } catch {
    problem(`could not read the lock file of ${base.ref} to compare with it (is this a git checkout with ${base.ref} fetched?): set CONTENT_BASE to the base branch`);
    return null;
  }
  const parsed = parseLock(text);
  if ('lock' in parsed) return {lock: parsed.lock, text};
  problem(`the lock file on ${base.ref} is damaged: ${parsed.problem.message}`);
  return null;
}

/** Versions of one language folder are published in file-name order: their effective dates must not go backwards. */
function checkOrder(versions: Version[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const byFolder = new Map<string, Version[]>();
  for (const v of versions) byFolder.set(`${v.document}/${v.locale}`, [...(byFolder.get(`${v.document}/${v.locale}`) ?? []), v]);
  for (const list of byFolder.values()) {
    list.sort((a, b) => a.date.localeCompare(b.date));
    for (let i = 1; i < list.length; i++) {
      const [before, after] = [list[i - 1], list[i]];
      if (after.effective < before.effective) {
        issues.push({
          file: after.file,
          line: 2,
          message: `"effective" (${after.effective}) is before the effective date of the previous version ${before.date} (${before.effective})`,
          severity: 'error'
        });
      }
    }
  }
  return issues;
}

/**
 * Reads and checks every content file under `root`, and the whole against the lock file, on `day`;
 * with `base`, the lock file also against the one on that git ref. Never throws for a content mistake.
 */
export function readContent(root: string = contentDir, day: string = today(), base?: Base): Content {
  const listed = listContent(root);
  const issues: ContentIssue[] = [...listed.issues];
  const versions: Version[] = [];
  const files: VersionFile[] = [];
  for (const found of listed.files) {
    const source = fs.readFileSync(found.full, 'utf8');
    files.push({key: found.key, file: found.file, date: found.date, hash: hashText(source)});
    const version = readVersion(found, source, issues);
    if (version) versions.push(version);
  }
  issues.push(...checkOrder(versions));
  const lockFile = path.join(root, LOCK_FILE);
  const read = readLock(lockFile, issues);
  const lock = read?.lock ?? null;
  // A damaged lock file is reported as such, not as every version being unrecorded.
  if (lock || !fs.existsSync(lockFile)) issues.push(...checkLock(files, lock, path.relative(process.cwd(), root), day));
  const baseLock = base ? readBaseLock(lockFile, base, issues) : null;
  if (baseLock && base) issues.push(...checkAgainstBase(lock, baseLock.lock, path.relative(process.cwd(), lockFile), read?.text ?? '', base.ref));
  for (const version of versions) {
    version.corrections = correctionsOf(lock, `${version.document}/${version.locale}/${version.date}.md`);
  }
  const catalog = createCatalog(versions);
  issues.push(...checkSiteLinks(catalog, day), ...checkTranslations(catalog));
  return {versions, catalog, issues, files, lock};
}

let cached: {catalog: Catalog; at: number} | undefined;
// `npm run dev` reads the content again after a second, so a saved edit shows on the next refresh.
const reread = process.env.NODE_ENV === 'development' ? 1000 : Infinity;

/** Every version, checked, as a catalog. Throws a ContentError naming each bad file, which fails the build. */
export function getCatalog(): Catalog {
  if (!cached || Date.now() - cached.at > reread) {
    const {catalog, issues} = readContent();
    const errors = errorsIn(issues);
    if (errors.length > 0) throw new ContentError(errors);
    cached = {catalog, at: Date.now()};
  }
  return cached.catalog;
}
