// The content folder by name: content/<document>/<language>/<YYYY-MM-DD>.md. This module lists the
// files, so the proxy can know which addresses exist and which version applied on a day without
// loading the archive; it reads a file only with the loader's own reader.
import fs from 'node:fs';
import path from 'node:path';
import {hasLocale, type Locale} from 'next-intl';
import {routing} from '@/i18n/routing';
import {isVersionId, newestFirst, publishedDay} from '../dates';
import type {ContentIssue} from '../model';
import {DOCUMENT_NAME, RESERVED_DOCUMENT_NAMES} from '../routes';
import {contentDir} from '../site';
import {checkOldAddresses, oldAddressesOf} from './addresses';
import {parseFrontMatter, versionText} from './frontmatter';
import {parseDocumentSettings} from './settings';

/** A file in a language folder. `date` is its name without `.md` when that names a version (lib/dates.ts `isVersionId`). */
export type ContentFile = {
  document: string;
  locale: Locale;
  name: string;
  date: string | null;
  /** Absolute path, to read it. */
  full: string;
  /** Path relative to the repository, for messages. */
  file: string;
  /** `privacy/en/2026-04-02.md`: its name in the lock file. */
  key: string;
};

const relative = (full: string) => path.relative(process.cwd(), full);

/** The entries of a folder, hidden ones (.DS_Store, .gitkeep) left out. */
function entries(dir: string): fs.Dirent[] {
  return fs
    .readdirSync(dir, {withFileTypes: true})
    .filter((entry) => !entry.name.startsWith('.'))
    .sort((a, b) => a.name.localeCompare(b.name));
}

// A link can point outside the repository (and so publish any file of the server), and what it
// points to can change without a change to content/ that a reviewer would see.
const LINK = 'is a link (symlink): put the file or folder itself here';

/** The settings files (lib/content/settings.ts): one beside a document's language folders, one for the site. */
const DOCUMENT_SETTINGS = 'document.yml';
export const SITE_SETTINGS = 'site.yml';

/** A document's settings file, `content/<document>/document.yml`. */
export type SettingsFile = {document: string; full: string; file: string};

/** Every version file under `root`, each document's settings file, and what is wrong with the folders they sit in. */
export function listContent(root: string = contentDir): {files: ContentFile[]; settings: SettingsFile[]; issues: ContentIssue[]} {
  const files: ContentFile[] = [];
  const settings: SettingsFile[] = [];
  const issues: ContentIssue[] = [];
  const error = (full: string, message: string) => issues.push({file: relative(full), line: 1, message, severity: 'error'});
  if (!fs.existsSync(root)) {
    error(root, 'the content folder does not exist');
    return {files, settings, issues};
  }
  for (const documentEntry of entries(root).filter((entry) => entry.isDirectory() || entry.isSymbolicLink())) {
    const document = documentEntry.name;
    const documentDir = path.join(root, document);
    if (documentEntry.isSymbolicLink()) {
      error(documentDir, LINK);
      continue;
    }
    if (!DOCUMENT_NAME.test(document)) {
      error(documentDir, `folder name "${document}" must be lower-case letters, digits and dashes`);
      continue;
    }
    if (hasLocale(routing.locales, document)) {
      // content/en/privacy/…: the language and the document the wrong way round.
      const inside = entries(documentDir).find((entry) => entry.isDirectory() && !hasLocale(routing.locales, entry.name));
      const example = inside ? ` (content/${document}/${inside.name}/ goes to content/${inside.name}/${document}/)` : '';
      error(documentDir, `"${document}" is a language: a language folder goes inside its document's folder, content/<document>/${document}/${example}`);
      continue;
    }
    if (RESERVED_DOCUMENT_NAMES.includes(document)) {
      error(documentDir, `folder name "${document}" is taken by the site's own addresses (${RESERVED_DOCUMENT_NAMES.join(', ')}): choose another name`);
      continue;
    }
    for (const localeEntry of entries(documentDir)) {
      const locale = localeEntry.name;
      const localeDir = path.join(documentDir, locale);
      if (localeEntry.isSymbolicLink()) {
        error(localeDir, LINK);
        continue;
      }
      if (locale === DOCUMENT_SETTINGS && localeEntry.isFile()) {
        settings.push({document, full: localeDir, file: relative(localeDir)});
        continue;
      }
      if (!hasLocale(routing.locales, locale)) {
        error(localeDir, `"${locale}" is not a language of the site (${routing.locales.join(', ')})`);
        continue;
      }
      for (const entry of entries(localeDir)) {
        const full = path.join(localeDir, entry.name);
        if (entry.isSymbolicLink()) {
          error(full, LINK);
          continue;
        }
        if (entry.isDirectory()) {
          error(full, 'unexpected folder: versions are files named YYYY-MM-DD.md');
          continue;
        }
        const date = /^(.*)\.md$/.exec(entry.name)?.[1] ?? '';
        files.push({
          document,
          locale,
          name: entry.name,
          date: isVersionId(date) ? date : null,
          full,
          file: relative(full),
          key: `${document}/${locale}/${entry.name}`
        });
      }
    }
  }
  return {files, settings, issues};
}

