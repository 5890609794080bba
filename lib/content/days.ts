// What passes today must pass on every later day without a deployment: an announced version takes
// effect by itself, and the pages are regenerated then from the same files. So a check that depends
// on the day runs for today and for every effective day the content names after it; what would be an
// error on any of them is an error today, saying on which day. Pure: the catalog and a check in, issues out.
import type {ContentIssue, Version} from '../model';
import type {Catalog} from './catalog';

const identity = (issue: ContentIssue) => `${issue.file}\n${issue.line}\n${issue.message}`;

/** "en/2026-12-01.md" within the document of `file`, else with the document's name too. */
function startingOn(catalog: Catalog, day: string, file: string): string {
  const starting = catalog.all.filter((v) => v.effective === day);
  const document = catalog.all.find((v) => v.file === file)?.document;
  const own = starting.filter((v) => v.document === document);
  const shown = (own.length > 0 ? own : starting).map((v: Version) => (v.document === document ? `${v.locale}/${v.date}.md` : `${v.document}/${v.locale}/${v.date}.md`));
  return `${shown.join(' and ')} ${shown.length === 1 ? 'applies' : 'apply'}`;
}

/** The later days the content names: every effective day after `day`, soonest first. */
function laterDays(catalog: Catalog, day: string): string[] {
  return [...new Set(catalog.all.map((v) => v.effective).filter((effective) => effective > day))].sort();
}

/**
 * `check` on `day` and on each later day. Today's issues stay as they are; an error found only on a
 * later day is added once, with the first such day ("on 2027-01-15, when en/2026-12-01.md applies: …"),
 * and replaces today's warning of the same words. Warnings of later days are left out: they are
 * said when their day comes.
 */
export function onEveryDay(catalog: Catalog, day: string, check: (day: string) => ContentIssue[]): ContentIssue[] {
  const today = check(day);
  const errorsToday = new Set(today.filter((issue) => issue.severity === 'error').map(identity));
  const later = new Map<string, ContentIssue>();
  for (const on of laterDays(catalog, day)) {
    for (const issue of check(on)) {
      const id = identity(issue);
      if (issue.severity !== 'error' || errorsToday.has(id) || later.has(id)) continue;
      later.set(id, {...issue, message: `on ${on}, when ${startingOn(catalog, on, issue.file)}: ${issue.message}`});
    }
  }
  return [...today.filter((issue) => !later.has(identity(issue))), ...later.values()];
}
