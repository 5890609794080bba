// Corrections: a typo fixed after publication, never a change of meaning. `content:correct` compares
// the text recorded in the lock file (from git) with the edited one, word by word as a reader sees
// them, refuses anything more than a few words or any number, date, address or link, and records
// the words before and after, which the page shows. Pure: texts in, edits or problems out. The
// rules are explained in content/README.md.
import type {Root} from 'mdast';
import {remark} from 'remark';
import remarkGfm from 'remark-gfm';
import {visit} from 'unist-util-visit';
import {diffDocuments, diffText, wordSegmenter, type DiffBlock, type Part} from '../diff';
import type {CorrectionEdit} from '../model';
import {parseFrontMatter, versionText} from './frontmatter';
import {EMAIL, multisetDifference, termsOf} from './meaning';
import {spellingProblem} from './spelling';

/**
 * What a correction may change: at most `wordsInPlace` words in one place, `words` in all, in at most
 * `places` places. A place counts the more of the words it removes and the words it adds (at least one).
 */
export const CORRECTION_LIMITS = {places: 3, wordsInPlace: 3, words: 6};

/** A run of changed text inside a paragraph, heading or list item, with the unchanged text around it. */
type Place = {removed: string; added: string; left: string; right: string};

/** Words, spaces and punctuation, as the comparison splits them: Chinese is segmented into words. */
function segmentsOf(text: string, locale: string): Intl.SegmentData[] {
  return [...wordSegmenter(locale).segment(text)];
}

const wordsOf = (text: string, locale: string) => segmentsOf(text, locale).flatMap((s) => (s.isWordLike ? [s.segment] : []));
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
const quote = (text: string) => {
  const shown = collapse(text);
  return `"${shown.length > 80 ? `${shown.slice(0, 79)}…` : shown}"`;
};

/** The changed runs of a compared text; a link's address shown after it is no text of its own. */
function placesIn(parts: Part[]): Place[] {
  const runs: {changed: boolean; before: string; after: string}[] = [];
  for (const part of parts) {
    const changed = part.kind !== 'same';
    const text = part.format?.target ? '' : part.text;
    let run = runs.at(-1);
    if (!run || run.changed !== changed) runs.push((run = {changed, before: '', after: ''}));
    if (part.kind !== 'ins') run.before += text;
    if (part.kind !== 'del') run.after += text;
  }
  return runs.flatMap((run, i) =>
    run.changed && (run.before !== run.after || collapse(run.before) !== '') ? [{removed: run.before, added: run.after, left: runs[i - 1]?.before ?? '', right: runs[i + 1]?.before ?? ''}] : []
  );
}

const BLOCK_NAMES: Record<DiffBlock['type'], string> = {h2: 'heading', h3: 'heading', h4: 'heading', p: 'paragraph', li: 'list item'};
const blockText = (block: DiffBlock) => block.parts.map((part) => (part.format?.target ? '' : part.text)).join('');

/**
 * The changed places of a body. Paragraphs, headings and list items too different to be paired are
 * removed and added whole: paired again one for one and compared word by word; one removed or added
 * without a counterpart, or turned into another kind (a paragraph into a list item, a heading of
 * another level), is a change of the text's structure.
 */
function bodyPlaces(before: string, after: string, locale: string, problems: string[]): Place[] {
  const places: Place[] = [];
  let group: DiffBlock[] = [];
  const flush = () => {
    const removed = group.filter((block) => block.parts[0].kind === 'del');
    const added = group.filter((block) => block.parts[0].kind === 'ins');
    group = [];
    if (removed.length === added.length && removed.every((block, i) => block.type === added[i].type)) {
      removed.forEach((block, i) => places.push(...placesIn(diffText(blockText(block), blockText(added[i]), locale))));
    } else if (added.length === 0) {
      problems.push(`a ${BLOCK_NAMES[removed[0].type]} was removed: ${quote(blockText(removed[0]))}`);
    } else if (removed.length === 0) {
      problems.push(`a ${BLOCK_NAMES[added[0].type]} was added: ${quote(added.map(blockText).join(' '))}`);
    } else {
      problems.push(
        `the layout of the text changed (paragraphs, headings or list items split, joined, moved, or changed in kind or level): ${quote(removed.map(blockText).join(' '))} → ${quote(added.map(blockText).join(' '))}`
      );
    }
  };
  for (const block of diffDocuments(before, after, locale).flatMap((section) => section.blocks)) {
    const whole = block.changed && block.parts.length > 0 && block.parts.every((part) => part.kind === block.parts[0].kind);
    if (whole) {
      group.push(block);
      continue;
    }
    if (group.length > 0) flush();
    if (block.changed) places.push(...placesIn(block.parts));
  }
  if (group.length > 0) flush();
  return places;
}

