// `npm run policy:new -- <document> <language> [--effective YYYY-MM-DD] [--from YYYY-MM-DD] [--translates YYYY-MM-DD]`:
// starts the next version of a document as a copy of an existing one, front matter ready to edit.
// The file is dated today, the day its text is published (a second version published the same day
// is named YYYY-MM-DD-2.md); `effective` is the day it applies. It starts from the version that will
// be in force just before it applies, and carries into it the changes of versions written since that
// apply sooner (an urgent change, into the announced version it would otherwise undo). A translation
// takes the dates of the English version it follows. Never overwrites a file, never edits a published one.
import fs from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {applyPatch, structuredPatch} from 'diff';
import yaml from 'js-yaml';
import {hasLocale} from 'next-intl';
import {routing} from '@/i18n/routing';
import {baseFromEnvironment} from '@/lib/content/git';
import {readContent} from '@/lib/content/load';
import {addDays, isCalendarDate, publishedDay, today} from '@/lib/dates';
import {CHANGE_PLACEHOLDER, type Change, type Version} from '@/lib/model';
import {paths} from '@/lib/routes';
import {contentDir, materialNoticeDays} from '@/lib/site';
import {refuse} from './cli';

const usage =
  'Usage: npm run policy:new -- <document> <language> [--effective YYYY-MM-DD] [--from YYYY-MM-DD] [--translates YYYY-MM-DD], e.g. npm run policy:new -- privacy en --effective 2027-01-15';
const {values, positionals} = parseArgs({
  allowPositionals: true,
  options: {date: {type: 'string'}, effective: {type: 'string'}, from: {type: 'string'}, translates: {type: 'string'}}
});
const [document, locale] = positionals;
if (positionals.length !== 2) refuse(usage);
if (!hasLocale(routing.locales, locale)) refuse(`"${locale}" is not a language of the site (${routing.locales.join(', ')}). ${usage}`);
for (const option of ['date', 'effective'] as const) {
  const value = values[option];
  if (value !== undefined && !isCalendarDate(value)) refuse(`--${option} "${value}" is not a real date: write YYYY-MM-DD.`);
}
const now = today();
const day = values.date ?? now;
if (day > now) {
  refuse(`--date ${day} is after today: date the file today (${now}), the day its text is published, and give the day it applies with --effective ${day}.`);
}

// Against the base branch, as content:check runs in CI: what is merged there is published.
const content = readContent(contentDir, now, baseFromEnvironment() ?? undefined);
const {catalog, files, lock} = content;
const onBase = new Set(content.base && 'published' in content.base ? content.base.published : []);
const versions = catalog.versions(document, locale);
/** Whether a file is published: recorded in the lock file, or already on the base branch (merged, not yet recorded). */
const published = (key: string) => Boolean(lock?.versions[key]) || onBase.has(key);
// Unpublished files of this folder as their front matter says, read even when it has mistakes: a
// draft just started still has its placeholder, so the catalog leaves it out, yet it is the version
// (the translation) it says it is, and the next command must not start it again.
const drafts = new Map(
  files
    .filter((file) => file.key.startsWith(`${document}/${locale}/`) && file.date && !published(file.key))
    .map((file) => {
      const raw = content.fields.get(file.key);
      const text = (field: string) => (typeof raw?.[field] === 'string' ? raw[field] : undefined);
      // A front matter YAML cannot read says nothing: taken for the version asked for, to be mended.
      return [file.date!, {translates: text('translates'), effective: raw ? (text('effective') ?? publishedDay(file.date!)) : null}] as const;
    })
);
if (versions.length === 0) refuse(`There is no valid ${locale} version of "${document}" to start from (documents: ${catalog.documents(locale).join(', ')}).`);

// A translation follows an English version and applies when it does (not before): --translates,
// else the English in force or announced that no translation follows yet, soonest first (an urgent
// version before the announced one it was carried into), else the English version written last.
const translating = locale !== routing.defaultLocale;
const english = routing.defaultLocale;
const shownEnglish = [catalog.inForce(document, english, now), ...catalog.upcoming(document, english, now)].filter((v) => v !== null);
const translated = new Set([...versions.map((v) => v.translates), ...[...drafts.values()].map((draft) => draft.translates)]);
const untranslated = shownEnglish.filter((v) => !translated.has(v.date));
const newestOriginal = files
  .filter((file) => file.key.startsWith(`${document}/${english}/`) && file.date)
  .sort((a, b) => b.date!.localeCompare(a.date!))[0];
