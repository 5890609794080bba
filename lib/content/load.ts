// The only module that reads content files. Everything is read once per process and checked as a
// whole; the pages ask the catalog built from it.
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {createTranslator, hasLocale, type Locale} from 'next-intl';
import {routing} from '@/i18n/routing';
import en from '@/messages/en.json';
import zh from '@/messages/zh.json';
import {isCalendarDate, today} from '../dates';
import type {ContentIssue, Lock, Version} from '../model';
import {contentDir, maxFileBytes} from '../site';
import {createCatalog, type Catalog, type Settings} from './catalog';
import {invisibleCharacters} from './characters';
import {checkChanges} from './changes';
import {listContent, SITE_SETTINGS, type ContentFile, type SettingsFile} from './files';
import {parseFrontMatter} from './frontmatter';
import {ContentError, errorsIn} from './issues';
import {checkSiteLinks} from './links';
import {checkAgainstBase, checkLock, correctionsOf, hashBytes, LOCK_FILE, parseLock, withdrawalsOf, type VersionFile} from './lock';
import {renderMarkdown, type AnchorLabel} from './markdown';
import {checkReferences} from './references';
import {parseDocumentSettings, parseSiteSettings} from './settings';
import {checkTranslations} from './translations';
import {lintChinese} from './typography';

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

// ignoreBOM keeps a byte-order mark in the text, so the source served for download is the file's bytes.
const utf8 = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true});

/** What is wrong with the name of a version file, in words: it must be YYYY-MM-DD.md, a real day. */
function nameProblem(name: string): string {
  const written = /^(\d{4})-(\d{1,2})-(\d{1,2})(\.[^.]+)?$/.exec(name);
  if (!written) return `file name "${name}" is not a date: name versions YYYY-MM-DD.md, the day the text is published`;
  const [, year, month, day, extension] = written;
  const right = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}.md`;
  if (!isCalendarDate(right.slice(0, 10))) return `file name "${name}" is not a real date: name versions YYYY-MM-DD.md (${right.slice(0, 10)} is no day of the calendar)`;
  if (extension !== '.md') return `file name "${name}" must end in .md (lower case): name it ${right}`;
  return `file name "${name}": write the month and the day with two digits: name it ${right}`;
}

function readVersion({document, locale, name, date, file}: ContentFile, bytes: Buffer, day: string, issues: ContentIssue[]): Version | null {
  const error = (line: number, message: string) => issues.push({file, line, message, severity: 'error'});
  const warn = (line: number, message: string) => issues.push({file, line, message, severity: 'warning'});
  if (!date) {
    error(1, nameProblem(name));
    return null;
  }
  if (bytes.length > maxFileBytes) {
    error(1, `the file has ${(bytes.length / 1024).toFixed(0)} KiB; a version may have at most ${maxFileBytes / 1024} KiB: is something pasted twice, or not text?`);
    return null;
  }
  if (date > day) {
    error(1, `the file is dated ${date}, after today (${day}): date it today, the day its text is published, and give the day it applies in "effective: ${date}"`);
  }
  let source: string;
  try {
    source = utf8.decode(bytes);
  } catch {
    error(1, 'the file is not UTF-8 text: save it again as UTF-8');
    return null;
  }
  // A byte-order mark and Windows line endings are the same text: read past them (the lock still
  // records the bytes as they are).
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const parsed = parseFrontMatter(text);
  parsed.problems.forEach((problem) => error(problem.line, problem.message));
  // The body's lines are checked with the Markdown; these are the front matter's.
  const hidden = invisibleCharacters(text).filter((problem) => problem.line < parsed.bodyLine);
  hidden.forEach((problem) => error(problem.line, problem.message));
  const rendered = renderMarkdown(parsed.body, {firstLine: parsed.bodyLine, anchorLabel: anchorLabel(locale)});
  rendered.problems.forEach((problem) => error(problem.line, problem.message));
  // Chinese typography (spacing, full-width punctuation), over the whole file so lines are the file's.
  if (locale === 'zh') {
    for (const problem of lintChinese(text, 'markdown')) issues.push({file, line: problem.line, message: problem.message, severity: problem.severity});
  }
  if (parsed.body.trim() === '' && parsed.data) error(parsed.bodyLine, 'the document has no text after the front matter');
  const data = parsed.data;
  if (!data) return null;
  const effective = data.effective ?? date;
  if (effective < date) error(parsed.lines.fields.effective ?? 2, `front matter: "effective" (${effective}) is before the version's date (${date})`);
  if (/^[“‘「『"'].*[”’」』"']$/u.test(data.title)) {
    warn(parsed.lines.fields.title ?? 2, `front matter: the title is in quotation marks (${data.title}), which the page would show: remove them`);
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
    changes: data.changes ?? [],
    notice: data.notice,
    translates: data.translates,
    body: parsed.body,
    html,
    toc,
    anchors,
    sections,
    links,
    corrections: [],
    file,
    source,
    sha256: hashBytes(bytes),
    lines: parsed.lines
  };
}

