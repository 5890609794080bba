// The only module that reads content files. Everything is read once per process and checked as a
// whole; the pages ask the catalog built from it.
import fs from 'node:fs';
import path from 'node:path';
import {createTranslator, hasLocale, type Locale} from 'next-intl';
import {routing} from '@/i18n/routing';
import en from '@/messages/en.json';
import zh from '@/messages/zh.json';
import {addDays, isCalendarDate, publishedDay, today} from '../dates';
import type {ContentIssue, Lock, Version} from '../model';
import {contentDir, maxAnnounceDays, maxFileBytes} from '../site';
import {checkOldAddresses, checkOldAddressesKept, oldAddressesOf, type OldAddress} from './addresses';
import {checkAgainstBase, type Amendment, type Here} from './base';
import {createCatalog, type Catalog, type Settings} from './catalog';
import {invisibleCharacters} from './characters';
import {checkChanges} from './changes';
import {onEveryDay} from './days';
import {listContent, SITE_SETTINGS, type ContentFile, type SettingsFile} from './files';
import {parseFrontMatter, versionText} from './frontmatter';
import {readBase, type Base, type BaseTree} from './git';
import {ContentError, errorsIn, formatIssue} from './issues';
import {checkSiteLinks} from './links';
import {checkLock, correctionsOf, hashBytes, LOCK_FILE, parseLock, withdrawalsOf, type VersionFile} from './lock';
import {renderMarkdown, type AnchorLabel} from './markdown';
import {checkReferences} from './references';
import {parseDocumentSettings, parseSiteSettings} from './settings';
import {checkTranslations} from './translations';
import {lintChinese} from './typography';
import {checkUntranslated} from './untranslated';

export type Content = {
  versions: Version[];
  catalog: Catalog;
  issues: ContentIssue[];
  /** Every version file, valid or not, with its hash: what the lock is checked against. */
  files: VersionFile[];
  /** Each version file's front matter as YAML read it, valid or not, by its lock key: what an unfinished draft says it is. */
  fields: Map<string, Record<string, unknown>>;
  lock: Lock | null;
  /** The issues of the checks that depend on the day (also in `issues`), run for every day the content names. */
  dated: ContentIssue[];
  /** With a base branch: its name, its version files, and the corrections and withdrawals added since, each verified from git. */
  base?: {name: string; published: string[]; amendments: Amendment[]} | {problem: string};
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
  const again = /^(\d{4}-\d{2}-\d{2})-(\d+)\.md$/.exec(name);
  if (again && isCalendarDate(again[1])) {
    return `file name "${name}": a second version published on ${again[1]} is named ${again[1]}-2.md, a third ${again[1]}-3.md, up to -9 (npm run policy:new names it)`;
  }
  const written = /^(\d{4})-(\d{1,2})-(\d{1,2})(\.[^.]+)?$/.exec(name);
  if (!written) return `file name "${name}" is not a date: name versions YYYY-MM-DD.md, the day the text is published`;
  const [, year, month, day, extension] = written;
  const right = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}.md`;
  if (!isCalendarDate(right.slice(0, 10))) return `file name "${name}" is not a real date: name versions YYYY-MM-DD.md (${right.slice(0, 10)} is no day of the calendar)`;
  if (extension !== '.md') return `file name "${name}" must end in .md (lower case): name it ${right}`;
  return `file name "${name}": write the month and the day with two digits: name it ${right}`;
}

function readVersion(
  {document, locale, name, date, file, key}: ContentFile,
  bytes: Buffer,
  day: string,
  issues: ContentIssue[],
  fields: Map<string, Record<string, unknown>>
): Version | null {
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
  const published = publishedDay(date);
  if (published > day) {
    error(1, `the file is dated ${published}, after today (${day}): date it today, the day its text is published, and give the day it applies in "effective: ${published}"`);
  }
  let source: string;
  try {
    source = utf8.decode(bytes);
  } catch {
    error(1, 'the file is not UTF-8 text: save it again as UTF-8');
    return null;
  }
  // The lock still records the bytes as they are.
  const text = versionText(source);
  const parsed = parseFrontMatter(text);
  if (parsed.raw) fields.set(key, parsed.raw);
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
  const effective = data.effective ?? published;
  if (data.translates && locale === routing.defaultLocale) {
    error(parsed.lines.fields.translates ?? 2, `front matter: "translates" is only for a translation (it names the English version translated): remove it from this ${locale} version`);
  }
  if (effective > addDays(published, maxAnnounceDays)) {
    // The likely year: the first on or after the file's date with the same month and day.
    const sameYear = `${published.slice(0, 4)}${effective.slice(4)}`;
    const likely = sameYear >= published ? sameYear : `${Number(published.slice(0, 4)) + 1}${effective.slice(4)}`;
    error(
      parsed.lines.fields.effective ?? 2,
      `front matter: "effective" (${effective}) is more than ${maxAnnounceDays} days after the file's date (${published}): is the year mistyped? Did you mean ${likely}?`
    );
  }
  // A file dated after today is told to move its date to "effective": saying more would contradict it.
  if (effective < published && published <= day) error(parsed.lines.fields.effective ?? 2, `front matter: "effective" (${effective}) is before the version's date (${published})`);
  if (/^[“‘「『"'].*[”’」』"']$/u.test(data.title)) {
    warn(parsed.lines.fields.title ?? 2, `front matter: the title is in quotation marks (${data.title}), which the page would show: remove them`);
  }
  if (parsed.problems.length > 0 || hidden.length > 0 || rendered.problems.length > 0) return null;
  const {html, toc, anchors, sections, preamble, links} = rendered;
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
    preamble,
    links,
    corrections: [],
    file,
    source,
    sha256: hashBytes(bytes),
    lines: parsed.lines,
    bodyLine: parsed.bodyLine
  };
}

