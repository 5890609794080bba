// The changes between two versions of one document, as rendered text grouped by section. Pure: the
// same texts always give the same result (the last few texts parsed are kept, see `parsed`).
import {diffArrays, type ArrayChange} from 'diff';
import type {Nodes, Root, RootContent} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {remark} from 'remark';
import remarkGfm from 'remark-gfm';
import GithubSlugger from 'github-slugger';
import {visit} from 'unist-util-visit';
import {headingId} from './content/markdown';

type BlockType = 'h2' | 'h3' | 'h4' | 'p' | 'li';
/** How text is set. A link's words carry its address; `target` marks that address shown after them. */
type Format = {strong?: true; emphasis?: true; code?: true; strike?: true; href?: string; target?: true};
export type Part = {kind: 'same' | 'ins' | 'del'; text: string; format?: Format};
/** `id`: a heading's anchor, so a change can link to its section. */
export type DiffBlock = {type: BlockType; parts: Part[]; changed: boolean; id?: string};
export type DiffSection = {id: string; blocks: DiffBlock[]; changed: boolean};

/** A word, a space or a punctuation mark, compared by its text and its format (`key`). */
type Token = {text: string; format?: Format; key: string};
/** A block's words with how often each occurs, and their total length: what pairing compares. */
type Words = {counts: Map<string, number>; length: number};
type Block = {type: BlockType; tokens: Token[]; key: string; words: Words; id?: string};
type Run = {text: string; format?: Format};
/** A compared block, with the id of its heading. */
type Item = {block: DiffBlock; id?: string};

const parser = remark().use(remarkGfm);

const formatKey = (format?: Format): string =>
  format
    ? `${format.strong ? 'b' : ''}${format.emphasis ? 'i' : ''}${format.code ? 'c' : ''}${format.strike ? 's' : ''}` +
      `${format.target ? 't' : ''}${format.href === undefined ? '' : `>${format.href}`}`
    : '';

const PHRASING = new Set(['text', 'emphasis', 'strong', 'delete', 'inlineCode', 'break', 'link', 'linkReference', 'image', 'imageReference', 'html', 'footnoteReference']);

/** The text of a node in runs of one format, links and images followed by their address. */
function runsOf(node: Nodes, definitions: Map<string, string>, format: Format | undefined, runs: Run[]): Run[] {
  if (node.type === 'inlineCode') {
    runs.push({text: node.value, format: {...format, code: true}});
  } else if (node.type === 'text' || node.type === 'html') {
    runs.push({text: node.value, format});
  } else if (node.type === 'break') {
    runs.push({text: ' ', format});
  } else if (node.type === 'strong' || node.type === 'emphasis' || node.type === 'delete') {
    const mark: Format = node.type === 'strong' ? {strong: true} : node.type === 'emphasis' ? {emphasis: true} : {strike: true};
    for (const child of node.children) runsOf(child, definitions, {...format, ...mark}, runs);
  } else if (node.type === 'link' || node.type === 'linkReference' || node.type === 'image' || node.type === 'imageReference') {
    // A reference shows the address of its definition, so changing only the definition changes the text that uses it.
    const href = 'url' in node ? node.url : definitions.get(node.identifier);
    const linked = href === undefined ? format : {...format, href};
    if (node.type === 'image' || node.type === 'imageReference') runs.push({text: node.alt ?? '', format: linked});
    else for (const child of node.children) runsOf(child, definitions, linked, runs);
    const text = toString(node).trim();
    // A link whose text is its address is not followed by it again, as on paper (see lib/content/markdown).
    if (href !== undefined && href !== text && href !== `mailto:${text}`) {
      runs.push({text: ' ', format: linked}, {text: `⟨${href}⟩`, format: {...linked, target: true}});
    }
  } else if ('children' in node) {
    for (const child of node.children) {
      if (!PHRASING.has(child.type)) runs.push({text: ' '});
      runsOf(child, definitions, format, runs);
    }
  } else if ('value' in node) {
    runs.push({text: node.value, format});
  }
  return runs;
}

