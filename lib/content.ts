// The only module that reads content/. Everything is read once per process and checked as a whole.
import fs from 'node:fs';
import path from 'node:path';
import {createTranslator} from 'next-intl';
import {routing, type Locale} from '@/i18n/routing';
import en from '@/messages/en.json';
import zh from '@/messages/zh.json';
import {isCalendarDate, today} from './dates';
import {parseFrontMatter} from './frontmatter';
import {ContentError, type ContentIssue} from './issues';
import {checkSiteLinks} from './links';
import {checkLock, correctionsOf, hashText, LOCK_FILE, parseLock, type Correction, type Lock, type VersionFile} from './lock';
import {renderMarkdown, type AnchorLabel, type NumberedSection, type SiteLink, type TocEntry} from './markdown';
import {contentDir} from './site';
import {checkTranslations} from './translations';

export type Version = {
  document: string;
  locale: Locale;
  /** The file's date: when this version was last updated. */
  date: string;
  /** When it takes effect; the file's date unless the front matter says otherwise. */
  effective: string;
  title: string;
  description: string;
  summary?: string;
  body: string;
  html: string;
  toc: TocEntry[];
  /** Every heading id, for links from other documents. */
  anchors: string[];
  sections: NumberedSection[];
  links: SiteLink[];
  /** Typo fixes made after publication, oldest first, from the lock file. */
  corrections: Correction[];
  /** Path relative to the repository, for messages and "view source" links. */
  file: string;
};

export type Content = {
  versions: Version[];
  issues: ContentIssue[];
  /** Every version file, valid or not, with its hash: what the lock is checked against. */
  files: VersionFile[];
  lock: Lock | null;
};

const DOCUMENT_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const VERSION_FILE = /^(.*)\.md$/;

function isLocale(value: string): value is Locale {
  return (routing.locales as readonly string[]).includes(value);
}

const messages: Record<Locale, typeof en> = {en, zh};

/** "Link to section 2.1" / "链接到 2.1 节": the name of a heading's self-link. */
function anchorLabel(locale: Locale): AnchorLabel {
  const t = createTranslator({locale, messages: messages[locale], namespace: 'HeadingAnchor'});
  return ({number, text}) => (number ? t('numbered', {number}) : t('named', {title: text}));
}

function subdirectories(dir: string): string[] {
  return fs
    .readdirSync(dir, {withFileTypes: true})
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** A file in a language folder; `date` is its name without `.md`, maybe no date at all. */
type Found = {document: string; locale: Locale; name: string; date: string; file: string; source: string};

function readVersion({document, locale, name, date, file, source}: Found, issues: ContentIssue[]): Version | null {
  const error = (line: number, message: string) => issues.push({file, line, message, severity: 'error'});
  if (!isCalendarDate(date)) {
    error(1, `file name "${name}" is not a real date: name versions YYYY-MM-DD.md (the day of the update)`);
    return null;
  }
  const parsed = parseFrontMatter(source);
  parsed.problems.forEach((problem) => error(problem.line, problem.message));
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
  if (parsed.problems.length > 0 || rendered.problems.length > 0) return null;
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

function readLock(full: string, issues: ContentIssue[]): Lock | null {
  if (!fs.existsSync(full)) return null;
  const parsed = parseLock(fs.readFileSync(full, 'utf8'));
  if ('lock' in parsed) return parsed.lock;
  issues.push({file: path.relative(process.cwd(), full), ...parsed.problem, severity: 'error'});
  return null;
}

/**
 * Reads and checks every content file under `root`, and the whole against the lock file, on `day`.
 * Never throws for a content mistake.
 */
export function readContent(root: string = contentDir, day: string = today()): Content {
  const issues: ContentIssue[] = [];
  const versions: Version[] = [];
  const files: VersionFile[] = [];
  const relative = (p: string) => path.relative(process.cwd(), p);
  if (!fs.existsSync(root)) {
    return {versions, files, lock: null, issues: [{file: relative(root), line: 1, message: 'the content folder does not exist', severity: 'error'}]};
  }
  for (const document of subdirectories(root)) {
    const documentDir = path.join(root, document);
    if (!DOCUMENT_NAME.test(document)) {
      issues.push({file: relative(documentDir), line: 1, message: `folder name "${document}" must be lower-case letters, digits and dashes`, severity: 'error'});
      continue;
    }
    for (const locale of subdirectories(documentDir)) {
      const localeDir = path.join(documentDir, locale);
      if (!isLocale(locale)) {
        issues.push({file: relative(localeDir), line: 1, message: `"${locale}" is not a language of the site (${routing.locales.join(', ')})`, severity: 'error'});
        continue;
      }
      const inLocale: Version[] = [];
      for (const name of fs.readdirSync(localeDir).sort()) {
        const full = path.join(localeDir, name);
        if (fs.statSync(full).isDirectory()) {
          issues.push({file: relative(full), line: 1, message: 'unexpected folder: versions are files named YYYY-MM-DD.md', severity: 'error'});
          continue;
        }
        const date = VERSION_FILE.exec(name)?.[1] ?? '';
        const found = {document, locale, name, date, file: relative(full), source: fs.readFileSync(full, 'utf8')};
        files.push({
          key: `${document}/${locale}/${name}`,
          file: found.file,
          date: isCalendarDate(date) ? date : null,
          hash: hashText(found.source)
        });
        const version = readVersion(found, issues);
        if (version) inLocale.push(version);
      }
      // Versions are sorted by date (file names); their effective dates must not go backwards.
      for (let i = 1; i < inLocale.length; i++) {
        const [before, after] = [inLocale[i - 1], inLocale[i]];
        if (after.effective < before.effective) {
          issues.push({
            file: after.file,
            line: 2,
            message: `"effective" (${after.effective}) is before the effective date of the previous version ${before.date} (${before.effective})`,
            severity: 'error'
          });
        }
      }
      versions.push(...inLocale);
    }
  }
  const lockFile = path.join(root, LOCK_FILE);
  const lock = readLock(lockFile, issues);
  // A damaged lock file is reported as such, not as every version being unrecorded.
  if (lock || !fs.existsSync(lockFile)) issues.push(...checkLock(files, lock, relative(root), day));
  for (const version of versions) {
    version.corrections = correctionsOf(lock, `${version.document}/${version.locale}/${version.date}.md`);
  }
  issues.push(...checkSiteLinks(versions, day), ...checkTranslations(versions));
  return {versions, issues, files, lock};
}

let cached: {versions: Version[]; at: number} | undefined;
// `npm run dev` reads the content again after a second, so a saved edit shows on the next refresh.
const reread = process.env.NODE_ENV === 'development' ? 1000 : Infinity;

/** Every version, checked. Throws a ContentError naming each bad file, which fails the build. */
export function allVersions(): Version[] {
  if (!cached || Date.now() - cached.at > reread) {
    const {versions, issues} = readContent();
    const errors = issues.filter((issue) => issue.severity === 'error');
    if (errors.length > 0) throw new ContentError(errors);
    cached = {versions, at: Date.now()};
  }
  return cached.versions;
}

export function documentsIn(locale: Locale): string[] {
  return [...new Set(allVersions().filter((v) => v.locale === locale).map((v) => v.document))];
}

/** Versions of one document in one language, newest first. */
export function versionsOf(document: string, locale: Locale): Version[] {
  return allVersions()
    .filter((v) => v.document === document && v.locale === locale)
    .sort((a, b) => b.date.localeCompare(a.date));
}
