// Translations against the English they translate (`translates`). Which numbered sections of a
// translation are behind the English in force, for readers and reviewers; and what must agree
// section by section (addresses, links inside the site, numbers written in digits), for the checks.
// Pure: the catalog in, status and issues out.
import type {Locale} from 'next-intl';
import {routing} from '@/i18n/routing';
import {addDays} from '../dates';
import type {ContentIssue, NumberedSection, Version} from '../model';
import type {Catalog} from './catalog';
import {termsOf} from './meaning';

const name = (v: Version) => `${v.locale}/${v.date}.md`;

/** The numbers of the sections whose own text differs between two versions, or that one of them lacks. */
function changedSections(before: Version, after: Version): string[] {
  const old = new Map(before.sections.map((section) => [section.number, section.text]));
  const changed = after.sections.filter((section) => old.get(section.number) !== section.text).map((section) => section.number);
  const removed = before.sections.filter((section) => !after.sections.some((s) => s.number === section.number)).map((section) => section.number);
  return [...changed, ...removed];
}

export type TranslationStatus = {
  /** The English version it says it translates, if that exists. */
  translates: Version | null;
  /** The English version in force while this translation is (today for the current one). */
  english: Version | null;
  /** Sections whose English changed since the version translated, by number. */
  changed: string[];
  /** Sections of the English in force that the translation does not have. */
  missing: string[];
  /** An upcoming English version no translation follows yet, and the sections it changes. */
  upcoming: {version: Version; changed: string[]} | null;
};

/**
 * Where a translation stands against the English. An archived translation is compared with the
 * English that was in force on its last day; the current one with the English in force on `day`.
 */
export function translationStatus(catalog: Catalog, translation: Version, day: string): TranslationStatus {
  const {document, locale} = translation;
  const english = routing.defaultLocale;
  const translates = translation.translates ? catalog.find(document, english, translation.translates) : null;
  const newer = catalog.versions(document, locale).find((v) => catalog.previous(v) === translation);
  const until = newer && newer.effective <= day ? addDays(newer.effective, -1) : day;
  const inForce = catalog.inForce(document, english, until < translation.effective ? translation.effective : until);
  const own = new Set(translation.sections.map((section) => section.number));
  const changed = translates && inForce && translates !== inForce ? changedSections(translates, inForce) : [];
  const missing = (inForce?.sections ?? []).filter((section) => !own.has(section.number)).map((section) => section.number);
  // For the version in force today: an announced English version that no translation follows yet.
  const next = until === day ? catalog.upcoming(document, english, day).at(-1) : undefined;
  const followed = next && catalog.versions(document, locale).some((v) => v.translates === next.date);
  const upcoming = next && inForce && !followed ? {version: next, changed: changedSections(inForce, next)} : null;
  return {translates, english: inForce, changed, missing, upcoming};
}

