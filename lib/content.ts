// The only module that reads content/. Everything is read once per process and checked as a whole.
import fs from 'node:fs';
import path from 'node:path';
import {createTranslator} from 'next-intl';
import {routing, type Locale} from '@/i18n/routing';
import en from '@/messages/en.json';
import zh from '@/messages/zh.json';
import {isCalendarDate} from './dates';
import {parseFrontMatter} from './frontmatter';
import {ContentError, type ContentIssue} from './issues';
import {renderMarkdown, type AnchorLabel, type TocEntry} from './markdown';
import {contentDir} from './site';

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
  /** Path relative to the repository, for messages and "view source" links. */
  file: string;
};

export type Content = {versions: Version[]; issues: ContentIssue[]};

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

function readVersion(document: string, locale: Locale, name: string, full: string, issues: ContentIssue[]): Version | null {
  const file = path.relative(process.cwd(), full);
  const error = (line: number, message: string) => issues.push({file, line, message, severity: 'error'});
  const date = VERSION_FILE.exec(name)?.[1] ?? '';
  if (!isCalendarDate(date)) {
    error(1, `file name "${name}" is not a real date: name versions YYYY-MM-DD.md (the day of the update)`);
    return null;
  }
  const source = fs.readFileSync(full, 'utf8');
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
  return {
    document,
    locale,
    date,
    effective,
    title: data.title,
    description: data.description,
    summary: data.summary,
    body: parsed.body,
    html: rendered.html,
    toc: rendered.toc,
    file
  };
}

/** Reads and checks every content file under `root`. Never throws for a content mistake. */
export function readContent(root: string = contentDir): Content {
  const issues: ContentIssue[] = [];
  const versions: Version[] = [];
  const relative = (p: string) => path.relative(process.cwd(), p);
  if (!fs.existsSync(root)) {
    return {versions, issues: [{file: relative(root), line: 1, message: 'the content folder does not exist', severity: 'error'}]};
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
        const version = readVersion(document, locale, name, full, issues);
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
  return {versions, issues};
}

let cached: Version[] | undefined;

/** Every version, checked. Throws a ContentError naming each bad file, which fails the build. */
export function allVersions(): Version[] {
  if (!cached) {
    const {versions, issues} = readContent();
    const errors = issues.filter((issue) => issue.severity === 'error');
    if (errors.length > 0) throw new ContentError(errors);
    cached = versions;
  }
  return cached;
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
