// `npm run policy:new -- <document> <language> [--effective YYYY-MM-DD] [--from YYYY-MM-DD] [--date YYYY-MM-DD]`:
// starts the next version of a document as a copy of an existing one, front matter ready to edit.
// The file is dated today, the day its text is published; `effective` is the day it applies.
// A translation takes the dates of the English version it follows. Never overwrites a file.
import fs from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import yaml from 'js-yaml';
import {hasLocale} from 'next-intl';
import {routing} from '@/i18n/routing';
import {readContent} from '@/lib/content/load';
import {addDays, isCalendarDate, today} from '@/lib/dates';
import {CHANGE_PLACEHOLDER} from '@/lib/model';
import {paths} from '@/lib/routes';
import {contentDir, materialNoticeDays} from '@/lib/site';
import {refuse} from './cli';

const usage =
  'Usage: npm run policy:new -- <document> <language> [--effective YYYY-MM-DD] [--from YYYY-MM-DD], e.g. npm run policy:new -- privacy en --effective 2027-01-15';
const {values, positionals} = parseArgs({
  allowPositionals: true,
  options: {date: {type: 'string'}, effective: {type: 'string'}, from: {type: 'string'}}
});
const [document, locale] = positionals;
if (positionals.length !== 2) refuse(usage);
if (!hasLocale(routing.locales, locale)) refuse(`"${locale}" is not a language of the site (${routing.locales.join(', ')}). ${usage}`);
for (const option of ['date', 'effective', 'from'] as const) {
  const value = values[option];
  if (value !== undefined && !isCalendarDate(value)) refuse(`--${option} "${value}" is not a real date: write YYYY-MM-DD.`);
}
const now = today();
const day = values.date ?? now;
if (day > now) {
  refuse(`--date ${day} is after today: date the file today (${now}), the day its text is published, and give the day it applies with --effective ${day}.`);
}

const {catalog, files} = readContent();
const versions = catalog.versions(document, locale);
// The text to start from: --from, else the one written last (the upcoming version, if one is announced).
const byDate = [...versions].sort((a, b) => b.date.localeCompare(a.date));
const base = values.from ? catalog.find(document, locale, values.from) : byDate[0];
if (!base) {
  refuse(
    values.from
      ? `There is no ${locale} version of "${document}" dated ${values.from}: --from takes the date of an existing version.`
      : `There is no valid ${locale} version of "${document}" to start from (documents: ${catalog.documents(locale).join(', ')}).`
  );
}
const target = path.join(contentDir, document, locale, `${day}.md`);
const shown = path.relative(process.cwd(), target);
if (fs.existsSync(target)) refuse(`${shown} already exists: edit it (a file is the version of its day).`);

// A translation follows the English version written last, and applies when it does (not before).
const translating = locale !== routing.defaultLocale;
const newestOriginal = files
  .filter((file) => file.key.startsWith(`${document}/${routing.defaultLocale}/`) && file.date)
  .sort((a, b) => b.date!.localeCompare(a.date!))[0];
const original = translating && newestOriginal ? catalog.find(document, routing.defaultLocale, newestOriginal.date!) : null;
if (translating && newestOriginal && !original) {
  refuse(`${newestOriginal.file} has mistakes: finish the English version first (npm run content:check names them), then start its translation.`);
}
const effective = values.effective ?? (original && original.effective > day ? original.effective : day);
if (effective < day) refuse(`--effective ${effective} is before the file's date ${day}: a version cannot apply before it is published.`);

const fields: Record<string, unknown> = {title: base.title, description: base.description};
if (original) fields.translates = original.date;
if (effective !== day) fields.effective = effective;
const example = [
  'changes:',
  '  # One entry per section that changed, in the words of this file\'s language (content/README.md, "Changes").',
  '  # "material": it changes what we do with personal information, or a reader\'s rights or choices;',
  `  #   it must be published ${materialNoticeDays} days before "effective" (or give "notice:" with the legal reason).`,
  '  # "editorial": wording, clarity, typography, a fixed reference; it may apply at once. For example:',
  '  # - section: 2.3',
  '  #   kind: material',
  '  #   summary: We now keep request logs for 30 days instead of 90.',
  '  - section: all',
  '    kind: editorial',
  `    summary: '${CHANGE_PLACEHOLDER}'`
].join('\n');
const hint = effective === day ? `# effective: YYYY-MM-DD  (the day it applies, if later than ${day}; for a material change ${addDays(day, materialNoticeDays)} or later)\n` : '';
// Written as it is read (failsafe YAML): dates without quotes.
fs.writeFileSync(target, `---\n${yaml.dump(fields, {schema: yaml.FAILSAFE_SCHEMA, lineWidth: -1})}${example}\n${hint}---\n${base.body}`);

const other = routing.locales.find((l) => l !== locale)!;
const upcoming = base.effective > now && byDate.length > 1 ? `\n  (${base.date} is the announced upcoming version. To change the version in force instead: --from ${catalog.inForce(document, locale, now)?.date ?? 'YYYY-MM-DD'})` : '';
const page = `http://localhost:3000${paths.version(locale, document, day)}`;
const preview = effective > now ? `\n     To see the whole site as it will be on ${effective}: LEGAL_TODAY=${effective} npm run dev, then open http://localhost:3000${paths.document(locale, document)}` : '';
console.log(`Created ${shown}, a copy of ${base.date}.md.${upcoming}
It is published on ${day} (the file's date) and applies from ${effective} ("effective").${original ? `\nIt translates the English version of ${original.date} ("translates"), which applies from ${original.effective}.` : ''}
Next:
  1. Edit the text, and list what changed under "changes" (one entry per section; the placeholder must go).
  2. ${effective === day ? `To apply later than ${day}, set "effective"` : `Check "effective"`} (with a material change: ${addDays(day, materialNoticeDays)} or later).
  3. Preview: npm run dev, then open ${page} (the first page can take up to 40 s to appear while it is prepared).${preview}
  4. Check: npm run content:check (it must end with "0 errors").
  5. ${original ? 'Commit it with the English version it translates' : `Update the translation too: npm run policy:new -- ${document} ${other}`}.
  6. Commit on a branch and open a pull request; content/README.md explains each step.`);
