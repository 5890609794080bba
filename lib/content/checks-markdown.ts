// Checks of Markdown that need no rendering: how deeply the text nests, looked at before and after it
// is parsed, and whether a link goes where a reader would expect. Pure: no file access.
import type {Nodes, Root} from 'mdast';
import {siteUrl} from '../site';
import {shownHostProblem} from './hosts';

export type MarkdownProblem = {line: number; message: string};

// A legal text needs a few levels ("1." › "(a)" › "(i)", maybe in a quote); a deeper text is a
// mistake or an attack. The parser takes seconds on thousands of levels and the steps after it
// overflow the stack, so the text is refused before it is parsed.
const MAX_NESTING = 8;
// What 8 levels of lists and quotes (two nodes each) and 8 of emphasis come to, with room to spare.
const MAX_TREE_DEPTH = 48;

export const NESTED_TOO_DEEP = 'the text is nested too deeply to be read (lists, quotes or emphasis inside each other): use fewer levels';
const BLOCKS_TOO_DEEP = `lists and quotes nested more than ${MAX_NESTING} deep: use fewer levels (each "-", "1." or ">" at the start of a line, and each indented list, is one more)`;
const EMPHASIS_TOO_DEEP = `too many "*", "_" or "~" marks: emphasis can be nested at most ${MAX_NESTING} deep; remove the extra marks and write **bold** or *italic*`;