const segmenters = new Map<string, Intl.Segmenter>();

/** One word segmenter per language, made once: making one costs more than segmenting a paragraph. */
export function wordSegmenter(locale: string): Intl.Segmenter {
  let segmenter = segmenters.get(locale);
  if (!segmenter) segmenters.set(locale, (segmenter = new Intl.Segmenter(locale, {granularity: 'word'})));
  return segmenter;
}
const PIECE = 2000;
const LAST_BREAK = /[\s。，、；：！？][^\s。，、；：！？]*$/u;

/** Words for English, phrases of Chinese: `Intl.Segmenter` splits Chinese text into words. */
function* segments(text: string, locale: string): Generator<Intl.SegmentData> {
  const segmenter = wordSegmenter(locale);
  // V8's segmenter takes longer per word the longer its text (a 1 MB text takes minutes): long text
  // is segmented in pieces cut after a space or a Chinese punctuation mark, where every word ends anyway.
  let start = 0;
  while (text.length - start > PIECE) {
    const cut = text.slice(start + PIECE / 2, start + PIECE).search(LAST_BREAK);
    if (cut < 0) break;
    const end = start + PIECE / 2 + cut + 1;
    yield* segmenter.segment(text.slice(start, end));
    start = end;
  }
  yield* segmenter.segment(text.slice(start));
}

/** Runs as tokens, with white space collapsed as a browser shows it, and the words they contain. */
function tokenize(runs: Run[], locale: string): {tokens: Token[]; words: Words} {
  const tokens: Token[] = [];
  const words: Words = {counts: new Map(), length: 0};
  let space = true;
  for (const run of runs) {
    let text = run.text.replace(/\s+/g, ' ');
    if (space && text.startsWith(' ')) text = text.slice(1);
    if (!text) continue;
    space = text.endsWith(' ');
    const format = formatKey(run.format);
    const pieces: Iterable<{segment: string; isWordLike?: boolean}> = run.format?.target ? [{segment: text}] : segments(text, locale);
    for (const {segment, isWordLike} of pieces) {
      tokens.push(run.format ? {text: segment, format: run.format, key: `${segment}\0${format}`} : {text: segment, key: segment});
      if (isWordLike) {
        words.counts.set(segment, (words.counts.get(segment) ?? 0) + 1);
        words.length += segment.length;
      }
    }
  }
  while (tokens.at(-1)?.text === ' ') tokens.pop();
  return {tokens, words};
}

/** The readable blocks of a Markdown body, in order: headings, paragraphs and list items. */
function blocksOf(markdown: string, locale: string): Block[] {
  const tree = parser.parse(markdown) as Root;
  const definitions = new Map<string, string>();
  // Identifiers are already normalized (case-folded); the first definition wins, as in CommonMark.
  visit(tree, 'definition', (node) => {
    if (!definitions.has(node.identifier)) definitions.set(node.identifier, node.url);
  });
  const slugger = new GithubSlugger();
  const blocks: Block[] = [];
  const add = (type: BlockType, node: Nodes, id?: string) => {
    const {tokens, words} = tokenize(runsOf(node, definitions, undefined, []), locale);
    if (tokens.length || id) blocks.push({type, tokens, words, id, key: `${type}\u0001${tokens.map((t) => t.key).join('\u0001')}`});
  };
  const walk = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'heading') {
        const depth = Math.min(Math.max(node.depth, 2), 4) as 2 | 3 | 4;
        add(`h${depth}`, node, headingId(toString(node).trim(), slugger));
      } else if (node.type === 'list') {
        for (const item of node.children) add('li', item);
      } else if (node.type === 'blockquote') {
        walk(node.children);
      } else if (node.type !== 'html' && node.type !== 'definition' && node.type !== 'thematicBreak') {
        add('p', node);
      }
    }
  };
  walk(tree.children);
  return blocks;
}

