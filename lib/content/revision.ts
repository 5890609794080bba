// What changed between two versions of a document, section by section, as a reviewer would say it:
// which numbered sections changed, were added or removed (and the introduction before the first),
// the first words that changed in each, and the terms that carry commitments (lib/content/meaning.ts)
// that the change added or removed. Pure: two versions in, changes out.
import {diffText} from '../diff';
import type {Version} from '../model';
import {termDifference, termsOf, type Term} from './meaning';

/** `section` is a heading's number, or `intro` for the text before the first numbered heading. */
export type SectionChange = {
  section: string;
  how: 'changed' | 'added' | 'removed';
  /** The first words that differ, as they were and as they are. */
  before: string;
  after: string;
  /** Line of the section in the newer version (of the older, for a removed section). */
  line: number;
  /** Terms (numbers, dates, addresses, negations, modals) the change removed and added. */
  terms: {removed: Term[]; added: Term[]};
};

export const INTRODUCTION = 'intro';

const cut = (text: string, from: 'start' | 'end') => {
  const words = text.trim().replace(/\s+/g, ' ');
  if (words.length <= 60) return words;
  return from === 'start' ? `${words.slice(0, 59)}…` : `…${words.slice(-59)}`;
};

/** The first run of changed words between two texts, with a word of context where only one side has words. */
function firstChange(before: string, after: string, locale: string): {before: string; after: string} {
  const parts = diffText(before, after, locale);
  const start = parts.findIndex((part) => part.kind !== 'same');
  if (start < 0) return {before: '', after: ''};
  let end = start;
  while (end < parts.length && parts[end].kind !== 'same') end++;
  const run = parts.slice(start, end);
  let removed = run.filter((p) => p.kind === 'del').map((p) => p.text).join('');
  let added = run.filter((p) => p.kind === 'ins').map((p) => p.text).join('');
  if (!removed.trim() || !added.trim()) {
    const left = /(\S+\s*)$/.exec(parts[start - 1]?.text ?? '')?.[1] ?? '';
    const right = /^(\s*\S+)/.exec(parts[end]?.text ?? '')?.[1] ?? '';
    [removed, added] = [`${left}${removed}${right}`, `${left}${added}${right}`];
  }
  return {before: cut(removed, 'end'), after: cut(added, 'start')};
}

function compare(section: string, old: string, now: string, line: number, locale: string, how: SectionChange['how']): SectionChange {
  const words = firstChange(old, now, locale);
  return {section, how, ...words, line, terms: termDifference(termsOf(old, locale), termsOf(now, locale))};
}

/** Every section whose text differs between `before` and `after` (older and newer), in the newer one's order. */
export function sectionChanges(before: Version, after: Version): SectionChange[] {
  const locale = after.locale;
  const changes: SectionChange[] = [];
  if (before.preamble !== after.preamble) {
    changes.push(compare(INTRODUCTION, before.preamble, after.preamble, after.sections[0]?.line ?? 1, locale, 'changed'));
  }
  const old = new Map(before.sections.map((section) => [section.number, section]));
  const titles = new Map(before.sections.map((section) => [section.title, section]));
  for (const section of after.sections) {
    const counterpart = old.get(section.number);
    if (!counterpart) {
      // A section renumbered keeps its words: compare its terms with the section it was.
      const moved = titles.get(section.title);
      const change = compare(section.number, moved?.text ?? '', section.text, section.line, locale, 'added');
      changes.push(change);
    } else if (counterpart.text !== section.text) {
      changes.push(compare(section.number, counterpart.text, section.text, section.line, locale, 'changed'));
    }
  }
  const numbers = new Set(after.sections.map((section) => section.number));
  for (const section of before.sections) {
    if (!numbers.has(section.number)) changes.push(compare(section.number, section.text, '', section.line, locale, 'removed'));
  }
  return changes;
}