/** The settings files: each document's document.yml, and the site's site.yml at the top of `root`. */
function readSettings(root: string, files: SettingsFile[], issues: ContentIssue[], oldAddresses: OldAddress[]): Settings {
  const report = (file: string, problems: {line: number; message: string}[]) => {
    for (const {line, message} of problems) issues.push({file, line, message, severity: 'error'});
  };
  const settings: Settings = {documents: {}, site: null};
  for (const {document, full, file} of files) {
    const text = fs.readFileSync(full, 'utf8');
    const parsed = parseDocumentSettings(text);
    report(file, parsed.problems);
    if (parsed.settings) settings.documents[document] = parsed.settings;
    if (parsed.settings) oldAddresses.push(...oldAddressesOf(document, file, text, parsed.settings));
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

/**
 * The footer's address (content/site.yml) is the one the documents give: an address changed in the
 * documents (a regulator's demand) and left in the footer would be half the change.
 */
function checkContact(root: string, catalog: Catalog, day: string): ContentIssue[] {
  const contact = catalog.site?.contact;
  if (!contact) return [];
  // The original language's documents: a translation that has not followed a new address yet still gives the old one.
  const english = routing.defaultLocale;
  const inForce = catalog.documents(english).map((document) => catalog.inForce(document, english, day)).filter((v) => v !== null);
  if (inForce.length === 0 || inForce.some((version) => version.body.toLowerCase().includes(contact.toLowerCase()))) return [];
  const file = path.join(root, SITE_SETTINGS);
  const line = fs.readFileSync(file, 'utf8').split('\n').findIndex((text) => /^contact\s*:/.test(text)) + 1 || 1;
  return [
    {
      file: path.relative(process.cwd(), file),
      line,
      severity: 'warning',
      message: `the footer's address ${contact} appears in no document in force (${inForce.map((v) => `${v.document}/${v.locale}/${v.date}.md`).join(', ')}): if the documents give another address now, write it here too`
    }
  ];
}

/**
 * Versions apply in the order of their effective dates, whatever order they were written in: an
 * urgent change may apply today beside an announced upcoming version. The upcoming one, written
 * before, does not contain the urgent change and would undo it when it applies; say so while it can
 * still be mended. Of two versions that apply on the same day, the one written later wins.
 */
function checkOrder(catalog: Catalog, recorded: (version: Version) => boolean, day: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const warn = (version: Version, message: string) =>
    issues.push({file: version.file, line: version.lines.fields.effective ?? 1, message, severity: 'warning'});
  for (const locale of routing.locales) {
    for (const document of catalog.documents(locale)) {
      const versions = catalog.versions(document, locale);
      // A version replaced before it applies undoes nothing: what replaced it is checked instead.
      for (const later of versions.filter((v) => v.effective > day && !catalog.replacement(v))) {
        for (const sooner of versions.filter((v) => v.effective < later.effective && v.date > later.date)) {
          warn(
            later,
            `this version applies from ${later.effective} but was written before ${locale}/${sooner.date}.md, which applies sooner (${sooner.effective}): it does not contain that version's changes, and on ${later.effective} they would be undone (the comparison of the two shows them as removed). Publish a version with both, applying on ${later.effective}: npm run policy:new -- ${document} ${locale} --effective ${later.effective}`
          );
        }
      }
      for (const version of versions) {
        const by = catalog.replacement(version);
        // Said in the pull request that replaces it; once that is recorded, the history says it.
        if (by && !recorded(by)) warn(version, `never applies: ${locale}/${by.date}.md, published after it, takes effect the same day (${by.effective}); the history shows this version as replaced by it`);
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
  const fields = new Map<string, Record<string, unknown>>();
  const bytes = new Map<string, {file: string; bytes: Buffer}>();
  for (const found of listed.files) {
    // "2026-12-07-2.md" is the second version published that day: the first must be there.
    const again = /^(.{10})-(\d)$/.exec(found.date ?? '');
    const before = again && (again[2] === '2' ? again[1] : `${again[1]}-${Number(again[2]) - 1}`);
    if (before && !listed.files.some((other) => other.document === found.document && other.locale === found.locale && other.date === before)) {
      issues.push({file: found.file, line: 1, severity: 'error', message: `there is no ${before}.md beside it: the versions published on ${again![1]} are named ${again![1]}.md, then ${again![1]}-2.md, and so on`});
    }
    const data = fs.readFileSync(found.full);
    files.push({key: found.key, file: found.file, date: found.date, hash: hashBytes(data)});
    bytes.set(found.key, {file: found.file, bytes: data});
    const version = readVersion(found, data, day, issues, fields);
    if (version) versions.push(version);
  }
  const lockFile = path.join(root, LOCK_FILE);
  const read = readLock(lockFile, issues);
  const lock = read?.lock ?? null;
  // The base branch, against which the lock file is compared; what is on it is merged, so published.
  const tree = base && fs.existsSync(lockFile) ? readBase(root, base) : null;
  const onBase = tree && !('problem' in tree) ? tree : null;
  // A damaged lock file is reported as such, not as every version being unrecorded.
  if (lock || !fs.existsSync(lockFile)) issues.push(...checkLock(files, lock, path.relative(process.cwd(), root), day, (key) => Boolean(onBase?.at.files.has(key))));
  for (const version of versions) {
    version.corrections = correctionsOf(lock, `${version.document}/${version.locale}/${version.date}.md`);
  }
  const withdrawals = withdrawalsOf(lock).flatMap(({key, sha256, date: withdrawn, reason}) => {
    const [document, locale, name] = key.split('/');
    const date = name?.replace(/\.md$/, '');
    return hasLocale(routing.locales, locale) && date ? [{document, locale, date, sha256, withdrawn, reason}] : [];
  });
  const oldAddresses: OldAddress[] = [];
  const catalog = createCatalog(versions, withdrawals, readSettings(root, listed.settings, issues, oldAddresses));
  const documents = new Set(listed.files.filter((file) => file.date).map((file) => file.document));
  issues.push(...checkOldAddresses(oldAddresses, (name) => documents.has(name)).issues);
  // The interface's Chinese strings follow the same typography; checked with the real content only,
  // so test content folders stay independent of them.
  if (path.resolve(root) === contentDir) {
    const zh = path.resolve(/*turbopackIgnore: true*/ 'messages/zh.json');
    for (const problem of lintChinese(fs.readFileSync(zh, 'utf8'), 'json')) {
      issues.push({file: path.relative(process.cwd(), zh), line: problem.line, message: problem.message, severity: problem.severity});
    }
  }
  const valid = new Set(versions.map((version) => `${version.document}/${version.locale}/${version.date}.md`));
  const unreadable = (key: string) => files.some((file) => file.key === key) && !valid.has(key);
  const recorded = (version: Version) => Boolean(lock?.versions[`${version.document}/${version.locale}/${version.date}.md`]);
  const dated = onEveryDay(catalog, day, (on) => [
    ...checkOrder(catalog, recorded, on),
    ...checkSiteLinks(catalog, on),
    ...checkTranslations(catalog, on, unreadable),
    ...checkChanges(catalog, recorded, on),
    ...checkReferences(catalog, recorded, on),
    ...checkContact(root, catalog, on)
  ]);
  issues.push(...dated, ...checkUntranslated(versions, catalog.site?.names ?? []));
  const content: Content = {versions, catalog, issues, files, fields, lock, dated};
  // A damaged lock file here is already an error; against the base it would only repeat it per entry.
  if (tree && read) {
    content.base = compareWithBase(root, tree, {lock: read.lock, lockText: read.text, files: bytes, catalog, day}, issues);
    if (onBase) issues.push(...checkOldAddressesKept(root, onBase.name, formerlyOn(onBase), oldAddresses, (name) => documents.has(name)));
  } else if (onBase) {
    // The lock file is damaged (an error already): the base still says which versions are published,
    // so that the report does not call every one of them new.
    content.base = {name: onBase.name, published: [...onBase.at.files.keys()], amendments: []};
  }
  return content;
}

/** The old addresses every document.yml lists on the base branch, each with its document. */
function formerlyOn(tree: BaseTree): Map<string, string> {
  const before = new Map<string, string>();
  const texts = tree.read([...tree.at.settings.values()]);
  for (const [document, blob] of tree.at.settings) {
    for (const address of parseDocumentSettings(texts.get(blob)?.toString('utf8') ?? '').settings?.formerly ?? []) before.set(address, document);
  }
  return before;
}

/** The content against the base branch (see base.ts); a base that cannot be found is an error. */
function compareWithBase(root: string, tree: BaseTree | {problem: string}, here: Omit<Here, 'lockFile' | 'root'>, issues: ContentIssue[]): Content['base'] {
  const lockFile = path.relative(process.cwd(), path.join(root, LOCK_FILE));
  if ('problem' in tree) {
    issues.push({file: lockFile, line: 1, message: tree.problem, severity: 'error'});
    return {problem: tree.problem};
  }
  const compared = checkAgainstBase({...here, lockFile, root: path.relative(process.cwd(), root)}, tree);
  issues.push(...compared.issues);
  return {name: tree.name, published: [...tree.at.files.keys()], amendments: compared.amendments};
}

// One catalog per process: the pages, the route handlers and the start-up (instrumentation.ts) are
// bundled apart, each with its own copy of this module, and would each read the whole archive again.
const shared = globalThis as {[key: symbol]: {catalog: Catalog; at: number} | undefined};
const CATALOG = Symbol.for('infermesh.catalog');
// `npm run dev` reads the content again after a second, so a saved edit shows on the next refresh.
const reread = process.env.NODE_ENV === 'development' ? 1000 : Infinity;

/**
 * Every version, checked, as a catalog. Throws a ContentError naming each bad file, which fails the
 * build and shows the mistake in `npm run dev`. The production server, though, serves content the
 * build checked for every day it names: a problem of the day found then is logged, never thrown (a
 * page regenerated on an effective day, or a comparison asked for then, would answer 500). Only
 * files that no longer read as they did at the build are refused (the page cache keeps the last good
 * page of a regeneration that throws).
 */
export function getCatalog(): Catalog {
  let cached = shared[CATALOG];
  if (!cached || Date.now() - cached.at > reread) {
    const {catalog, issues, dated} = readContent();
    const serving = process.env.NODE_ENV === 'production' && process.env.NEXT_PHASE !== 'phase-production-build';
    const errors = errorsIn(issues).filter((issue) => !serving || !dated.includes(issue));
    if (errors.length > 0) throw new ContentError(errors);
    const late = serving ? errorsIn(dated) : [];
    if (late.length > 0) console.error(`Content problems on ${today()} (served all the same: the build checked every day its content names):\n${late.map((issue) => `  ${formatIssue(issue)}`).join('\n')}`);
    shared[CATALOG] = cached = {catalog, at: Date.now()};
  }
  return cached.catalog;
}