// The versions of an archive are compared with one another (each of 200 versions is in 199 pairs),
// and parsing a version is most of a comparison's time: the blocks of the last texts parsed are
// kept (about 3 MiB for a version of 150 KiB). Nothing changes a block once made, so a kept one is
// as good as a new one.
const kept = new Map<string, Block[]>();
const KEPT_MAX = 8;

function parsed(markdown: string, locale: string): Block[] {
  const key = `${locale}\0${markdown}`;
  let blocks = kept.get(key);
  if (blocks) kept.delete(key);
  else blocks = blocksOf(markdown, locale);
  kept.set(key, blocks);
  if (kept.size > KEPT_MAX) kept.delete(kept.keys().next().value!);
  return blocks;
}

/** Adjacent parts of one kind and format as one. */
function merge(parts: Part[]): Part[] {
  const merged: Part[] = [];
  for (const part of parts) {
    const last = merged.at(-1);
    if (last && last.kind === part.kind && formatKey(last.format) === formatKey(part.format)) last.text += part.text;
    else if (part.text) merged.push({...part});
  }
  return merged;
}

const partsOf = (kind: Part['kind'], tokens: Token[]): Part[] =>
  merge(tokens.map(({text, format}) => (format ? {kind, text, format} : {kind, text})));

/** Word-level changes between two lists of tokens. */
function diffTokens(before: Token[], after: Token[]): Part[] {
  // Past this many changed words, a block reads better wholly replaced, and comparing it would take long.
  const changes: ArrayChange<Token>[] = diffArrays(before, after, {comparator: (a, b) => a.key === b.key, maxEditLength: 1000}) ?? [
    {value: before, count: before.length, added: false, removed: true},
    {value: after, count: after.length, added: true, removed: false}
  ];
  const parts: Part[] = [];
  changes.forEach((change, index) => {
    const kind = change.added ? 'ins' : change.removed ? 'del' : 'same';
    const between = index > 0 && index < changes.length - 1;
    // A lone space between two changes reads better inside them than on its own.
    if (kind === 'same' && between && change.value.every((token) => /^\s+$/.test(token.text))) {
      parts.push(...partsOf('del', change.value), ...partsOf('ins', change.value));
    } else {
      parts.push(...partsOf(kind, change.value));
    }
  });
  // Show each run of removals before the additions that replace it.
  const ordered: Part[] = [];
  let pending: Part[] = [];
  for (const part of parts) {
    if (part.kind === 'same') {
      ordered.push(...pending.filter((p) => p.kind === 'del'), ...pending.filter((p) => p.kind === 'ins'), part);
      pending = [];
    } else pending.push(part);
  }
  ordered.push(...pending.filter((p) => p.kind === 'del'), ...pending.filter((p) => p.kind === 'ins'));
  // A removed space next to an insertion is noise: the inserted text carries its own spacing.
  const meaningful = ordered.filter(
    (part, i) => !(part.kind === 'del' && /^\s+$/.test(part.text) && (ordered[i + 1]?.kind === 'ins' || ordered[i - 1]?.kind === 'ins'))
  );
  return merge(meaningful);
}

/** Word-level changes within one plain text. */
export function diffText(before: string, after: string, locale: string): Part[] {
  return diffTokens(tokenize([{text: before}], locale).tokens, tokenize([{text: after}], locale).tokens);
}

/** How much of two blocks' words they share, weighted by length, from 0 to 1 (Dice, word order aside). */
function similarity(a: Words, b: Words): number {
  const [small, large] = a.counts.size < b.counts.size ? [a, b] : [b, a];
  let same = 0;
  for (const [word, count] of small.counts) same += Math.min(count, large.counts.get(word) ?? 0) * word.length;
  return (2 * same) / (a.length + b.length || 1);
}

/**
 * Blocks found exactly once in each version, in the longest order both share (patience diff): they
 * anchor the comparison, so that the costlier pairing only sees the blocks between two anchors.
 */