const LIST_MARKER = /(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/y;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const ATX_HEADING = /#{1,6}(?:[ \t]|$)/y;

type Block = {depth: number; end: number; startsParagraph: boolean};

/**
 * How deeply one line nests, from its leading ">" and list markers and the list items still open
 * (`items`: the column where each one's text starts), which it updates. An estimate, never much
 * below the parser's count: what it must catch is thousands of levels, not the ninth.
 */
function blockOf(text: string, items: number[], afterBlank: boolean): Block {
  let i = 0;
  let column = 0;
  let quotes = 0;
  let marker = false;
  if (!THEMATIC_BREAK.test(text)) {
    for (;;) {
      while (text[i] === ' ' || text[i] === '\t') column = text[i++] === '\t' ? column + 4 - (column % 4) : column + 1;
      if (text[i] === '>') {
        quotes++;
        i++;
        column++;
        continue;
      }
      LIST_MARKER.lastIndex = i;
      const found = LIST_MARKER.exec(text);
      if (!found) break;
      while (items.length > 0 && items[items.length - 1] > column) items.pop();
      i += found[0].length;
      column += found[0].length;
      items.push(column + 1);
      marker = true;
    }
  }
  ATX_HEADING.lastIndex = i;
  const heading = ATX_HEADING.test(text);
  // After a blank line, a line ends the list items it is not indented into, and so does a heading
  // or a rule; text right after text may be its continuation. Blank lines themselves end nothing.
  const empty = i >= text.length;
  if (!marker && !empty && (afterBlank || heading || THEMATIC_BREAK.test(text))) {
    while (items.length > 0 && items[items.length - 1] > column) items.pop();
  }
  return {depth: quotes + (marker ? items.length : itemsAround(items, column)), end: i, startsParagraph: marker || heading || THEMATIC_BREAK.test(text)};
}

/** How many of the open items a line starting at `column` is indented into. Their columns ascend. */
function itemsAround(items: number[], column: number): number {
  let [low, high] = [0, items.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (items[middle] <= column) low = middle + 1;
    else high = middle;
  }
  return low;
}

type Run = {char: string; length: number; opens: boolean; line: number};

const isSpace = (c: string | undefined) => c === undefined || /\s/u.test(c);
const isPunctuation = (c: string | undefined) => c !== undefined && /[\p{P}\p{S}]/u.test(c);
const isWordCharacter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/**
 * The runs of "*", "_" and "~" of one line that can only open or only close emphasis (CommonMark's
 * flanking rules), added to `runs`. Returns whether the line has a long row of marks that nests by
 * itself, such as "*_*_*_…" or "*****x": the parser is slow on those even when they nest little.
 */
function emphasisRuns(text: string, from: number, line: number, runs: Run[]): boolean {
  let longRow = false;
  for (let i = from; i < text.length; ) {
    if (text[i] === '\\') {
      i += 2;
      continue;
    }
    if (!'*_~'.includes(text[i])) {
      i++;
      continue;
    }
    let end = i;
    while (end < text.length && '*_~'.includes(text[end])) end++;
    const row = text.slice(i, end);
    // A row of one mark between spaces or punctuation is a line to fill in ("Name: ______").
    if (row.length > MAX_NESTING && (new Set(row).size > 1 || isWordCharacter(text[i - 1]) || isWordCharacter(text[end]))) longRow = true;
    for (let start = i; start < end; ) {
      let stop = start;
      while (stop < end && text[stop] === text[start]) stop++;
      const before = start === from ? undefined : text[start - 1];
      const after = text[stop];
      const left = !isSpace(after) && (!isPunctuation(after) || isSpace(before) || isPunctuation(before));
      const right = !isSpace(before) && (!isPunctuation(before) || isSpace(after) || isPunctuation(after));
      const underscore = text[start] === '_';
      const opens = left && (!underscore || !right || isPunctuation(before));
      const closes = right && (!underscore || !left || isPunctuation(after));
      // A run that can do both closes what is open as readily as it opens: it is left out of the
      // count, and the parsed tree's depth is checked anyway.
      if (opens !== closes) runs.push({char: text[start], length: stop - start, opens, line});
      start = stop;
    }
    i = end;
  }
  return longRow;
}

/**
 * The line of one paragraph's runs where emphasis would first be nested too deeply, if any. Marks
 * can only nest as deep as there are unclosed openers before a point and closers after it.
 */
function tooDeepEmphasis(runs: Run[]): number | null {
  const remaining: Record<string, number> = {'*': 0, _: 0, '~': 0};
  const open: Record<string, number> = {'*': 0, _: 0, '~': 0};
  for (const run of runs) if (!run.opens) remaining[run.char] += run.length;
  for (const run of runs) {
    if (run.opens) {
      open[run.char] += run.length;
      const depth = Object.keys(open).reduce((sum, c) => sum + Math.min(open[c], remaining[c]), 0);
      if (depth > MAX_NESTING) return run.line;
    } else {
      remaining[run.char] -= run.length;
      open[run.char] = Math.max(0, open[run.char] - run.length);
    }
  }
  return null;
}

/** Lines that nest lists, quotes or emphasis too deeply, found in one pass over the text. */
export function nestingProblems(markdown: string, firstLine: number): MarkdownProblem[] {
  const problems: MarkdownProblem[] = [];
  const emphasisLines = new Set<number>();
  const tooMuchEmphasis = (line: number) => {
    if (!emphasisLines.has(line)) problems.push({line, message: EMPHASIS_TOO_DEEP});
    emphasisLines.add(line);
  };
  const items: number[] = [];
  let runs: Run[] = [];
  const endParagraph = () => {
    const line = tooDeepEmphasis(runs);
    if (line !== null) tooMuchEmphasis(line);
    runs = [];
  };
  let afterBlank = true;
  let tooDeep = false;
  markdown.split(/\r\n|\r|\n/).forEach((text, index) => {
    const line = firstLine + index;
    const blank = text.trim() === '';
    const block = blockOf(text, items, afterBlank);
    // One message for a run of lines that are too deep: the first is the one to fix.
    if (block.depth > MAX_NESTING && !tooDeep) problems.push({line, message: BLOCKS_TOO_DEEP});
    tooDeep = block.depth > MAX_NESTING;
    if (blank || block.startsParagraph) endParagraph();
    if (emphasisRuns(text, block.end, line, runs)) tooMuchEmphasis(line);
    afterBlank = blank;
  });
  endParagraph();
  return problems.sort((a, b) => a.line - b.line);
}

/**
 * The second guard, for what the line checks would miss: a node nested deeper than the steps after
 * parsing can follow without overflowing the stack. Walks the tree without recursion.
 */
export function treeDepthProblem(tree: Root, firstLine: number): MarkdownProblem | null {
  const stack: {node: Nodes; depth: number; line: number}[] = [{node: tree, depth: 0, line: 1}];
  while (stack.length > 0) {
    const {node, depth, line: parentLine} = stack.pop()!;
    const line = node.position?.start.line ?? parentLine;
    if (depth > MAX_TREE_DEPTH) return {line: line + firstLine - 1, message: NESTED_TOO_DEEP};
    if ('children' in node) for (const child of node.children) stack.push({node: child, depth: depth + 1, line});
  }
  return null;
}

const SAFE_LINK = /^(https?:|mailto:|#|\/(?!\/))/i;
// One address: no second one after "," or ";", no "?cc=", "?subject=" and the like.
const ONE_ADDRESS = /^[^\s@,;?&#<>()[\]"'\\/:%]+@[^\s@,;?&#<>()[\]"'\\/:%]+$/;

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** What is wrong with a link's address, or null. */
export function linkProblem(url: string): string | null {
  if (!SAFE_LINK.test(url)) return `link "${url}" is not allowed: use https:, http:, mailto:, a site path or a #section`;
  const scheme = /^[a-z]+:/i.exec(url)?.[0];
  // The sanitizer only knows the lower-case schemes: it would drop the address and keep the text.
  if (scheme && scheme !== scheme.toLowerCase()) {
    return `link "${url}": write "${scheme}" in lower case, "${scheme.toLowerCase()}", or the link is lost`;
  }
  if (scheme === 'mailto:' && !ONE_ADDRESS.test(decoded(url.slice(scheme.length)))) {
    return `link "${url}": a mailto: link must name one address and nothing else (no "?subject=", "?cc=" or second address)`;
  }
  return null;
}

const WEB_ADDRESS = /^(?:https?:\/\/|www\.)\S+$/i;
const EMAIL_ADDRESS = /^(?:mailto:)?[^\s@]+@[^\s@]+\.[^\s@]+$/i;
const DOMAIN = /^(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}(?::\d+)?(?:[/?#]\S*)?$/u;

function parsed(url: string, base?: string): URL | null {
  try {
    return new URL(url, base);
  } catch {
    return null;
  }
}

/** Whether the address shown as link text is where the link goes, give or take how it is written. */
function sameAddress(shown: string, kind: 'web' | 'email', url: string): boolean {
  if (kind === 'email') return url.startsWith('mailto:') && decoded(url.slice(7)).toLowerCase() === shown.replace(/^mailto:/i, '').toLowerCase();
  const target = url.startsWith('/') ? parsed(url, siteUrl) : parsed(url);
  if (!target || (target.protocol !== 'https:' && target.protocol !== 'http:')) return false;
  // "www.infermesh.io" is the address of either scheme; the link says which.
  const address = parsed(/^https?:\/\//i.test(shown) ? shown : `${target.protocol}//${shown}`);
  return address !== null && address.href === target.href;
}

/** "(https://infermesh.io)." → "https://infermesh.io", but "…/wiki/GDPR_(EU)" keeps its bracket. */
function withoutPunctuation(word: string): string {
  let result = word.replace(/^[(\[{'"«“‘]+/u, '');
  for (;;) {
    const last = result.at(-1) ?? '';
    const unbalanced = last === ')' && result.split(')').length > result.split('(').length;
    if (!/[.,;:!?\]}'"»”’]/u.test(last) && !unbalanced) return result;
    result = result.slice(0, -1);
  }
}

/**
 * A link whose text shows a web or e-mail address must go to that address: "[https://infermesh.io]"
 * going elsewhere is how phishing reads. A lone word that looks like a domain ("infermesh.io")
 * counts too; within a sentence only addresses with "https://", "www." or "@" do.
 */
export function shownAddressProblem(text: string, url: string): string | null {
  const words = text
    .trim()
    .split(/\s+/)
    .map(withoutPunctuation)
    .filter(Boolean);
  for (const word of words) {
    const kind = WEB_ADDRESS.test(word) ? 'web' : EMAIL_ADDRESS.test(word) ? 'email' : words.length === 1 && DOMAIN.test(word) ? 'web' : null;
    const lookalike = kind ? shownHostProblem(word) : null;
    if (lookalike) return lookalike;
    if (kind && !sameAddress(word, kind, url)) {
      return `link text "${word}" is an address, but the link goes to "${url}": make the link go to the address shown, or write words as its text`;
    }
  }
  return null;
}
