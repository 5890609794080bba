// `npm run policy:new -- <document> <locale> [--date YYYY-MM-DD]`: starts the next version of a
// document as a copy of its newest one, front matter ready to edit. Never overwrites a file.
import fs from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import yaml from 'js-yaml';
import {hasLocale} from 'next-intl';
import {routing} from '@/i18n/routing';
import {readContent} from '@/lib/content/load';
import {isCalendarDate, today} from '@/lib/dates';
import {SUMMARY_PLACEHOLDER} from '@/lib/model';
import {paths} from '@/lib/routes';
import {contentDir} from '@/lib/site';
import {refuse} from './cli';

const usage = 'Usage: npm run policy:new -- <document> <language> [--date YYYY-MM-DD], e.g. npm run policy:new -- privacy en';
const {values, positionals} = parseArgs({allowPositionals: true, options: {date: {type: 'string'}}});
const [document, locale] = positionals;
if (positionals.length !== 2) refuse(usage);
if (!hasLocale(routing.locales, locale)) refuse(`"${locale}" is not a language of the site (${routing.locales.join(', ')}). ${usage}`);
const day = values.date ?? today();
if (!isCalendarDate(day)) refuse(`--date "${day}" is not a real date: write YYYY-MM-DD.`);

const {catalog, files} = readContent();
const existing = files.filter((file) => file.key.startsWith(`${document}/${locale}/`) && file.date);
const newestDate = existing.map((file) => file.date!).sort().at(-1);
const [base] = catalog.versions(document, locale);
if (!base) refuse(`There is no valid ${locale} version of "${document}" to start from (documents: ${catalog.documents(locale).join(', ')}).`);
const target = path.join(contentDir, document, locale, `${day}.md`);
const shown = path.relative(process.cwd(), target);
if (fs.existsSync(target)) refuse(`${shown} already exists: edit it, or choose another day with --date.`);
if (newestDate && day <= newestDate) refuse(`A new version must be dated after the newest one (${newestDate}): choose a later --date.`);

const frontMatter = yaml.dump({title: base.title, description: base.description, summary: SUMMARY_PLACEHOLDER}, {lineWidth: -1});
const effectiveHint = `# effective: YYYY-MM-DD  (remove the "#" and give a later day if this version takes effect after ${day})\n`;
fs.writeFileSync(target, `---\n${frontMatter}${effectiveHint}---\n${base.body}`);

const other = routing.locales.find((l) => l !== locale);
console.log(`Created ${shown}, a copy of ${base.date}.md. Next:
  1. Edit the text, and replace the "summary" with one line saying what changed.
  2. To take effect later than ${day}, set "effective" in the front matter.
  3. Preview: npm run dev, then open http://localhost:3000${paths.document(locale, document)}${day > today() ? ` (started with LEGAL_TODAY=${day})` : ''}
  4. Check: npm run content:check (it must end with "0 errors").
  5. Update the translation too: npm run policy:new -- ${document} ${other}
  6. Commit on a branch and open a pull request; content/README.md explains each step.`);
if (day > today()) console.log(`Note: dated ${day}, it is published on that day. To publish now and apply later, date it today and set "effective".`);
