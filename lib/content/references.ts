// References inside a text to its own sections: "section 3.3", "sections 2 and 4", "§ 5", "第 3.3 节",
// "第 2、4 节", and the words of a link to a section, "[section 3](#section-3)". Each must name a
// section of the same version; a link's words, the section it goes to; and a translation's
// references, section by section, the sections the English it translates names there. A reference
// to another text ("section 1798.100 of the California Civil Code", "《个人信息保护法》第 13 条") is
// not one of these. Pure: the catalog in, issues out.
import {routing} from '@/i18n/routing';
import type {ContentIssue, Version} from '../model';
import type {Catalog} from './catalog';
import {codeLines, proseOf} from './prose';

/** A reference as written: the section numbers it names, where, and in which numbered section of the text. */
type SectionReference = {numbers: string[]; words: string; line: number; column: number; section: string};

const NUMBER = String.raw`\d+(?:\.\d+)*`;
// "sections 2, 3 and 4", "sections 2.1–2.3", "§§ 4 to 6": every number named (a range by its ends).
const ENGLISH = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:sections?\s+|§§?\s*)(${NUMBER}(?:\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or|to|through)\s|[–—-])\s*${NUMBER})*)(?![\p{L}\p{N}])`,
  'giu'
);
// "第 3.3 节", "第 2、4 节", "第 2 至 4 节", "第 3 条".
const CHINESE = new RegExp(String.raw`第\s*(${NUMBER}(?:\s*[、，,和及或至到~～–—-]\s*(?:第\s*)?${NUMBER})*)\s*[节条]`, 'gu');
// Whose section it is, when not this text's: "of the California Civil Code", "of our Terms" (but "of this policy").
const OTHER_TEXT_AFTER = /^\s+(?:of|in|under)\s+(?!this\b|these\b)/i;
const OTHER_TEXT_BEFORE = /(?:\b(?:Code|Act|Regulations?|Rules?|Law|Directive|GDPR|CCPA|CPRA|PIPL|U\.S\.C\.)|》|法|条例|规定|办法|标准|准则)\s*$/u;
// "[section 3](#section-4)": the words of a link to a section of the same text.
const SECTION_LINK = /\[([^\]]*)\]\(\s*#section-(\d+(?:-\d+)*)\s*\)/g;

/** "sections 2 and 4", "第 2、4 节" → ["2", "4"]. */
const numbersIn = (list: string) => list.match(new RegExp(NUMBER, 'g')) ?? [];

/** Every reference to a section in a version's text, with its file line and column. */
function findReferences(version: Version): SectionReference[] {
  const first = version.bodyLine;
  const headings = version.sections.map((section) => ({line: section.line, number: section.number}));
  const sectionAt = (line: number) => headings.filter((heading) => heading.line <= line).at(-1)?.number ?? '';
  const found: SectionReference[] = [];
  const lines = version.body.split('\n');
  const code = codeLines(lines);
  lines.forEach((raw, index) => {
    if (code.has(index)) return;
    const line = first + index;
    const text = proseOf(raw);
    for (const pattern of [ENGLISH, CHINESE]) {
      for (const match of text.matchAll(pattern)) {
        const after = text.slice(match.index + match[0].length);
        if (OTHER_TEXT_BEFORE.test(text.slice(0, match.index)) || (pattern === ENGLISH && OTHER_TEXT_AFTER.test(after))) continue;
        found.push({numbers: numbersIn(match[1]), words: match[0], line, column: match.index + 1, section: sectionAt(line)});
      }
    }
  });
  return found;
}

/** Links to a section whose words name another one: "[section 3](#section-4)". */
function linkMismatches(version: Version): {line: number; message: string}[] {
  const first = version.bodyLine;
  const problems: {line: number; message: string}[] = [];
  version.body.split('\n').forEach((text, index) => {
    for (const link of text.matchAll(SECTION_LINK)) {
      const target = link[2].replaceAll('-', '.');
      const named = [...link[1].matchAll(ENGLISH), ...link[1].matchAll(CHINESE)].flatMap((m) => numbersIn(m[1]));
      if (named.length > 0 && !named.includes(target)) {
        problems.push({
          line: first + index,
          message: `link "${link[0]}" at column ${link.index + 1} names section ${named.join(', ')} but goes to section ${target}: make its words and its target the same section`
        });
      }
    }
  });
  return problems;
}

/** "section 3", "sections 2 and 4", "no section". */
function sections(numbers: string[]): string {
  if (numbers.length === 0) return 'no section';
  if (numbers.length === 1) return `section ${numbers[0]}`;
  return `sections ${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`;
}

const sorted = (numbers: Iterable<string>) => [...new Set(numbers)].sort((a, b) => a.localeCompare(b, 'en', {numeric: true}));
const part = (section: string) => (section === '' ? 'the introduction' : `section ${section}`);

/**
 * Every version's references, against its own sections and, in a translation, against the English it
 * translates. An error in a version not yet published (recorded in the lock file), which can still be
 * mended; a warning in a published one readers see now or soon, which only a new version can mend.
 */
export function checkReferences(catalog: Catalog, recorded: (version: Version) => boolean, day: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const shown = (version: Version) => catalog.status(version, day) !== 'archived';
  for (const version of catalog.all) {
    if (recorded(version) && !shown(version)) continue;
    const severity = recorded(version) ? 'warning' : 'error';
    const report = (line: number, message: string) => issues.push({file: version.file, line, message, severity});
    const own = new Set(version.sections.map((section) => section.number));
    const references = findReferences(version);
    for (const reference of references) {
      for (const number of reference.numbers.filter((n) => !own.has(n))) {
        report(
          reference.line,
          `reference to section ${number} ("${reference.words}", column ${reference.column}): this version has no section ${number} (its sections: ${sorted(own).join(', ') || 'none'}): correct the number`
        );
      }
    }
    for (const {line, message} of linkMismatches(version)) report(line, message);
    const original = version.locale !== routing.defaultLocale && version.translates ? catalog.find(version.document, routing.defaultLocale, version.translates) : null;
    if (!original) continue;
    const theirs = findReferences(original);
    const parts = sorted(['', ...version.sections.map((s) => s.number)].filter((p) => original.sections.some((s) => s.number === p) || p === ''));
    for (const section of parts) {
      const ours = references.filter((r) => r.section === section);
      const expected = sorted(theirs.filter((r) => r.section === section).flatMap((r) => r.numbers));
      const named = sorted(ours.flatMap((r) => r.numbers));
      if (named.join() === expected.join()) continue;
      const stray = ours.find((r) => r.numbers.some((n) => !expected.includes(n)));
      const line = stray?.line ?? version.sections.find((s) => s.number === section)?.line ?? version.bodyLine;
      const quoted = stray ? ` ("${stray.words}", column ${stray.column})` : '';
      report(
        line,
        `${part(section)} refers to ${sections(named)}${quoted}, where ${part(section)} of ${original.locale}/${original.date}.md refers to ${sections(expected)}: refer to the same sections as the English`
      );
    }
  }
  return issues;
}
