// Markdown → safe HTML, a table of contents and the problems found on the way. Pure: no file access.
import GithubSlugger from 'github-slugger';
import {defaultSchema, type Schema} from 'hast-util-sanitize';
import type {Heading, Link, LinkReference, Parent, Root} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {remark} from 'remark';
import remarkGfm from 'remark-gfm';
import remarkHtml from 'remark-html';
import {SKIP, visit} from 'unist-util-visit';
import type {NumberedSection, SiteLink, TocEntry} from '../model';
import {sectionId} from '../routes';
import {invisibleCharacters} from './characters';
import {
  linkProblem,
  NESTED_TOO_DEEP,
  nestingProblems,
  shownAddressProblem,
  treeDepthProblem,
  type MarkdownProblem
} from './checks-markdown';
import {hostProblem} from './hosts';

export type RenderedMarkdown = {
  html: string;
  toc: TocEntry[];
  /** Every heading id, h2 to h6: the #anchors a link may point to. */
  anchors: string[];
  sections: NumberedSection[];
  /** The text before the first numbered heading, whitespace collapsed: the introduction. */
  preamble: string;
  links: SiteLink[];
  problems: MarkdownProblem[];
};

type Found = Omit<RenderedMarkdown, 'html'>;

/** The accessible name of a heading's self-link, in the document's language. */
export type AnchorLabel = (heading: {number?: string; text: string}) => string;

export type RenderOptions = {
  /** The line of the file where the Markdown starts, so problems carry file lines. */
  firstLine?: number;
  /** When given, every h2 and h3 is followed by a link to itself with this name. */
  anchorLabel?: AnchorLabel;
};

// Heading ids are set by `inspect` below and are trusted, so the sanitizer must not prefix them
// with `user-content-` (that would break every #anchor). Raw HTML never reaches the sanitizer's
// output, so no id in the result comes from the author. Likewise the class names allowed below are
// set by this file only (Markdown cannot set a class). Images are refused by the checks; without
// <img> here, none is shown even if a check missed one.
const sanitizeSchema: Schema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((name) => name !== 'img'),
  clobber: (defaultSchema.clobber ?? []).filter((name) => name !== 'id'),
  attributes: {
    ...defaultSchema.attributes,
    a: [
      ...(defaultSchema.attributes?.a ?? []).filter((rule) => !Array.isArray(rule) || rule[0] !== 'className'),
      ['className', 'data-footnote-backref', 'heading-anchor', 'bare-link'],
      ['dataAnnotation', '']
    ],
    div: [...(defaultSchema.attributes?.div ?? []), ['className', 'heading']]
  }
};

const SECTION_NUMBER = /^(\d+(?:\.\d+)*)\.?(?:\s|$)/;

/** "#%E4%B8%AD" → "#中"; a malformed escape stays as written (and then matches no heading). */
export function decodeAnchor(anchor: string): string {
  try {
    return decodeURIComponent(anchor);
  } catch {
    return anchor;
  }
}

/**
 * A numbered heading ("2.1 Information You Provide", "2.1 您提供的信息") gets `section-2-1`, the same
 * in every language; others get "heading-" and a slug of their text. Apart, neither can take the
 * other's id nor one of the page's own (main, toc-title-wide, changes-…). A number is never
 * de-duplicated into another section's id ("2" twice is not "section-2-1"): it is refused.
 */
export function headingId(text: string, slugger: GithubSlugger): string {
  const number = SECTION_NUMBER.exec(text.trim());
  if (number) return sectionId(number[1]);
  return `heading-${slugger.slug(text) || slugger.slug('untitled')}`;
}