/** Every link's address, in order, and every definition's: `[text](url)`, `<url>`, bare addresses. */
function linkTargets(markdown: string): string[] {
  const tree = remark().use(remarkGfm).parse(markdown) as Root;
  const definitions = new Map<string, string>();
  visit(tree, 'definition', (node) => {
    if (!definitions.has(node.identifier)) definitions.set(node.identifier, node.url);
  });
  const targets: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') targets.push(node.url);
    else if (node.type === 'linkReference' || node.type === 'imageReference') targets.push(definitions.get(node.identifier) ?? `[${node.label ?? node.identifier}]`);
  });
  return targets;
}

/** What one list has that the other has not, counting repeats: {removed, added}. */
const difference = (before: string[], after: string[]) => multisetDifference(before, after, (item) => item);

const sameItems = (a: string[], b: string[]) => {
  const {removed, added} = difference(a, b);
  return removed.length === 0 && added.length === 0;
};

// Numbers, dates and periods, in digits or in words. "one" and "一" are left out: they are also
// words ("one of", "一般"); a change from or to any other number still shows.
const NUMBER_WORDS = new Set(
  'zero two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion dozen half twice'.split(' ')
);
const PERIOD_WORDS = new Set('seconds minute minutes hour hours day days week weeks month months year years decade decades hourly daily weekly monthly quarterly yearly annual annually'.split(' '));
const MONTHS = new Set('January February March April May June July August September October November December'.split(' '));
const CHINESE_NUMBERS = /[〇零一二三四五六七八九十百千万亿两]+|年|月|日|天|周|星期|小时|分钟|秒/gu;

function numbersIn(chunk: string, words: string[]): string[] {
  const terms: string[] = [...(chunk.match(/\p{Nd}+/gu) ?? [])];
  for (const word of words) {
    if (NUMBER_WORDS.has(word.toLowerCase()) || PERIOD_WORDS.has(word.toLowerCase()) || MONTHS.has(word)) terms.push(word.toLowerCase());
    terms.push(...(word.match(CHINESE_NUMBERS) ?? []).filter((term) => term !== '一'));
  }
  return terms;
}

const emailsIn = (chunk: string) => (chunk.match(EMAIL) ?? []).map((email) => email.toLowerCase());

