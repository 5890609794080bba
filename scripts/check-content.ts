// `npm run content:check`: every check the build makes, without building. Exit code 1 on errors.
import {baseFromEnvironment} from '@/lib/content/git';
import {readContent} from '@/lib/content/load';
import {formatIssue} from '@/lib/content/issues';
import {today} from '@/lib/dates';
import type {ContentIssue} from '@/lib/model';
import {formatTranslationTable, translationRows} from './pull-request-report';

const started = performance.now();
// The content is compared with what is already merged: main, or the base branch CI names; `none`
// skips it (test fixtures, which are no record; a deployment build of content CI has checked).
const base = baseFromEnvironment();
const day = today();
const {versions, catalog, issues} = readContent(undefined, day, base ?? undefined);
const errors = issues.filter((issue) => issue.severity === 'error');
const warnings = issues.filter((issue) => issue.severity === 'warning');

// On GitHub, the same messages also appear as notes on the lines of the pull request.
const escape = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
function annotation(issue: ContentIssue): string {
  const file = escape(issue.file).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return `::${issue.severity} file=${file},line=${issue.line}::${escape(issue.message)}`;
}

const sorted = [...issues].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
for (const issue of sorted) {
  console.log(formatIssue(issue));
  if (process.env.GITHUB_ACTIONS === 'true') console.log(annotation(issue));
}

// Where each translation stands against the English, section by section (nothing without translations).
for (const line of formatTranslationTable(translationRows(catalog, day))) console.log(line);

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const seconds = ((performance.now() - started) / 1000).toFixed(2);
if (!base) console.log('content:check: not compared with the base branch (CONTENT_BASE=none): published versions are protected only by the lock file here.');
console.log(
  `content:check: ${plural(versions.length, 'valid version')}, ${plural(errors.length, 'error')}, ${plural(warnings.length, 'warning')} (${seconds} s)`
);
if (errors.length > 0) {
  console.log('Fix each error above (content/README.md explains every message), then run npm run content:check again.');
  process.exitCode = 1;
}