const chosen = values.translates ?? untranslated[0]?.date ?? newestOriginal?.date;
const original = translating && chosen ? catalog.find(document, english, chosen) : null;
if (translating && chosen && !original) {
  refuse(
    values.translates
      ? `There is no valid English version of "${document}" dated ${values.translates}: --translates takes the date of an English version.`
      : `${newestOriginal!.file} has mistakes: finish the English version first (npm run content:check names them), then start its translation.`
  );
}
if (translating && !values.translates && untranslated.length > 1) {
  console.log(`English versions without a translation yet: ${untranslated.map((v) => `${v.date}.md (applies from ${v.effective})`).join(', ')}; this one translates ${original!.date}.md, run the command again for the next.`);
}
const effective = values.effective ?? (original && original.effective > day ? original.effective : day);
if (effective < day) refuse(`--effective ${effective} is before the file's date ${day}: a version cannot apply before it is published.`);

// The text to start from: --from, else the version that will be in force just before this one applies.
const base = values.from ? catalog.find(document, locale, values.from) : (catalog.inForce(document, locale, effective) ?? versions[0]);
if (!base) refuse(`There is no ${locale} version of "${document}" dated ${values.from}: --from takes the date of an existing version.`);

// One file a day; a second version published the same day takes "-2", and so on.
let name = day;
for (let n = 2; fs.existsSync(path.join(contentDir, document, locale, `${name}.md`)); n++) {
  const full = path.join(contentDir, document, locale, `${name}.md`);
  // Today's draft of the same version is edited, not started again; another one (an urgent version
  // and the announced one it is carried into, in one pull request) takes the next name. The same
  // version: a translation of the same English version; in English, one that applies the same day,
  // or a draft not finished yet, unless --effective asks for another day.
  const draft = drafts.get(name);
  const same =
    draft &&
    (original
      ? draft.translates === undefined || draft.translates === original.date
      : draft.effective === null || draft.effective === effective || (values.effective === undefined && !catalog.find(document, locale, name)));
  if (same) {
    refuse(`${path.relative(process.cwd(), full)} already exists and is not published yet: edit it (it is your draft of this version).`);
  }
  if (n > 9) refuse(`Nine versions of "${document}" in ${locale} were published on ${day}: publish the next one tomorrow.`);
  name = `${day}-${n}`;
}
const target = path.join(contentDir, document, locale, `${name}.md`);
const shown = path.relative(process.cwd(), target);

// Versions written after the base that apply before this one: their changes would be undone by a
// copy of the base, so they are carried into it, each as the change from the version before it.
const carried = values.from
  ? []
  : versions.filter((v) => v !== base && v.date > base.date && v.effective < effective).reverse();
let body = base.body;
const notCarried: Version[] = [];
for (const version of carried) {
  const before = catalog.previous(version);
  const patched = before ? applyPatch(body, structuredPatch('before', 'after', before.body, version.body), {fuzzFactor: 2}) : false;
  if (patched === false) notCarried.push(version);
  else body = patched;
}
const carriedChanges: Change[] = carried.filter((v) => !notCarried.includes(v)).flatMap((v) => v.changes);
// Their legal reason to apply at once still holds for this version only if it applies within the notice period.
const carriedNotice = effective < addDays(day, materialNoticeDays) ? carried.find((v) => v.notice)?.notice : undefined;