function inspect(tree: Root, firstLine: number, {toc, anchors, sections, links, problems}: Found) {
  const slugger = new GithubSlugger();
  const seen = new Map<string, number>();
  const numbers = new Map<string, number>();
  const htmlLines = new Set<number>();
  const fragments: {id: string; line: number}[] = [];
  const definitions = new Map<string, string>();
  const references: {text: string; identifier: string; line: number}[] = [];
  const line = (node: {position?: {start: {line: number}}}) => (node.position?.start.line ?? 1) + firstLine - 1;
  const problem = (node: {position?: {start: {line: number}}}, message: string) => problems.push({line: line(node), message});

  visit(tree, (node) => {
    if (node.type === 'html') {
      // "<b>bold</b>" is two nodes: one message a line is enough.
      if (!htmlLines.has(line(node))) problem(node, 'raw HTML is not allowed; write it in Markdown');
      htmlLines.add(line(node));
    } else if (node.type === 'heading') {
      const heading = node as Heading;
      const text = toString(heading).trim();
      if (heading.depth === 1) problem(node, 'use "##" for sections: the title comes from the front matter');
      if (text === '') {
        problem(node, `empty heading: write its title after the "${'#'.repeat(heading.depth)}", or remove the line`);
        return;
      }
      const previous = seen.get(text);
      const number = SECTION_NUMBER.exec(text)?.[1];
      const sameNumber = number === undefined ? undefined : numbers.get(number);
      if (previous !== undefined) {
        problem(node, `heading "${text}" appears twice (first on line ${previous})`);
      } else if (sameNumber !== undefined) {
        problem(node, `section number ${number} is used twice, on lines ${sameNumber} and ${line(node)}: give each section its own number`);
      }
      if (previous === undefined) seen.set(text, line(node));
      if (number !== undefined && sameNumber === undefined) numbers.set(number, line(node));
      const id = headingId(text, slugger);
      anchors.push(id);
      if (number !== undefined && heading.depth <= 3) sections.push({number, depth: heading.depth, line: line(node), id, title: text.replace(SECTION_NUMBER, '').trim(), text: ''});
      heading.data = {...heading.data, hProperties: {...heading.data?.hProperties, id}};
      if (heading.depth === 2 || heading.depth === 3) toc.push({depth: heading.depth, id, text});
    } else if (node.type === 'link' || node.type === 'definition') {
      const url = (node as Link).url.trim();
      // A link that shows its own address is not followed by it again on paper.
      const text = toString(node).trim();
      if (node.type === 'link' && (url === text || url === `mailto:${text}`)) {
        node.data = {...node.data, hProperties: {...node.data?.hProperties, className: ['bare-link']}};
      }
      if (node.type === 'definition' && !definitions.has(node.identifier)) definitions.set(node.identifier, url);
      const wrong = linkProblem(url) ?? (node.type === 'link' ? shownAddressProblem(text, url) : null) ?? hostProblem(url);
      if (wrong) {
        problem(node, wrong);
      } else if (url.startsWith('#')) {
        fragments.push({id: decodeAnchor(url.slice(1)), line: line(node)});
      } else {
        links.push({url, line: line(node)});
      }
    } else if (node.type === 'linkReference') {
      references.push({text: toString(node).trim(), identifier: (node as LinkReference).identifier, line: line(node)});
    } else if (node.type === 'image' || node.type === 'imageReference') {
      problem(node, 'images are not supported in legal documents');
    } else if (node.type === 'footnoteReference' || node.type === 'footnoteDefinition') {
      // Rendered, the note's back link breaks (the sanitizer renames the ids it points to).
      problem(node, 'footnotes are not supported: write the note in the text itself, e.g. in brackets');
    }
  });

  // A reference's address is its definition's, which may come later in the file.
  for (const reference of references) {
    const url = definitions.get(reference.identifier);
    const wrong = url === undefined || linkProblem(url) ? null : shownAddressProblem(reference.text, url);
    if (wrong) problems.push({line: reference.line, message: wrong});
  }
  for (const fragment of fragments) {
    if (anchors.includes(fragment.id)) continue;
    // Headings without a number were "#fine-print" before they became "#heading-fine-print".
    const moved = anchors.includes(`heading-${fragment.id}`) ? `: the heading's address is "#heading-${fragment.id}"` : '';
    problems.push({line: fragment.line, message: `link "#${fragment.id}" points to no heading in this file${moved}`});
  }
}

/**
 * Wraps each h2/h3 with a "#" link to itself, a sibling of the heading rather than a child so the
 * heading's own name (read by screen readers, used in the contents) stays just its text.
 */
