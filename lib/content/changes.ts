// What changed in a version, and when it may apply. Every new version lists its changes, section by
// section, and the list must match the text: every section whose words changed is listed (or `all`),
// every section listed changed, once. A change marked editorial must not change what the text commits
// to (a number, a period, a date, an address, a negation or a modal: lib/content/meaning.ts); a
// translation marks a section as the English it translates does. A material change is published at
// least the notice period before it applies, unless `notice` gives the legal reason it applies at once.
// Pure: the catalog in, issues out.
import {routing} from '@/i18n/routing';
import {addDays} from '../dates';
import type {Change, ContentIssue, Version} from '../model';
import {materialNoticeDays, reviewAfterDays} from '../site';
import type {Catalog} from './catalog';
import {describeDifference} from './meaning';
import {INTRODUCTION, sectionChanges, type SectionChange} from './revision';

const named = (section: string) => (section === INTRODUCTION ? 'the introduction (the text before the first numbered section)' : `section ${section}`);
const quoted = (change: SectionChange) =>
  change.how === 'added' ? `added: "${change.after}"` : change.how === 'removed' ? `removed: "${change.before}"` : `"${change.before}" → "${change.after}"`;

/** The sections a list of changes names, and the line of each entry. */
function entries(version: Version): {change: Change; line: number}[] {
  return version.changes.map((change, i) => ({change, line: version.lines.changes[i] ?? version.lines.fields.changes ?? 1}));
}

/** Each section listed once (and `all` once). */
function duplicates(version: Version): ContentIssue[] {
  const first = new Map<string, number>();
  const issues: ContentIssue[] = [];
  for (const {change, line} of entries(version)) {
    const earlier = first.get(change.section);
    if (earlier === undefined) first.set(change.section, line);
    else {
      const what = change.section === 'all' ? '"all"' : `section ${change.section}`;
      issues.push({file: version.file, line, severity: 'error', message: `${what} is listed twice in "changes" (lines ${earlier} and ${line}): give each section one entry, and say in its summary everything that changed in it`});
    }
  }
  return issues;
}

