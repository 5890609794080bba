// Which versions exist and which one applies when. Built once from the checked versions and asked by
// the pages, the content checks and the commands alike. Pure: versions in, answers out.
import type {Locale} from 'next-intl';
import {addDays, newestFirst, publishedDay} from '../dates';
import type {Change, DocumentSettings, SiteSettings, Version, VersionStatus, Withdrawal} from '../model';

/** One document in one language on one day. `versions` are newest first. */
export type History = {versions: Version[]; current: Version | null; upcoming: Version[]};

/** A version of the original language that applied before a translation existed: from its effective day until `until` (inclusive). */
type Untranslated = {version: Version; from: string; until: string};

export type Catalog = {
  all: readonly Version[];
  /** The documents that have a version in this language, by name. */
  documents(locale: Locale): string[];
  /** Versions of a document in a language, newest first. */
  versions(document: string, locale: Locale): Version[];
  find(document: string, locale: Locale, date: string): Version | null;
  /** The version in force on `day`: the newest whose effective date is that day or earlier. */
  inForce(document: string, locale: Locale, day: string): Version | null;
  /** The versions that take effect after `day`, soonest first; a version replaced before it applies is not one. */
  upcoming(document: string, locale: Locale, day: string): Version[];
  /**
   * The version that replaced this one before it ever applied: published after it, before this one's
   * effective day, it takes effect the same day (an urgent change carried into an announced version).
   * Null for every other version: one followed by another published on its own effective day (two
   * versions of one day, both applying at once) applied until then, and stays in the record so.
   */
  replacement(version: Version): Version | null;
  /** The versions this one replaced before they applied (see replacement), oldest first. */
  replaced(version: Version): Version[];
  /**
   * What changes on the day `upcoming` takes effect, for a reader of the text in force the day before:
   * its changes and those of the versions it replaced (oldest first), less the entries carried into it
   * from versions that apply sooner (an urgent change, in force already by then).
   */
  takingEffect(upcoming: Version): {change: Change; version: Version}[];
  /** The version before this one in its history, or null for the first. */
  previous(version: Version): Version | null;
  /**
   * Before the first version in `locale` applied: each version of `original` (the language translated
   * from) that applied, oldest first, with its days. Empty when the translation began with the original.
   */
  untranslated(document: string, locale: Locale, original: Locale): Untranslated[];
  history(document: string, locale: Locale, day: string): History;
  status(version: Version, day: string): VersionStatus;
  /** Versions withdrawn from the archive (the lock file keeps their record), newest first. */
  withdrawn(document: string, locale: Locale): Withdrawal[];
  /** What `content/<document>/document.yml` says; nothing set when the file is absent. */
  settings(document: string): DocumentSettings;
  /** What `content/site.yml` says, or null when the content has no such file. */
  site: SiteSettings | null;
};

/** The settings files, as read: see lib/content/settings.ts. */
export type Settings = {documents: Record<string, DocumentSettings>; site: SiteSettings | null};

export function createCatalog(all: Version[], withdrawals: Withdrawal[] = [], settings: Settings = {documents: {}, site: null}): Catalog {
  const groups = new Map<string, Version[]>();
  for (const version of all) {
    const key = `${version.document}/${version.locale}`;
    groups.set(key, [...(groups.get(key) ?? []), version]);
  }
  for (const list of groups.values()) list.sort(newestFirst);
  const versions = (document: string, locale: Locale) => groups.get(`${document}/${locale}`) ?? [];
  const inForce = (document: string, locale: Locale, day: string) => versions(document, locale).find((v) => v.effective <= day) ?? null;
  // Versions are newest first: of two that take effect the same day, the one published later comes first.
  const replacement = (version: Version) => {
    const list = versions(version.document, version.locale);
    const before = list[list.indexOf(version) - 1];
    return before && before.effective === version.effective && publishedDay(before.date) < version.effective ? before : null;
  };
  const replaced = (version: Version) =>
    versions(version.document, version.locale)
      .filter((v) => v !== version && v.effective === version.effective && v.date < version.date && replacement(v))
      .reverse();
  const upcoming = (document: string, locale: Locale, day: string) =>
    versions(document, locale)
      .filter((v) => v.effective > day && !replacement(v))
      .reverse();
  return {
    all,
    documents: (locale) => [...new Set(all.filter((v) => v.locale === locale).map((v) => v.document))].sort(),
    versions,
    find: (document, locale, date) => versions(document, locale).find((v) => v.date === date) ?? null,
    inForce,
    upcoming,
    replacement,
    replaced,
    takingEffect(upcoming) {
      const before = replaced(upcoming);
      const made = publishedDay((before[0] ?? upcoming).date);
      const sooner = versions(upcoming.document, upcoming.locale).filter((v) => v.effective < upcoming.effective && publishedDay(v.date) >= made);
      const applied = (change: Change) => sooner.some((v) => v.changes.some((c) => c.section === change.section && c.kind === change.kind && c.summary === change.summary));
      return [...before, upcoming].flatMap((version) => version.changes.filter((change) => !applied(change)).map((change) => ({change, version})));
    },
    previous(version) {
      const list = versions(version.document, version.locale);
      return list[list.indexOf(version) + 1] ?? null;
    },
    untranslated(document, locale, original) {
      const first = versions(document, locale).at(-1);
      if (!first || locale === original) return [];
      // Oldest first; of two applying on the same day, the one published later wins (see inForce).
      const before = versions(document, original)
        .filter((v) => v.effective < first.effective)
        .reverse();
      return before.flatMap((version, i) => {
        const later = before.slice(i + 1);
        const until = addDays(later[0]?.effective ?? first.effective, -1);
        // Replaced before it applied, or followed the same day: no whole day is its own.
        if (replacement(version) || until < version.effective) return [];
        return [{version, from: version.effective, until}];
      });
    },
    history: (document, locale, day) => ({
      versions: versions(document, locale),
      current: inForce(document, locale, day),
      upcoming: upcoming(document, locale, day)
    }),
    withdrawn: (document, locale) =>
      withdrawals.filter((w) => w.document === document && w.locale === locale).sort((a, b) => b.date.localeCompare(a.date)),
    settings: (document) => settings.documents[document] ?? {},
    site: settings.site,
    status(version, day) {
      if (replacement(version)) return 'replaced';
      if (version.effective > day) return 'upcoming';
      return inForce(version.document, version.locale, day) === version ? 'current' : 'archived';
    }
  };
}