function anchors(before: Block[], after: Block[]): [number, number][] {
  const seen = new Map<string, {before: number; after: number; at: number}>();
  before.forEach((block, i) => {
    const entry = seen.get(block.key);
    if (entry) entry.before++;
    else seen.set(block.key, {before: 1, after: 0, at: i});
  });
  for (const block of after) {
    const entry = seen.get(block.key);
    if (entry) entry.after++;
  }
  const pairs: [number, number][] = [];
  after.forEach((block, j) => {
    const entry = seen.get(block.key);
    if (entry?.before === 1 && entry.after === 1) pairs.push([entry.at, j]);
  });
  pairs.sort((x, y) => x[0] - y[0]);
  // Longest increasing subsequence of the positions in `after`, by patience sorting.
  const tails: number[] = [];
  const previous: number[] = [];
  pairs.forEach(([, j], k) => {
    let [low, high] = [0, tails.length];
    while (low < high) {
      const middle = (low + high) >> 1;
      if (pairs[tails[middle]][1] < j) low = middle + 1;
      else high = middle;
    }
    previous[k] = low > 0 ? tails[low - 1] : -1;
    tails[low] = k;
  });
  const kept: [number, number][] = [];
  for (let k = tails.at(-1) ?? -1; k >= 0; k = previous[k]) kept.push(pairs[k]);
  return kept.reverse();
}

const whole = (block: Block, kind: Part['kind']): Item => ({block: {type: block.type, parts: partsOf(kind, block.tokens), changed: kind !== 'same', id: block.id}, id: block.id});

// How many added blocks after the last pairing a removed block is compared with: bounds the work.
const WINDOW = 50;

/**
 * A run of blocks replaced by another: pairs each removed block with the most similar added block of the
 * same kind among the next few after the last pairing, and compares their words; the rest is wholly
 * removed or added.
 */
function pair(removed: Block[], added: Block[]): Item[] {
  const result: Item[] = [];
  let cursor = 0;
  for (const a of removed) {
    let best = -1;
    let bestScore = 0.5;
    for (let j = cursor; j < Math.min(added.length, cursor + WINDOW); j++) {
      const score = added[j].type === a.type ? similarity(a.words, added[j].words) : 0;
      if (score > bestScore) [best, bestScore] = [j, score];
    }
    if (best < 0) {
      result.push(whole(a, 'del'));
      continue;
    }
    for (; cursor < best; cursor++) result.push(whole(added[cursor], 'ins'));
    const b = added[cursor++];
    const parts = diffTokens(a.tokens, b.tokens);
    result.push({block: {type: b.type, parts, changed: parts.some((part) => part.kind !== 'same'), id: b.id}, id: b.id});
  }
  for (; cursor < added.length; cursor++) result.push(whole(added[cursor], 'ins'));
  return result;
}

/** Compares two Markdown bodies block by block, then word by word inside blocks that changed. */
export function diffDocuments(before: string, after: string, locale: string): DiffSection[] {
  const oldBlocks = parsed(before, locale);
  const newBlocks = parsed(after, locale);
  const result: Item[] = [];
  let [i, j] = [0, 0];
  for (const [oldAt, newAt] of [...anchors(oldBlocks, newBlocks), [oldBlocks.length, newBlocks.length]]) {
    for (const item of pair(oldBlocks.slice(i, oldAt), newBlocks.slice(j, newAt))) result.push(item);
    if (newAt < newBlocks.length) result.push(whole(newBlocks[newAt], 'same'));
    [i, j] = [oldAt + 1, newAt + 1];
  }
  const sections: DiffSection[] = [];
  for (const {block, id} of result) {
    if (block.type === 'h2' || sections.length === 0) {
      sections.push({id: block.type === 'h2' && id ? id : 'introduction', blocks: [], changed: false});
    }
    const section = sections[sections.length - 1];
    section.blocks.push(block);
    section.changed ||= block.changed;
  }
  return sections;
}