const fields: Record<string, unknown> = {title: base.title, description: base.description};
if (original) fields.translates = original.date;
if (effective !== day) fields.effective = effective;
if (carriedNotice) fields.notice = carriedNotice;
const entry = (change: Change) => [`  - section: '${change.section}'`, `    kind: ${change.kind}`, `    summary: ${JSON.stringify(change.summary)}`].join('\n');
const example = [
  'changes:',
  '  # One entry per section that changed, in the words of this file\'s language (content/README.md, "Changes").',
  '  # "material": it changes what we do with personal information, or a reader\'s rights or choices;',
  `  #   it must be published ${materialNoticeDays} days before "effective" (or give "notice:" with the legal reason).`,
  '  # "editorial": wording, clarity, typography, a fixed reference; it may apply at once. For example:',
  '  # - section: 2.3',
  '  #   kind: material',
  '  #   summary: We now keep request logs for 30 days instead of 90.',
  ...(carriedChanges.length > 0 ? ['  # Carried from the versions written since, as they were listed there:', ...carriedChanges.map(entry)] : []),
  '  - section: all',
  '    kind: editorial',
  `    summary: '${CHANGE_PLACEHOLDER}'`
].join('\n');
const hint = effective === day ? `# effective: YYYY-MM-DD  (the day it applies, if later than ${day}; for a material change ${addDays(day, materialNoticeDays)} or later)\n` : '';
// Written as it is read (failsafe YAML): dates without quotes.
fs.writeFileSync(target, `---\n${yaml.dump(fields, {schema: yaml.FAILSAFE_SCHEMA, lineWidth: -1})}${example}\n${hint}---\n${body}`);

const other = routing.locales.find((l) => l !== locale)!;
const inForce = catalog.inForce(document, locale, now);
const announced = catalog.upcoming(document, locale, now).filter((v) => v.effective > effective);
const lines = [`Created ${shown}, a copy of ${base.date}.md${base === inForce ? ', the version in force' : base.effective > now ? `, the version announced for ${base.effective}` : ''}.`];
if (name !== day) lines.push(`  (${day}.md was published today already: this version of the same day is named ${name}.md.)`);
for (const version of carried.filter((v) => !notCarried.includes(v))) {
  lines.push(`  It carries the changes of ${version.date}.md (${version.changes.map((c) => (c.section === 'all' ? 'all' : `section ${c.section}`)).join(', ') || 'its text'}), written since and applying sooner: check them, and keep their entries in "changes".`);
}
for (const version of notCarried) {
  lines.push(`  The changes of ${version.date}.md could not be carried over by themselves: make them again by hand (npm run content:check lists the sections).`);
}
// A draft not finished yet (still with a mistake, so not read as a version) that applies sooner has
// nothing to carry yet: say so rather than leave its change out without a word.
const unfinished = values.from ? [] : [...drafts].filter(([date, draft]) => !catalog.find(document, locale, date) && draft.effective !== null && draft.effective < effective && date > base.date);
for (const [date] of unfinished) {
  lines.push(
    `  ${date}.md, written today and applying sooner, is not finished (npm run content:check says why), so nothing of it is in this copy: finish it, then delete this file and run the command again to carry it over, or make its changes here by hand.`
  );
}
for (const version of announced) {
  lines.push(
    `  ${version.date}.md is announced for ${version.effective} and does not contain this change: once this version is ready, carry it into the announced text: npm run policy:new -- ${document} ${locale} --effective ${version.effective}`
  );
}
lines.push(`It is published on ${day} (the file's date) and applies from ${effective} ("effective").`);
if (original) lines.push(`It translates the English version of ${original.date} ("translates"), which applies from ${original.effective}.`);
const page = `http://localhost:3000${paths.version(locale, document, name)}`;
const preview = effective > now ? `\n     To see the whole site as it will be on ${effective}: LEGAL_TODAY=${effective} npm run dev, then open http://localhost:3000${paths.document(locale, document)}` : '';
console.log(`${lines.join('\n')}
Next:
  1. Edit the text, and list what changed under "changes" (one entry per section; the placeholder must go).
  2. ${effective === day ? `To apply later than ${day}, set "effective"` : `Check "effective"`} (with a material change: ${addDays(day, materialNoticeDays)} or later, or "notice" with the legal reason it applies at once).
  3. Preview: npm run dev, then open ${page} (the first page can take up to 40 s to appear while it is prepared).${preview}
  4. Check: npm run content:check (it must end with "0 errors").
  5. ${original ? 'Commit it with the English version it translates' : `Update the translation too: npm run policy:new -- ${document} ${other}`}.
  6. Commit on a branch and open a pull request; content/README.md explains each step.`);
