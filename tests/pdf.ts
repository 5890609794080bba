// Reading a PDF as a reader does, with poppler's command-line tools (Debian's poppler-utils, which
// .ci/run installs): its text, its properties, its bookmarks, a page as a picture.
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

function withFile<T>(pdf: Uint8Array, read: (file: string) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pdf-'));
  try {
    const file = path.join(dir, 'document.pdf');
    fs.writeFileSync(file, pdf);
    return read(file);
  } finally {
    fs.rmSync(dir, {recursive: true, force: true});
  }
}

const run = (program: string, args: string[]) => execFileSync(program, args, {encoding: 'utf8', maxBuffer: 64 * 1024 * 1024});

type TextOptions = {page?: number; layout?: boolean; raw?: boolean; crop?: {top: number; bottom: number}};

/**
 * The text pdftotext reads, of one page or all; `crop` keeps only what lies between two heights
 * (points from the top); `raw` in the order it was written, hyphens at line ends kept as they are.
 */
export function pdfText(pdf: Uint8Array, {page, layout, raw, crop}: TextOptions = {}): string {
  return withFile(pdf, (file) => {
    const args = [...(page ? ['-f', String(page), '-l', String(page)] : []), ...(layout ? ['-layout'] : []), ...(raw ? ['-raw'] : [])];
    // At 72 dpi a pixel is a point.
    if (crop) args.push('-r', '72', '-x', '0', '-y', String(Math.round(crop.top)), '-W', '2000', '-H', String(Math.round(crop.bottom - crop.top)));
    return run('pdftotext', [...args, '-enc', 'UTF-8', file, '-']);
  });
}

/** pdfinfo's fields: Title, Pages, Page size, Tagged… */
export function pdfInfo(pdf: Uint8Array): Record<string, string> {
  const text = withFile(pdf, (file) => run('pdfinfo', ['-enc', 'UTF-8', file]));
  return Object.fromEntries(text.split('\n').flatMap((line) => (/^([^:]+):\s*(.*)$/.exec(line) ? [[RegExp.$1, RegExp.$2]] : [])));
}

/** The fonts of the file, as pdffonts lists them: name, embedded, subset, with a Unicode map. */
export function pdfFonts(pdf: Uint8Array): {name: string; embedded: boolean; subset: boolean; unicode: boolean}[] {
  const rows = withFile(pdf, (file) => run('pdffonts', [file])).trim().split('\n').slice(2);
  return rows.map((row) => {
    const cells = row.trim().split(/\s+/);
    const [emb, sub, uni] = cells.slice(-5, -2);
    return {name: cells[0], embedded: emb === 'yes', subset: sub === 'yes', unicode: uni === 'yes'};
  });
}

/** The named destinations of the file (pdfinfo -dests): where internal links may go. */
export function pdfDestinations(pdf: Uint8Array): string[] {
  const text = withFile(pdf, (file) => run('pdfinfo', ['-dests', file]));
  return text.split('\n').flatMap((line) => /^\s*\d+\s+\[.*\]\s+"(.*)"$/.exec(line)?.slice(1) ?? []);
}

export type Bookmark = {title: string; page: number; children: Bookmark[]};

/** The bookmarks (outline), nested, from pdftohtml's XML. */
export function pdfOutline(pdf: Uint8Array): Bookmark[] {
  const xml = withFile(pdf, (file) => run('pdftohtml', ['-xml', '-stdout', '-i', '-q', file]));
  const start = xml.indexOf('<outline>');
  if (start < 0) return [];
  const root: Bookmark[] = [];
  const stack: Bookmark[][] = [];
  let current = root;
  const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  for (const match of xml.slice(start + '<outline>'.length).matchAll(/<outline>|<\/outline>|<item page="(\d+)">([^<]*)<\/item>/g)) {
    if (match[0] === '<outline>') {
      stack.push(current);
      current = current.at(-1)!.children;
    } else if (match[0] === '</outline>') {
      if (stack.length === 0) break;
      current = stack.pop()!;
    } else {
      current.push({title: unescape(match[2]), page: Number(match[1]), children: []});
    }
  }
  return root;
}

/** Renders one page as a PNG file (pdftoppm), for a person to look at. */
export function pdfPagePng(pdf: Uint8Array, page: number, out: string) {
  fs.mkdirSync(path.dirname(out), {recursive: true});
  withFile(pdf, (file) => run('pdftoppm', ['-png', '-r', '96', '-f', String(page), '-l', String(page), '-singlefile', file, out.replace(/\.png$/, '')]));
}

/** The tagged structure (pdfinfo -struct): one element type a line, indented by depth. */
export function pdfStructure(pdf: Uint8Array): string[] {
  return withFile(pdf, (file) => run('pdfinfo', ['-struct', file]))
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => line.replace(/ \(block\)$/, ''));
}