/** The settings files: each document's document.yml, and the site's site.yml at the top of `root`. */
function readSettings(root: string, files: SettingsFile[], issues: ContentIssue[]): Settings {
  const report = (file: string, problems: {line: number; message: string}[]) => {
    for (const {line, message} of problems) issues.push({file, line, message, severity: 'error'});
  };
  const settings: Settings = {documents: {}, site: null};
  for (const {document, full, file} of files) {
    const parsed = parseDocumentSettings(fs.readFileSync(full, 'utf8'));
    report(file, parsed.problems);
    if (parsed.settings) settings.documents[document] = parsed.settings;
  }
  const site = path.join(root, SITE_SETTINGS);
  if (fs.existsSync(site)) {
    const parsed = parseSiteSettings(fs.readFileSync(site, 'utf8'));
    report(path.relative(process.cwd(), site), parsed.problems);
    settings.site = parsed.settings;
  }
  return settings;
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
    if (!git('ls-tree', '--full-tree', '--name-only', base.ref, '--', inRepository).trim()) return null;
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

/**
 * Versions apply in the order of their effective dates, whatever order they were written in: an
 * urgent change may apply today beside an announced upcoming version. The upcoming one, written
 * before, does not contain the urgent change and would undo it when it applies; say so while it can
 * still be mended. Of two versions that apply on the same day, the one written later wins.
 */
function checkOrder(catalog: Catalog, day: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const warn = (version: Version, message: string) =>
    issues.push({file: version.file, line: version.lines.fields.effective ?? 1, message, severity: 'warning'});
  for (const locale of routing.locales) {
    for (const document of catalog.documents(locale)) {
      const versions = catalog.versions(document, locale);
      for (const later of versions.filter((v) => v.effective > day)) {
        for (const sooner of versions.filter((v) => v.effective < later.effective && v.date > later.date)) {
          warn(
            later,
            `this version applies from ${later.effective} but was written before ${locale}/${sooner.date}.md, which applies sooner (${sooner.effective}): it does not contain that version's changes, and on ${later.effective} they would be undone (the comparison of the two shows them as removed). Publish a version with both, applying on ${later.effective}: npm run policy:new -- ${document} ${locale} --effective ${later.effective}`
          );
        }
      }
      for (const [i, version] of versions.entries()) {
        const same = versions.slice(i + 1).find((other) => other.effective === version.effective);
        if (same) warn(same, `never applies: ${locale}/${version.date}.md, published after it, takes effect the same day (${version.effective})`);
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
    const bytes = fs.readFileSync(found.full);
    files.push({key: found.key, file: found.file, date: found.date, hash: hashBytes(bytes)});
    const version = readVersion(found, bytes, day, issues);
    if (version) versions.push(version);
  }
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
  const withdrawals = withdrawalsOf(lock).flatMap(({key, sha256, date: withdrawn, reason}) => {
    const [document, locale, name] = key.split('/');
    const date = name?.replace(/\.md$/, '');
    return hasLocale(routing.locales, locale) && date ? [{document, locale, date, sha256, withdrawn, reason}] : [];
  });
  const catalog = createCatalog(versions, withdrawals, readSettings(root, listed.settings, issues));
  // The interface's Chinese strings follow the same typography; checked with the real content only,
  // so test content folders stay independent of them.
  if (path.resolve(root) === contentDir) {
    const zh = path.resolve(/*turbopackIgnore: true*/ 'messages/zh.json');
    for (const problem of lintChinese(fs.readFileSync(zh, 'utf8'), 'json')) {
      issues.push({file: path.relative(process.cwd(), zh), line: problem.line, message: problem.message, severity: problem.severity});
    }
  }
  const recorded = (version: Version) => Boolean(lock?.versions[`${version.document}/${version.locale}/${version.date}.md`]);
  issues.push(...checkOrder(catalog, day), ...checkSiteLinks(catalog, day), ...checkTranslations(catalog, day), ...checkChanges(catalog, recorded, day), ...checkReferences(catalog, recorded, day));
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