/** document → language → date of each version → its file: which addresses exist. */
export type ContentIndex = Map<string, Map<Locale, Map<string, string>>>;

export function indexContent(files: ContentFile[]): ContentIndex {
  const index: ContentIndex = new Map();
  for (const {document, locale, date, full} of files) {
    if (!date) continue;
    const locales = index.get(document) ?? new Map<Locale, Map<string, string>>();
    index.set(document, locales);
    locales.set(locale, (locales.get(locale) ?? new Map()).set(date, full));
  }
  return index;
}

/**
 * A version's front matter and body, read by the loader's own reader (lib/content/frontmatter.ts):
 * a second, simpler reading would disagree with it on some file, and route a day to the wrong
 * version. Content that would not build never gets this far.
 */
function readVersion(full: string, date: string): {effective: string; body: string} {
  const parsed = parseFrontMatter(versionText(fs.readFileSync(full, 'utf8')));
  return {effective: parsed.data?.effective ?? publishedDay(date), body: parsed.body};
}

export type VersionDay = {date: string; effective: string};

const effectiveDays = new WeakMap<ContentIndex, Map<string, VersionDay[]>>();

/** The versions of a document in a language with the day each applies, newest first, read once per index. */
export function versionDays(index: ContentIndex, document: string, locale: Locale): VersionDay[] {
  const days = effectiveDays.get(index) ?? new Map<string, VersionDay[]>();
  effectiveDays.set(index, days);
  const key = `${document}/${locale}`;
  let list = days.get(key);
  if (!list) {
    list = [...(index.get(document)?.get(locale) ?? [])].map(([date, full]) => ({date, effective: readVersion(full, date).effective})).sort(newestFirst);
    days.set(key, list);
  }
  return list;
}

/** The version in force on `day`, by the days versions apply: as the catalog's inForce, from the files alone. */
export function inForceOn(index: ContentIndex, document: string, locale: Locale, day: string): VersionDay | null {
  return versionDays(index, document, locale).find((version) => version.effective <= day) ?? null;
}

/** The body of a version (Markdown), as the loader reads it; null when the file does not exist. */
export function versionBody(index: ContentIndex, document: string, locale: Locale, date: string): string | null {
  const full = index.get(document)?.get(locale)?.get(date);
  return full ? readVersion(full, date).body : null;
}

// `npm run dev` lists the folder again after a second, so a new file is found without a restart.
const relist = process.env.NODE_ENV === 'development' ? 1000 : Infinity;

/** One listing of `content/` per process: the index of its versions, and its old addresses when asked. */
let listed: {index: ContentIndex; settings: SettingsFile[]; redirects?: Map<string, string>; at: number} | undefined;

function listing() {
  if (!listed || Date.now() - listed.at > relist) {
    const {files, settings} = listContent();
    listed = {index: indexContent(files), settings, at: Date.now()};
  }
  return listed;
}

/** The index of `content/`, listed once per process. */
export const getContentIndex = (): ContentIndex => listing().index;

/**
 * Old addresses (`formerly` in each document.yml) → their document, as the loader reads them, read
 * once per process. Content whose old addresses the check refuses never builds; here they are left out.
 */
export function getOldAddresses(): Map<string, string> {
  const current = listing();
  current.redirects ??= checkOldAddresses(
    current.settings.flatMap(({document, full, file}) => {
      const text = fs.readFileSync(full, 'utf8');
      const parsed = parseDocumentSettings(text).settings;
      return parsed ? oldAddressesOf(document, file, text, parsed) : [];
    }),
    (name) => current.index.has(name)
  ).redirects;
  return current.redirects;
}
