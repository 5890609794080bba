// A version as a PDF to keep: A4, the same text as its page (drawn from the same syntax tree as the
// HTML, lib/content/markdown.ts), headings as bookmarks, live links, real text in embedded subset
// fonts, tagged for screen readers. Pure: the same version gives the same bytes on every machine.
import type {BlockContent, Definition, Heading, List, ListItem, PhrasingContent, Root, RootContent, Table} from 'mdast';
import {toString} from 'mdast-util-to-string';
import PDFDocument from 'pdfkit';
import {languageTags} from '@/i18n/routing';
import {dayToDate} from '../dates';
import {decodeAnchor, markdownTree} from '../content/markdown';
import {siteName, siteUrl} from '../site';
import {typefaces, type Face, type Typeface} from './fonts';
import {pdfLabels, type PdfLabels, type PdfVersion} from './labels';

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

/** A4 in points, and the bands the running header and footer take: the text flows between them. */
const PAGE = {width: 595.28, height: 841.89, left: 64, right: 64, top: 84, bottom: 76};
/** The header ends and the footer starts here (points from the top), for a reader that crops them off. */
export const BANDS = {headerBottom: 64, footerTop: 786};

const WIDTH = PAGE.width - PAGE.left - PAGE.right;
const TEXT = '#1a1a1a';
const MUTED = '#555555';
const LINK = '#0b57d0';
const RULE = '#b0b0b0';

type Style = {size: number; gap: number};

function styles(version: PdfVersion) {
  // Chinese reads better with taller lines, as on the page.
  const lineGap = version.locale === 'zh' ? 0.4 : 0.2;
  const style = (size: number): Style => ({size, gap: size * lineGap});
  return {title: style(20), h2: style(14), h3: style(12), h4: style(10.5), body: style(10.5), small: style(8)};
}

/** A piece of a paragraph in one font: text, its face, and where it links to. */
type Run = {text: string; face: Face; link?: string; goTo?: string; strike?: boolean};
type Segment = Run & {typeface: Typeface};