/** The list of changes against the text: what changed since `previous` is listed, and only that. */
function matchText(version: Version, previous: Version, changed: SectionChange[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const error = (line: number, message: string) => issues.push({file: version.file, line, message, severity: 'error'});
  const listed = entries(version);
  const all = listed.some(({change}) => change.section === 'all');
  const numbers = new Set(changed.map((change) => change.section));
  const fieldLine = version.lines.fields.changes ?? 1;
  const since = `since the version of ${previous.date}`;
  if (!all) {
    for (const change of changed.filter((c) => !listed.some((entry) => entry.change.section === c.section))) {
      const how = change.section === INTRODUCTION ? 'list it as "- section: all"' : `add "- section: ${change.section}" with its kind and summary`;
      error(fieldLine, `${named(change.section)} ${change.how === 'changed' ? 'changed' : `was ${change.how}`} ${since} (${quoted(change)}), but "changes" does not list it: ${how}`);
    }
  }
  const others = changed.filter((change) => !listed.some((entry) => entry.change.section === change.section));
  for (const {change, line} of listed) {
    if (change.section === 'all') {
      if (changed.length === 0 && previous.title === version.title) error(line, `"changes" lists "all", but the text is the same as in the version of ${previous.date}: there is nothing to publish`);
      continue;
    }
    if (numbers.has(change.section)) continue;
    const instead = others.length > 0 ? `; what changed: ${others.map((c) => `${named(c.section)} (${quoted(c)})`).join(', ')}` : '';
    error(line, `"changes" lists section ${change.section}, but its text is the same as in the version of ${previous.date}: list the sections that changed${instead}`);
  }
  return issues;
}

/** The entry that covers a section: its own, else `all`. */
const entryFor = (version: Version, section: string) =>
  entries(version).find((entry) => entry.change.section === section) ?? entries(version).find((entry) => entry.change.section === 'all');

/** An editorial change that changes a commitment is material. */
function judgeKinds(version: Version, changed: SectionChange[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const change of changed) {
    const entry = entryFor(version, change.section);
    if (entry?.change.kind !== 'editorial' || change.terms.removed.length + change.terms.added.length === 0) continue;
    const kinds = [...new Set([...change.terms.removed, ...change.terms.added].map((term) => term.kind))].join(', ');
    issues.push({
      file: version.file,
      line: entry.line,
      severity: 'error',
      message: `${named(change.section)} is marked editorial, but its change ${describeDifference(change.terms)} (${kinds}): that changes what the text says. Mark it "kind: material" (published ${materialNoticeDays} days before it applies, or with "notice"), or keep those words as they were`
    });
  }
  return issues;
}

/**
 * A translation that follows a newer English version marks each section as the English does: a
 * material change in English is material in the translation too, and is translated.
 */
function followEnglish(catalog: Catalog, version: Version, previous: Version | null, changed: SectionChange[]): ContentIssue[] {
  const english = routing.defaultLocale;
  if (version.locale === english || !version.translates) return [];
  const target = catalog.find(version.document, english, version.translates);
  const from = previous?.translates ? catalog.find(version.document, english, previous.translates) : null;
  if (!target || !from || target === from) return [];
  // The English versions between the one translated before and the one translated now.
  const list = catalog.versions(version.document, english);
  const between = list.slice(list.indexOf(target), list.indexOf(from)).filter((v) => v.changes.length > 0);
  const issues: ContentIssue[] = [];
  const kinds = new Map<string, {kind: Change['kind']; source: Version}>();
  for (const source of between) {
    for (const change of source.changes) {
      const sections = change.section === 'all' ? version.sections.map((s) => s.number) : [change.section];
      for (const section of sections) {
        if (kinds.get(section)?.kind !== 'material') kinds.set(section, {kind: change.kind, source});
      }
    }
  }
  for (const [section, {kind, source}] of kinds) {
    const entry = entryFor(version, section);
    const own = changed.find((change) => change.section === section);
    const name = `${english}/${source.date}.md`;
    if (kind === 'material' && !own && version.sections.some((s) => s.number === section)) {
      issues.push({file: version.file, line: version.sections.find((s) => s.number === section)!.line, severity: 'error', message: `${name}, which this version translates, changes section ${section} (material), but this translation's section ${section} is the same as before: translate the change`});
    } else if (entry && kind === 'material' && entry.change.kind === 'editorial') {
      issues.push({file: version.file, line: entry.line, severity: 'error', message: `section ${section} is editorial here but material in ${name}, which this version translates: mark it "kind: material", so that readers of this language are told of the change as English readers are`});
    } else if (entry && kind === 'editorial' && entry.change.kind === 'material' && entry.change.section !== 'all') {
      issues.push({file: version.file, line: entry.line, severity: 'warning', message: `section ${section} is material here but editorial in ${name}, which this version translates: check the kind (material only if the translation itself changes what the section says)`});
    }
  }
  return issues;
}

/** A new translation that names an older English version than the one that applies when it does. */
function newerEnglish(catalog: Catalog, version: Version): ContentIssue[] {
  const english = routing.defaultLocale;
  if (version.locale === english || !version.translates) return [];
  const named = catalog.find(version.document, english, version.translates);
  const applying = catalog.inForce(version.document, english, version.effective);
  if (!named || !applying || applying === named || applying.effective < named.effective) return [];
  return [
    {
      file: version.file,
      line: version.lines.fields.translates ?? 1,
      severity: 'warning',
      message: `"translates" names en/${named.date}.md, but on ${version.effective}, when this version applies, en/${applying.date}.md applies: translate that version (translates: ${applying.date}), or say why not in the pull request`
    }
  ];
}

/** `recorded` tells the versions already in the lock file: they stay as they were published. */
export function checkChanges(catalog: Catalog, recorded: (version: Version) => boolean, day: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const report = (severity: ContentIssue['severity'], version: Version, line: number, message: string) =>
    issues.push({file: version.file, line, message, severity});
  for (const version of catalog.all) {
    const previous = catalog.previous(version);
    const {changes, lines} = version;
    const fresh = !recorded(version);
    if (changes.length === 0 && previous && fresh) {
      report(
        'error',
        version,
        lines.fields.changes ?? 1,
        `"changes" is required: list what changed since the version of ${previous.date}, one entry per section (see "Changes" in content/README.md)`
      );
    }
    const numbers = new Set([...version.sections, ...(previous?.sections ?? [])].map((section) => section.number));
    changes.forEach((change, i) => {
      if (change.section !== 'all' && !numbers.has(change.section)) {
        const where = previous ? `this version or in the version of ${previous.date}` : 'this version';
        report('error', version, lines.changes[i] ?? 1, `change of section ${change.section}: there is no section ${change.section} in ${where}`);
      }
    });
    if (fresh) {
      issues.push(...duplicates(version));
      const changed = previous ? sectionChanges(previous, version) : [];
      if (previous && changes.length > 0) issues.push(...matchText(version, previous, changed), ...judgeKinds(version, changed));
      issues.push(...followEnglish(catalog, version, previous, changed), ...newerEnglish(catalog, version));
    }
    const material = changes.some((change) => change.kind === 'material');
    const earliest = addDays(version.date, materialNoticeDays);
    if (material && !version.notice && version.effective < earliest) {
      report(
        'error',
        version,
        lines.fields.effective ?? lines.fields.changes ?? 1,
        `a material change must be published ${materialNoticeDays} days before it applies: "effective" must be ${earliest} or later (when the law requires the change at once, give the reason in "notice")`
      );
    }
    if (version.notice && !material) {
      report('warning', version, lines.fields.notice ?? 1, '"notice" lifts the notice period of material changes, and this version lists none: remove it');
    }
  }
  for (const locale of routing.locales) {
    for (const document of catalog.documents(locale)) {
      const current = catalog.inForce(document, locale, day);
      if (current && addDays(current.effective, reviewAfterDays) < day) {
        report(
          'warning',
          current,
          1,
          `the version in force took effect on ${current.effective}, more than ${reviewAfterDays} days ago: review the document (California's CCPA expects a privacy policy to be updated at least once a year)`
        );
      }
    }
  }
  return issues;
}
