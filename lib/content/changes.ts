// What changed in a version, and when it may apply. Every new version lists its changes, section by
// section; a section named must exist in the version or in the one before it (a removed section is
// named by its old number); a material change is published at least the notice period before it
// applies, unless `notice` gives the legal reason it applies at once. Pure: the catalog in, issues out.
import {routing} from '@/i18n/routing';
import {addDays} from '../dates';
import type {ContentIssue, Version} from '../model';
import {materialNoticeDays, reviewAfterDays} from '../site';
import type {Catalog} from './catalog';

/** `recorded` tells the versions already in the lock file: they stay as they were published. */
export function checkChanges(catalog: Catalog, recorded: (version: Version) => boolean, day: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const report = (severity: ContentIssue['severity'], version: Version, line: number, message: string) =>
    issues.push({file: version.file, line, message, severity});
  for (const version of catalog.all) {
    const previous = catalog.previous(version);
    const {changes, lines} = version;
    if (changes.length === 0 && previous && !recorded(version)) {
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