// No line starts with a closing mark, and none ends with an opening one (Chinese and Latin alike).
const NO_BREAK_BEFORE = /^[。，、；：！？）」』》〉】〕”’%…·,.;:!?)\]]+/u;
const NO_BREAK_AFTER = /[（「『《〈【〔“‘(\[]+$/u;

/** Where a link of the document goes in the PDF: a heading of this file, a page of the site, or as written. */
function target(url: string): Pick<Run, 'link' | 'goTo'> {
  if (url.startsWith('#')) return {goTo: decodeAnchor(url.slice(1))};
  if (url.startsWith('/')) return {link: `${siteUrl}${url}`};
  return {link: url};
}

function phrasing(nodes: PhrasingContent[], face: Face, definitions: Map<string, string>, inherited: Partial<Run> = {}): Run[] {
  const bolder = (f: Face): Face => (f === 'italic' || f === 'boldItalic' ? 'boldItalic' : 'bold');
  const slanted = (f: Face): Face => (f === 'bold' || f === 'boldItalic' ? 'boldItalic' : 'italic');
  return nodes.flatMap((node): Run[] => {
    switch (node.type) {
      case 'text':
        // A line break inside a paragraph is a space, as in the HTML.
        return [{...inherited, text: node.value.replace(/\s*\n\s*/g, ' '), face}];
      case 'inlineCode':
        return [{...inherited, text: node.value, face}];
      case 'break':
        return [{...inherited, text: '\n', face}];
      case 'emphasis':
        return phrasing(node.children, slanted(face), definitions, inherited);
      case 'strong':
        return phrasing(node.children, bolder(face), definitions, inherited);
      case 'delete':
        return phrasing(node.children, face, definitions, {...inherited, strike: true});
      case 'link':
        return phrasing(node.children, face, definitions, {...inherited, ...target(node.url)});
      case 'linkReference': {
        const url = definitions.get(node.identifier);
        return phrasing(node.children, face, definitions, url ? {...inherited, ...target(url)} : inherited);
      }
      default:
        // Images, footnotes and raw HTML are refused by the content checks.
        return [];
    }
  });
}

/** Runs cut where the font changes: each character in the first typeface that has it. */
function segments(runs: Run[], fonts: (face: Face) => Typeface[]): Segment[] {
  const out: Segment[] = [];
  for (const run of runs) {
    const faces = fonts(run.face);
    let current: Segment | null = null;
    for (const char of run.text) {
      const code = char.codePointAt(0)!;
      const typeface: Typeface = /\s/u.test(char) && current ? current.typeface : (faces.find(({font}) => font.hasGlyphForCodePoint(code)) ?? faces[0]);
      if (current && current.typeface === typeface) {
        current.text += char;
      } else {
        current = {...run, text: char, typeface};
        out.push(current);
      }
    }
  }
  // Closing marks stay with the text before them, opening marks with the text after, across runs too.
  for (let i = 1; i < out.length; i++) {
    const closing = NO_BREAK_BEFORE.exec(out[i].text)?.[0];
    if (closing && out[i - 1].text !== '\n') {
      out[i - 1].text += closing;
      out[i].text = out[i].text.slice(closing.length);
    }
    const opening = NO_BREAK_AFTER.exec(out[i - 1].text)?.[0];
    if (opening && out[i - 1].text.length > opening.length) {
      out[i - 1].text = out[i - 1].text.slice(0, -opening.length);
      out[i].text = opening + out[i].text;
    }
  }
  return out.filter((segment) => segment.text !== '');
}

type Context = {
  doc: Doc;
  style: ReturnType<typeof styles>;
  fonts: (face: Face) => Typeface[];
  definitions: Map<string, string>;
  outline: {h2: PDFKit.PDFOutline | null};
};

/** One block of text at `x`, `width` wide, in the given runs: wraps, and flows onto the next page. */
function paragraph(context: Context, runs: Run[], x: number, width: number, style: Style, color = TEXT, extra: {destination?: string} = {}) {
  const {doc} = context;
  const pieces = segments(runs, context.fonts);
  if (pieces.length === 0) return;
  doc.x = x;
  pieces.forEach((piece, i) => {
    doc.font(piece.typeface.name).fontSize(style.size).fillColor(piece.link || piece.goTo ? LINK : color);
    // A piece continues the options of the one before where it leaves one undefined: null ends a link.
    const options = {
      width,
      lineGap: style.gap,
      continued: i < pieces.length - 1,
      link: piece.link ?? null,
      goTo: piece.goTo ?? null,
      underline: Boolean(piece.link || piece.goTo),
      strike: Boolean(piece.strike),
      oblique: piece.typeface.slanted ? 12 : false,
      destination: i === 0 ? extra.destination : undefined
    };
    // Only the first piece places the text; the others continue it (pdfkit reads (text, x, y, options)
    // with x and y left out as (text, options)).
    if (i === 0) doc.text(piece.text, x, doc.y, options as PDFKit.Mixins.TextOptions);
    else doc.text(piece.text, options as PDFKit.Mixins.TextOptions);
  });
  doc.x = x;
}

/** Starts a new page unless `height` more points fit on this one. */
function keepSpace(doc: Doc, height: number) {
  if (doc.y + height > PAGE.height - PAGE.bottom) doc.addPage();
}

/** Marks what `draw` puts on the page as one structure element of `parent` (a tagged PDF). */
function tagged(context: Context, parent: Struct, type: string, draw: () => void, options: {title?: string} = {}) {
  const element = context.doc.struct(type, options);
  parent.add(element);
  const content = context.doc.markStructureContent(type);
  element.add(content);
  draw();
  context.doc.endMarkedContent();
  element.end();
}

function heading(context: Context, node: Heading, parent: Struct) {
  const {doc, style} = context;
  const id = node.data?.hProperties?.id;
  const text = toString(node).trim();
  const look = node.depth === 2 ? style.h2 : node.depth === 3 ? style.h3 : style.h4;
  // A heading is never the last line of a page: it keeps at least two lines of its text with it.
  keepSpace(doc, look.size * 2 + style.body.size * 4);
  doc.y += look.size * (node.depth === 2 ? 1.1 : 0.8);
  const top = doc.y;
  tagged(context, parent, `H${Math.min(node.depth, 6)}`, () =>
    paragraph(context, phrasing(node.children, 'bold', context.definitions), PAGE.left, WIDTH, look, TEXT, {destination: typeof id === 'string' ? id : undefined})
  );
  doc.y += look.size * 0.35;
  // The bookmarks follow the contents on the page: sections and their subsections.
  const place = {top: top - 6, left: PAGE.width, expanded: true};
  if (node.depth === 2) context.outline.h2 = doc.outline.addItem(text, place);
  else if (node.depth === 3) (context.outline.h2 ?? doc.outline).addItem(text, place);
}

function list(context: Context, node: List, x: number, width: number, parent: Struct) {
  const {doc, style} = context;
  const element = doc.struct('L');
  parent.add(element);
  node.children.forEach((item: ListItem, i) => {
    const entry = doc.struct('LI');
    element.add(entry);
    const indent = node.ordered ? 22 : 16;
    keepSpace(doc, style.body.size * 2);
    const top = doc.y;
    // The marker is drawn, not written: the text of the item is the same as on the page.
    doc.markContent('Artifact', {type: 'Layout'});
    if (node.ordered) {
      doc.font(context.fonts('regular')[0].name).fontSize(style.body.size).fillColor(TEXT);
      doc.text(`${(node.start ?? 1) + i}.`, x, top, {width: indent - 6, align: 'right', lineBreak: false});
    } else {
      doc.circle(x + 6, top + style.body.size * 0.62, 1.8).fill(TEXT);
    }
    doc.endMarkedContent();
    doc.y = top;
    const body = doc.struct('LBody');
    entry.add(body);
    blocks(context, item.children, x + indent, width - indent, body, true);
    body.end();
    entry.end();
    doc.y += node.spread ? style.body.size * 0.5 : style.body.size * 0.2;
  });
  element.end();
}

function table(context: Context, node: Table, x: number, width: number, parent: Struct) {
  const {doc, style} = context;
  const columns = Math.max(...node.children.map((row) => row.children.length));
  const element = doc.struct('Table');
  parent.add(element);
  node.children.forEach((row, r) => {
    const face: Face = r === 0 ? 'bold' : 'regular';
    const cellWidth = width / columns;
    const texts = row.children.map((cell) => phrasing(cell.children, face, context.definitions));
    const height = Math.max(
      ...texts.map((runs) => {
        doc.font(context.fonts(face)[0].name).fontSize(style.body.size);
        return doc.heightOfString(runs.map((run) => run.text).join(''), {width: cellWidth - 8, lineGap: style.body.gap});
      })
    );
    keepSpace(doc, height + 6);
    const top = doc.y;
    const tr = doc.struct('TR');
    element.add(tr);
    texts.forEach((runs, c) => {
      doc.y = top + 3;
      tagged(context, tr, r === 0 ? 'TH' : 'TD', () => paragraph(context, runs, x + c * cellWidth + 4, cellWidth - 8, style.body));
    });
    tr.end();
    doc.y = top + height + 6;
    doc.markContent('Artifact', {type: 'Layout'});
    doc.moveTo(x, doc.y).lineTo(x + width, doc.y).lineWidth(0.5).strokeColor(RULE).stroke();
    doc.endMarkedContent();
  });
  element.end();
  doc.y += style.body.size * 0.6;
}

function blocks(context: Context, nodes: (RootContent | BlockContent)[], x: number, width: number, parent: Struct, tight = false) {
  const {doc, style} = context;
  for (const node of nodes) {
    switch (node.type) {
      case 'heading':
        heading(context, node, parent);
        break;
      case 'paragraph':
        tagged(context, parent, 'P', () => paragraph(context, phrasing(node.children, 'regular', context.definitions), x, width, style.body));
        doc.y += tight ? style.body.size * 0.15 : style.body.size * 0.7;
        break;
      case 'list':
        list(context, node, x, width, parent);
        doc.y += style.body.size * 0.5;
        break;
      case 'blockquote': {
        const top = doc.y;
        const element = doc.struct('BlockQuote');
        parent.add(element);
        blocks(context, node.children, x + 14, width - 14, element);
        element.end();
        doc.markContent('Artifact', {type: 'Layout'});
        if (doc.y > top) doc.moveTo(x + 3, top).lineTo(x + 3, doc.y - style.body.size * 0.7).lineWidth(2).strokeColor(RULE).stroke();
        doc.endMarkedContent();
        break;
      }
      case 'code':
        tagged(context, parent, 'P', () => paragraph(context, [{text: node.value, face: 'regular'}], x + 14, width - 14, style.body, MUTED));
        doc.y += style.body.size * 0.7;
        break;
      case 'table':
        table(context, node, x, width, parent);
        break;
      case 'thematicBreak':
        keepSpace(doc, style.body.size * 2);
        doc.markContent('Artifact', {type: 'Layout'});
        doc.moveTo(x, doc.y + 4).lineTo(x + width, doc.y + 4).lineWidth(0.5).strokeColor(RULE).stroke();
        doc.endMarkedContent();
        doc.y += style.body.size * 1.4;
        break;
      default:
        // Definitions are resolved where they are used; HTML is refused by the checks.
        break;
    }
  }
}

/** The running header and footer of every page, and the record on the first: what a printed page says of itself. */
function furniture(doc: Doc, labels: PdfLabels, fonts: (face: Face) => Typeface[], style: Style) {
  const {start, count} = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    // Text below the bottom margin would start another page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const line = (text: string, x: number, y: number, options: PDFKit.Mixins.TextOptions = {}) => {
      const pieces = segments([{text, face: 'regular'}], fonts);
      pieces.forEach((piece, j) => {
        doc.font(piece.typeface.name).fontSize(style.size).fillColor(MUTED);
        const settings = {...options, lineBreak: false, continued: j < pieces.length - 1};
        if (j === 0) doc.text(piece.text, x, y, settings);
        else doc.text(piece.text, settings);
      });
    };
    doc.markContent('Artifact', {type: 'Pagination', attached: ['Top']});
    line(labels.header, PAGE.left, 30, {width: WIDTH});
    if (i === start) line(labels.record, PAGE.left, 42, {width: WIDTH});
    doc.moveTo(PAGE.left, BANDS.headerBottom - 6).lineTo(PAGE.width - PAGE.right, BANDS.headerBottom - 6).lineWidth(0.5).strokeColor(RULE).stroke();
    doc.endMarkedContent();
    doc.markContent('Artifact', {type: 'Pagination', attached: ['Bottom']});
    doc.moveTo(PAGE.left, BANDS.footerTop + 6).lineTo(PAGE.width - PAGE.right, BANDS.footerTop + 6).lineWidth(0.5).strokeColor(RULE).stroke();
    const y = BANDS.footerTop + 16;
    line(labels.address, PAGE.left, y, {link: labels.address, width: WIDTH * 0.7});
    const page = labels.page(i - start + 1, count);
    doc.font(fonts('regular')[0].name).fontSize(style.size);
    line(page, PAGE.width - PAGE.right - doc.widthOfString(page), y);
    doc.endMarkedContent();
    doc.page.margins.bottom = bottom;
  }
}