/** What a section says that a translation must say the same way: addresses, site links, digits. */
function facts(section: NumberedSection | undefined, locale: Locale) {
  const text = (section?.text ?? '').replace(/^#+\s*[\d.]+\s*/, '');
  const targets = [...text.matchAll(/\]\(([^)\s]+)[^)]*\)|^\s*\[[^\]]+\]:\s*(\S+)/gm)].map((m) => m[1] ?? m[2]);
  const emails = new Set((text.match(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g) ?? []).map((email) => email.toLowerCase()));
  const urls = new Set((text.match(/https?:\/\/[^\s)<>\]"']+/g) ?? []).map((url) => url.replace(/[.,;:。，；]+$/, '')));
  // A link inside the site goes to a page in the document's own language.
  const links = new Set(targets.filter((t) => /^[/#]/.test(t)).map((t) => t.replace(new RegExp(`^/${locale}(?=/|$|#)`), '/<language>')));
  // Numbers with their units ("24 months" is "24 个月", "ten years" is "10 年" and "十年"), and dates
  // ("April 2, 2026" is "2026 年 4 月 2 日"). Bare numbers count in digits only: "two ways" is "两种方式".
  const numbers = new Map<string, string>();
  for (const term of termsOf(text, locale)) {
    const counts = term.kind === 'date' ? /\d/.test(term.key) : term.kind === 'period' ? /\d/.test(term.key) : term.kind === 'number' && /^\d/.test(term.shown);
    if (counts && !numbers.has(term.key)) numbers.set(term.key, term.shown);
  }
  return {'e-mail addresses': emails, 'web addresses': urls, 'links inside the site': links, 'numbers': numbers};
}

/** How a compared fact is named in a message: a number as the text writes it. */
type Facts = ReturnType<typeof facts>;
const shownOf = (set: Set<string> | Map<string, string>, key: string) => (set instanceof Map ? (set.get(key) ?? key) : key);

function difference(theirs: Facts[keyof Facts], ours: Facts[keyof Facts]): string | null {
  const missing = [...theirs.keys()].filter((item) => !ours.has(item)).map((key) => shownOf(theirs, key));
  const extra = [...ours.keys()].filter((item) => !theirs.has(item)).map((key) => shownOf(ours, key));
  if (missing.length === 0 && extra.length === 0) return null;
  return [missing.length > 0 && `missing ${missing.join(', ')}`, extra.length > 0 && `not in the English: ${extra.join(', ')}`].filter(Boolean).join('; ');
}

/**
 * Every translation that readers see (in force or upcoming), `unreadable` telling a version file
 * that exists but has mistakes: `translates` names an English version
 * that exists and that does not take effect after it; its numbered sections match the English one's;
 * section by section it has the same addresses, site links and numbers. A mismatch is an error when
 * the translation says it translates the English in force (it claims to be complete), else a warning.
 */
export function checkTranslations(catalog: Catalog, day: string, unreadable: (key: string) => boolean = () => false): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const english = routing.defaultLocale;
  for (const locale of routing.locales.filter((l) => l !== english)) {
    for (const document of catalog.documents(locale)) {
      const current = catalog.inForce(document, locale, day);
      const shown = [...(current ? [current] : []), ...catalog.upcoming(document, locale, day)];
      for (const translation of catalog.versions(document, locale)) {
        const report = (severity: ContentIssue['severity'], line: number, message: string) => issues.push({file: translation.file, line, message, severity});
        const line = translation.lines.fields.translates ?? 1;
        if (!translation.translates) {
          if (shown.includes(translation)) report('warning', 1, `"translates" is missing: give the date of the English version this file translates (translates: YYYY-MM-DD)`);
          continue;
        }
        const original = catalog.find(document, english, translation.translates);
        if (!original) {
          // An English file with mistakes of its own is reported there, once.
          if (unreadable(`${document}/${english}/${translation.translates}.md`)) continue;
          report('error', line, `"translates": there is no English version of ${translation.translates} (${catalog.versions(document, english).map((v) => v.date).join(', ') || 'none'})`);
          continue;
        }
        if (translation.effective < original.effective) {
          report('error', translation.lines.fields.effective ?? line, `a translation cannot apply before the English it translates: "effective" must be ${original.effective} or later, like en/${original.date}.md`);
        }
        if (!shown.includes(translation)) continue;
        const severity = original === catalog.inForce(document, english, day) ? 'error' : 'warning';
        const numbers = new Set(translation.sections.map((s) => s.number));
        for (const section of original.sections) {
          if (!numbers.has(section.number)) report('warning', 1, `no section ${section.number}, which ${name(original)} has`);
        }
        for (const section of translation.sections) {
          const counterpart = original.sections.find((s) => s.number === section.number);
          if (!counterpart) {
            report('warning', section.line, `section ${section.number} is not in ${name(original)}`);
            continue;
          }
          const ours = facts(section, locale);
          const theirs = facts(counterpart, english);
          for (const kind of Object.keys(ours) as (keyof typeof ours)[]) {
            const differs = difference(theirs[kind], ours[kind]);
            if (differs) report(severity, section.line, `section ${section.number}: the ${kind} differ from ${name(original)} (${differs})`);
          }
        }
      }
    }
  }
  return issues;
}
