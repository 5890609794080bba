// The changes between two versions of one document, as rendered text grouped by section. Pure.
import {diffArrays} from 'diff';
import type {List, ListItem, Root, RootContent} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {remark} from 'remark';
import remarkGfm from 'remark-gfm';
import GithubSlugger from 'github-slugger';
import {headingId} from './content/markdown';

type BlockType = 'h2' | 'h3' | 'h4' | 'p' | 'li';
export type Part = {kind: 'same' | 'ins' | 'del'; text: string};
export type DiffBlock = {type: BlockType; parts: Part[]; changed: boolean};
export type DiffSection = {id: string; blocks: DiffBlock[]; changed: boolean};

type Block = {type: BlockType; text: string; id?: string};

const parser = remark().use(remarkGfm);

/** The readable blocks of a Markdown body, in order: headings, paragraphs and list items. */
function blocksOf(markdown: string): Block[] {
  const slugger = new GithubSlugger();
  const blocks: Block[] = [];
  const walk = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'heading') {
        const text = toString(node).trim();
        const depth = Math.min(Math.max(node.depth, 2), 4) as 2 | 3 | 4;
        blocks.push({type: `h${depth}`, text, id: headingId(text, slugger)});
      } else if (node.type === 'list') {
        for (const item of (node as List).children as ListItem[]) {
          blocks.push({type: 'li', text: toString(item).replace(/\s+/g, ' ').trim()});
        }
      } else if (node.type === 'blockquote') {
        walk(node.children);
      } else if (node.type !== 'html' && node.type !== 'definition' && node.type !== 'thematicBreak') {
        const text = toString(node).replace(/\s+/g, ' ').trim();
        if (text) blocks.push({type: 'p', text});
      }
    }
  };
  walk((parser.parse(markdown) as Root).children);
  return blocks;
}

/** Words for English, phrases of Chinese: `Intl.Segmenter` splits Chinese text into words. */
function tokens(text: string, locale: string): string[] {
  const segmenter = new Intl.Segmenter(locale, {granularity: 'word'});
  return Array.from(segmenter.segment(text), (segment) => segment.segment);
}

function merge(parts: Part[]): Part[] {
  const merged: Part[] = [];
  for (const part of parts) {
    const last = merged.at(-1);
    if (last && last.kind === part.kind) last.text += part.text;
    else if (part.text) merged.push({...part});
  }
  return merged;
}

/** Word-level changes within one block. */
export function diffText(before: string, after: string, locale: string): Part[] {
  const changes = diffArrays(tokens(before, locale), tokens(after, locale));
  const parts: Part[] = [];
  changes.forEach((change, index) => {
    const text = change.value.join('');
    const kind = change.added ? 'ins' : change.removed ? 'del' : 'same';
    const between = index > 0 && index < changes.length - 1;
    // A lone space between two changes reads better inside them than on its own.
    if (kind === 'same' && between && /^\s+$/.test(text)) {
      parts.push({kind: 'del', text}, {kind: 'ins', text});
    } else {
      parts.push({kind, text});
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

/** How much of two texts' words they share, weighted by length, from 0 to 1. */
function similarity(a: string, b: string, locale: string): number {
  const words = (text: string) => tokens(text, locale).filter((token) => /[\p{L}\p{N}]/u.test(token));
  const [wa, wb] = [words(a), words(b)];
  const length = (list: string[]) => list.reduce((sum, token) => sum + token.length, 0);
  const same = diffArrays(wa, wb)
    .filter((change) => !change.added && !change.removed)
    .reduce((sum, change) => sum + length(change.value), 0);
  return (2 * same) / (length(wa) + length(wb) || 1);
}

const whole = (type: BlockType, kind: Part['kind'], text: string): DiffBlock => ({
  type,
  parts: [{kind, text}],
  changed: kind !== 'same'
});

/** Compares two Markdown bodies block by block, then word by word inside blocks that changed. */
export function diffDocuments(before: string, after: string, locale: string): DiffSection[] {
  const oldBlocks = blocksOf(before);
  const newBlocks = blocksOf(after);
  const changes = diffArrays(oldBlocks, newBlocks, {comparator: (a, b) => a.type === b.type && a.text === b.text});
  const result: {block: DiffBlock; id?: string}[] = [];
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i];
    const next = changes[i + 1];
    if (change.removed && next?.added) {
      // A run replaced by another: pair each removed block with the most similar added block of the
      // same kind that follows the last pairing, and compare their words; the rest is wholly removed
      // or added.
      const added = next.value;
      let cursor = 0;
      for (const a of change.value) {
        let best = -1;
        let bestScore = 0.5;
        for (let j = cursor; j < added.length; j++) {
          const score = added[j].type === a.type ? similarity(a.text, added[j].text, locale) : 0;
          if (score > bestScore) [best, bestScore] = [j, score];
        }
        if (best < 0) {
          result.push({block: whole(a.type, 'del', a.text), id: a.id});
          continue;
        }
        for (; cursor < best; cursor++) result.push({block: whole(added[cursor].type, 'ins', added[cursor].text), id: added[cursor].id});
        const b = added[cursor++];
        result.push({block: {type: b.type, parts: diffText(a.text, b.text, locale), changed: true}, id: b.id});
      }
      for (; cursor < added.length; cursor++) result.push({block: whole(added[cursor].type, 'ins', added[cursor].text), id: added[cursor].id});
      i++;
    } else {
      const kind = change.added ? 'ins' : change.removed ? 'del' : 'same';
      for (const block of change.value) result.push({block: whole(block.type, kind, block.text), id: block.id});
    }
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