/** The PDF of a version, in its language. The same version always gives the same bytes. */
export function renderVersionPdf(version: PdfVersion): Promise<Buffer> {
  const labels = pdfLabels(version);
  const fonts = (face: Face) => typefaces(version.locale, face);
  const title = `${version.title} (${version.date})`;
  const doc = new PDFDocument({
    size: 'A4',
    margins: {top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right},
    bufferPages: true,
    pdfVersion: '1.7',
    tagged: true,
    lang: languageTags[version.locale],
    displayTitle: true,
    font: null as unknown as string,
    info: {
      Title: title,
      Subject: version.description,
      Author: siteName,
      Creator: siteName,
      Producer: `${siteName} (PDFKit)`,
      Keywords: `sha256:${version.sha256}`,
      // The day the version was published, not the day it was built: every build makes the same bytes
      // (the file identifier is derived from these fields).
      CreationDate: dayToDate(version.date)
    }
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  for (const face of ['regular', 'bold', 'italic', 'boldItalic'] as const) {
    for (const typeface of fonts(face)) doc.registerFont(typeface.name, typeface.font as unknown as string);
  }
  const tree: Root = markdownTree(version.body);
  const definitions = new Map<string, string>();
  for (const node of tree.children) if (node.type === 'definition') definitions.set((node as Definition).identifier, (node as Definition).url);
  const style = styles(version);
  const context: Context = {doc, style, fonts, definitions, outline: {h2: null}};
  const root = doc.struct('Document');
  doc.addStructure(root);
  doc.y = PAGE.top;
  tagged(context, root, 'H1', () => paragraph(context, [{text: version.title, face: 'bold'}], PAGE.left, WIDTH, style.title));
  doc.y += style.title.size * 0.6;
  blocks(context, tree.children, PAGE.left, WIDTH, root);
  root.end();
  furniture(doc, labels, fonts, style.small);
  doc.end();
  return done;
}