/** Web addresses: with "https://" or "www.", or a word that is a domain ("infermesh.io"). */
function webAddressesIn(chunk: string): string[] {
  return chunk
    .split(/\s+/)
    .map((word) => word.replace(/^[(\[{'"«“‘（《]+|[.,;:!?)\]}'"»”’。，；：！？）》]+$/gu, ''))
    .filter((word) => !word.includes('@') && (/^(?:https?:\/\/|www\.)\S+$/i.test(word) || /^(?:[\p{L}\p{N}-]+\.)+[a-z]{2,}(?:[/?#]\S*)?$/u.test(word)));
}

/**
 * Compares the text of a version as recorded with its corrected text: the words of each place
 * changed (`edits`, for the lock file and the page), and why it is more than a typo (`problems`, in
 * words for the legal team; empty when the correction is accepted). `locale` segments Chinese into words.
 * An edit quotes the changed words; where words are only added or removed, or only punctuation or
 * spacing changed, it also quotes the word before and after, so a reader sees where.
 */
export function checkCorrection(recorded: string, corrected: string, locale: string): {edits: CorrectionEdit[]; problems: string[]} {
  const before = parseFrontMatter(versionText(recorded));
  const after = parseFrontMatter(versionText(corrected));
  if (!before.data || !after.data) return {edits: [], problems: ['the front matter cannot be read: fix the errors npm run content:check shows first']};
  const problems: string[] = [];
  const was: Record<string, unknown> = before.data;
  const is: Record<string, unknown> = after.data;
  // Only the words of the title and the description may be corrected, under the rules of the text.
  for (const field of new Set([...Object.keys(was), ...Object.keys(is)])) {
    if (field === 'title' || field === 'description' || JSON.stringify(was[field]) === JSON.stringify(is[field])) continue;
    const [old, now] = [was[field], is[field]];
    problems.push(
      old === undefined
        ? `"${field}" was added to the front matter`
        : now === undefined
          ? `"${field}" was removed from the front matter`
          : typeof old === 'string' && typeof now === 'string'
            ? `"${field}" in the front matter changed: ${quote(old)} → ${quote(now)}`
            : `"${field}" in the front matter changed`
    );
  }
  const links = difference(linkTargets(before.body), linkTargets(after.body));
  const mail = (url: string) => url.replace(/^mailto:/i, '');
  links.removed.forEach((old, i) => {
    const now = links.added[i];
    if (now === undefined) problems.push(`a link was removed: ${quote(old)}`);
    else if (/^mailto:/i.test(old) && /^mailto:/i.test(now)) problems.push(`an e-mail address changed: ${quote(mail(old))} → ${quote(mail(now))}`);
    else problems.push(`a link changed: ${quote(old)} → ${quote(now)}`);
  });
  links.added.slice(links.removed.length).forEach((now) => problems.push(`a link was added: ${quote(now)}`));
  // A changed link changes the words it carries too: saying so once is enough. (A changed definition
  // of `[text][name]` links shows twice in the lists: once said.)
  if (links.removed.length + links.added.length > 0) return {edits: [], problems: [...new Set(problems)]};

  const places = [
    ...placesIn(diffText(before.data.title, after.data.title, locale)),
    ...placesIn(diffText(before.data.description, after.data.description, locale)),
    ...bodyPlaces(before.body, after.body, locale, problems)
  ];
  let words = 0;
  const edits = places.map((place): CorrectionEdit => {
    const removed = wordsOf(place.removed, locale);
    const added = wordsOf(place.added, locale);
    const size = Math.max(removed.length, added.length, 1);
    words += size;
    const edit = editOf(place, removed.length === 0 || added.length === 0, locale);
    const shown = `${quote(edit.before)} → ${quote(edit.after)}`;
    // The whole of a word the change touches, to its spaces: "privacy@exmple.com", "30", "3O".
    const touched = (text: string) => `${/\S*$/u.exec(place.left)?.[0] ?? ''}${text}${/^\S*/u.exec(place.right)?.[0] ?? ''}`;
    const [old, now] = [touched(place.removed), touched(place.added)];
    const found = problems.length;
    if (collapse(place.removed) === collapse(place.added) && collapse(place.removed) !== '') {
      problems.push(`only the formatting of ${quote(place.removed)} changed (bold, italics, code or a link)`);
    }
    if (size > CORRECTION_LIMITS.wordsInPlace) problems.push(`${size} words changed in one place (at most ${CORRECTION_LIMITS.wordsInPlace}): ${shown}`);
    if (!sameItems(numbersIn(old, removed), numbersIn(now, added))) problems.push(`a number, date or period changed: ${shown}`);
    if (!sameItems(emailsIn(old), emailsIn(now))) problems.push(`an e-mail address changed: ${quote(old)} → ${quote(now)}`);
    if (!sameItems(webAddressesIn(old), webAddressesIn(now))) problems.push(`a web address changed: ${quote(old)} → ${quote(now)}`);
    // Within the limits and with nothing else to say of it: is it a spelling fix, or another word?
    if (problems.length === found) {
      // With the word before and after, the same on both sides: they show a word written twice.
      const [left, right] = [/(\S+)\s+\S*$/u.exec(place.left)?.[1] ?? '', /^\S*\s+(\S+)/u.exec(place.right)?.[1] ?? ''];
      const spelling = spellingProblem(`${left} ${old} ${right}`, `${left} ${now} ${right}`, shown, (word) => termsOf(word, locale).some((term) => term.kind === 'negation' || term.kind === 'modal' || /\d/.test(term.key)));
      if (spelling) problems.push(spelling);
    }
    return edit;
  });
  if (places.length > CORRECTION_LIMITS.places) {
    problems.push(`the text changed in ${places.length} places (at most ${CORRECTION_LIMITS.places}): ${edits.map((e) => `${quote(e.before)} → ${quote(e.after)}`).join(', ')}`);
  }
  if (words > CORRECTION_LIMITS.words) problems.push(`${words} words changed in all (at most ${CORRECTION_LIMITS.words})`);
  return {edits: problems.length > 0 ? [] : edits, problems};
}

/** The changed words of a place; with `context`, up to the word before and the word after it too. */
function editOf(place: Place, context: boolean, locale: string): CorrectionEdit {
  let [left, right] = ['', ''];
  if (context) {
    const before = segmentsOf(place.left, locale);
    const last = before.findLastIndex((s) => s.isWordLike);
    left = before.slice(Math.max(last, 0)).map((s) => s.segment).join('');
    const after = segmentsOf(place.right, locale);
    const first = after.findIndex((s) => s.isWordLike);
    right = first < 0 ? after.map((s) => s.segment).join('') : after.slice(0, first + 1).map((s) => s.segment).join('');
  }
  return {before: collapse(`${left}${place.removed}${right}`), after: collapse(`${left}${place.added}${right}`)};
}