function headingAnchors(tree: Root, label: AnchorLabel) {
  visit(tree, 'heading', (heading, index, parent) => {
    const id = heading.data?.hProperties?.id;
    if ((heading.depth !== 2 && heading.depth !== 3) || typeof id !== 'string' || !parent || index === undefined) return;
    const text = toString(heading).trim();
    const anchor: Link = {
      type: 'link',
      url: `#${id}`,
      children: [{type: 'text', value: '#'}],
      // data-annotation: not the document's text (docs/trackers.md).
      data: {hProperties: {className: ['heading-anchor'], ariaLabel: label({number: SECTION_NUMBER.exec(text)?.[1], text}), dataAnnotation: ''}}
    };
    // mdast has no node for "a heading and its link": an unknown node becomes the div named here.
    const wrapper = {type: 'headingWithAnchor', children: [heading, anchor], data: {hName: 'div', hProperties: {className: ['heading']}}};
    (parent as Parent).children[index] = wrapper as unknown as Parent['children'][number];
    return [SKIP, index + 1];
  });
}

/**
 * The Markdown of each numbered section itself, from its heading to the next numbered heading (so
 * section 2 is its heading and introduction, and 2.1 is its own): what tells whether a section
 * changed between versions, and what a translation's section is checked against.
 */
function sectionTexts(markdown: string, firstLine: number, sections: NumberedSection[]): string {
  const lines = markdown.split('\n');
  sections.forEach((section, i) => {
    const end = sections[i + 1] ? sections[i + 1].line - firstLine : lines.length;
    section.text = lines.slice(section.line - firstLine, end).join('\n').replace(/\s+/g, ' ').trim();
  });
  const start = sections[0] ? sections[0].line - firstLine : lines.length;
  return lines.slice(0, start).join('\n').replace(/\s+/g, ' ').trim();
}

/** remark with GFM and the checks that set heading ids: the one parse behind every rendering of a version. */
function parser(markdown: string, firstLine: number, found: Found, anchorLabel?: AnchorLabel) {
  return remark()
    .use(remarkGfm)
    .use(() => (tree: Root) => {
      const tooDeep = treeDepthProblem(tree, firstLine);
      if (tooDeep) {
        found.problems.push(tooDeep);
        tree.children = [];
        return;
      }
      inspect(tree, firstLine, found);
      found.preamble = sectionTexts(markdown, firstLine, found.sections);
      if (anchorLabel) headingAnchors(tree, anchorLabel);
    });
}

/** `options` may be just the first line, as before heading links existed. Never throws for a content mistake. */
export function renderMarkdown(markdown: string, options: number | RenderOptions = {}): RenderedMarkdown {
  const {firstLine = 1, anchorLabel} = typeof options === 'number' ? {firstLine: options} : options;
  const found: Found = {toc: [], anchors: [], sections: [], preamble: '', links: [], problems: invisibleCharacters(markdown, firstLine)};
  const nesting = nestingProblems(markdown, firstLine);
  if (nesting.length > 0) return {html: '', ...found, problems: [...found.problems, ...nesting]};
  const processor = parser(markdown, firstLine, found, anchorLabel).use(remarkHtml, {sanitize: sanitizeSchema});
  try {
    return {html: String(processor.processSync(markdown)), ...found};
  } catch (error) {
    // The last resort: text nested in a way both checks missed must still be a message, not a crash.
    if (!(error instanceof RangeError)) throw error;
    return {html: '', ...found, problems: [...found.problems, {line: firstLine, message: NESTED_TOO_DEEP}]};
  }
}

/**
 * The syntax tree the HTML is rendered from, heading ids set, for another rendering of the same text
 * (the PDF). Meant for a version that passed the checks: its problems are not reported again.
 */
export function markdownTree(markdown: string): Root {
  const found: Found = {toc: [], anchors: [], sections: [], preamble: '', links: [], problems: []};
  const processor = parser(markdown, 1, found);
  const tree = processor.parse(markdown);
  processor.runSync(tree);
  return tree;
}
