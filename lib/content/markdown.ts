// Markdown → safe HTML, a table of contents and the problems found on the way. Pure: no file access.
import GithubSlugger from 'github-slugger';
import {defaultSchema, type Schema} from 'hast-util-sanitize';
import type {Heading, Link, Parent, Root} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {remark} from 'remark';
import remarkGfm from 'remark-gfm';
import remarkHtml from 'remark-html';
import {SKIP, visit} from 'unist-util-visit';
import type {NumberedSection, SiteLink, TocEntry} from '../model';

type MarkdownProblem = {line: number; message: string};

export type RenderedMarkdown = {
  html: string;
  toc: TocEntry[];
  /** Every heading id, h2 to h6: the #anchors a link may point to. */
  anchors: string[];
  sections: NumberedSection[];
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
// set by this file only (Markdown cannot set a class).
const sanitizeSchema: Schema = {
  ...defaultSchema,
  clobber: (defaultSchema.clobber ?? []).filter((name) => name !== 'id'),
  attributes: {
    ...defaultSchema.attributes,
    a: [
      ...(defaultSchema.attributes?.a ?? []).filter((rule) => !Array.isArray(rule) || rule[0] !== 'className'),
      ['className', 'data-footnote-backref', 'heading-anchor', 'bare-link']
    ],
    div: [...(defaultSchema.attributes?.div ?? []), ['className', 'heading']]
  }
};

const SAFE_LINK = /^(https?:|mailto:|#|\/(?!\/))/i;
const SECTION_NUMBER = /^(\d+(?:\.\d+)*)\.?\s/;

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
 * in every language; others get a slug of their text.
 */
export function headingId(text: string, slugger: GithubSlugger): string {
  const number = SECTION_NUMBER.exec(text.trim());
  if (number) return slugger.slug(`section-${number[1].replaceAll('.', '-')}`);
  return slugger.slug(text) || slugger.slug('section');
}

function inspect(tree: Root, firstLine: number, {toc, anchors, sections, links, problems}: Found) {
  const slugger = new GithubSlugger();
  const seen = new Map<string, number>();
  const fragments: {id: string; line: number}[] = [];
  const line = (node: {position?: {start: {line: number}}}) => (node.position?.start.line ?? 1) + firstLine - 1;

  visit(tree, (node) => {
    if (node.type === 'html') {
      problems.push({line: line(node), message: 'raw HTML is not allowed; write it in Markdown'});
    } else if (node.type === 'heading') {
      const heading = node as Heading;
      const text = toString(heading).trim();
      if (heading.depth === 1) {
        problems.push({line: line(node), message: 'use "##" for sections: the title comes from the front matter'});
      }
      const previous = seen.get(text);
      if (previous !== undefined) {
        problems.push({line: line(node), message: `heading "${text}" appears twice (first on line ${previous})`});
      } else {
        seen.set(text, line(node));
      }
      const id = headingId(text, slugger);
      anchors.push(id);
      const number = SECTION_NUMBER.exec(text);
      if (number && heading.depth <= 3) sections.push({number: number[1], depth: heading.depth, line: line(node), id});
      heading.data = {...heading.data, hProperties: {...heading.data?.hProperties, id}};
      if (heading.depth === 2 || heading.depth === 3) toc.push({depth: heading.depth, id, text});
    } else if (node.type === 'link' || node.type === 'definition') {
      const url = (node as Link).url.trim();
      // A link that shows its own address is not followed by it again on paper.
      const text = toString(node).trim();
      if (node.type === 'link' && (url === text || url === `mailto:${text}`)) {
        node.data = {...node.data, hProperties: {...node.data?.hProperties, className: ['bare-link']}};
      }
      if (!SAFE_LINK.test(url)) {
        problems.push({
          line: line(node),
          message: `link "${url}" is not allowed: use https:, http:, mailto:, a site path or a #section`
        });
      } else if (url.startsWith('#')) {
        fragments.push({id: decodeAnchor(url.slice(1)), line: line(node)});
      } else {
        links.push({url, line: line(node)});
      }
    } else if (node.type === 'image') {
      problems.push({line: line(node), message: 'images are not supported in legal documents'});
    }
  });

  for (const fragment of fragments) {
    if (!anchors.includes(fragment.id)) {
      problems.push({line: fragment.line, message: `link "#${fragment.id}" points to no heading in this file`});
    }
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
      data: {hProperties: {className: ['heading-anchor'], ariaLabel: label({number: SECTION_NUMBER.exec(text)?.[1], text})}}
    };
    // mdast has no node for "a heading and its link": an unknown node becomes the div named here.
    const wrapper = {type: 'headingWithAnchor', children: [heading, anchor], data: {hName: 'div', hProperties: {className: ['heading']}}};
    (parent as Parent).children[index] = wrapper as unknown as Parent['children'][number];
    return [SKIP, index + 1];
  });
}

/** `options` may be just the first line, as before heading links existed. */
export function renderMarkdown(markdown: string, options: number | RenderOptions = {}): RenderedMarkdown {
  const {firstLine = 1, anchorLabel} = typeof options === 'number' ? {firstLine: options} : options;
  const found: Found = {toc: [], anchors: [], sections: [], links: [], problems: []};
  const processor = remark()
    .use(remarkGfm)
    .use(() => (tree: Root) => {
      inspect(tree, firstLine, found);
      if (anchorLabel) headingAnchors(tree, anchorLabel);
    })
    .use(remarkHtml, {sanitize: sanitizeSchema});
  const html = String(processor.processSync(markdown));
  return {html, ...found};
}
