// English left in a translation: a run of English words in a Chinese version is a sentence or a
// phrase nobody translated, and readers of that language cannot read it. Link targets, addresses,
// code and the names kept in every language (content/site.yml "names") are not text to translate.
// Pure: versions in, issues out.
import {routing} from '@/i18n/routing';
import type {ContentIssue, Version} from '../model';
import {codeLines, proseOf} from './prose';

/** Three Latin words in a row, with only spaces and punctuation between them. */
const RUN = /[A-Za-z][A-Za-z'’-]*(?:[\s,;:.!?()"“”/&]+[A-Za-z][A-Za-z'’-]*){2,}/g;

/** The line without what is not prose, nor domain names, nor the names kept in every language. */
function mask(line: string, names: string[]): string {
  let masked = proseOf(line).replace(/\b(?:[a-z0-9-]+\.)+[a-z]{2,}\b/gi, ' ');
  for (const name of names) masked = masked.split(name).join(' ');
  return masked;
}

export function checkUntranslated(versions: readonly Version[], names: string[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const version of versions.filter((v) => v.locale !== routing.defaultLocale)) {
    const report = (line: number, found: string) =>
      issues.push({
        file: version.file,
        line,
        severity: 'error',
        message: `English words left in a ${version.locale} version: "${found.trim().slice(0, 80)}": translate them (a name kept in every language goes in "names" of content/site.yml)`
      });
    for (const field of ['title', 'description'] as const) {
      const found = mask(version[field], names).match(RUN)?.[0];
      if (found) report(version.lines.fields[field] ?? 2, found);
    }
    const first = version.bodyLine;
    const lines = version.body.split('\n');
    const code = codeLines(lines);
    lines.forEach((line, i) => {
      const found = code.has(i) ? undefined : mask(line, names).match(RUN)?.[0];
      if (found) report(first + i, found);
    });
  }
  return issues;
}
