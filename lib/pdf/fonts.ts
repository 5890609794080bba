// The PDF's typefaces, from npm and never from the system, so every machine makes the same bytes:
// Noto Sans for Latin text and Noto Sans CJK SC ("Noto Sans Hans") for Chinese, both under the SIL
// Open Font License 1.1. Each file is read and parsed once per process; each PDF embeds only the
// glyphs it uses.
import fs from 'node:fs';
import path from 'node:path';
import * as fontkit from 'fontkit';
import type {Locale} from 'next-intl';

export type Face = 'regular' | 'bold' | 'italic' | 'boldItalic';

const latin = (name: string) => path.resolve(/*turbopackIgnore: true*/ 'node_modules/@embedpdf/fonts-latin/fonts', name);
const chinese = (name: string) => path.resolve(/*turbopackIgnore: true*/ 'node_modules/@embedpdf/fonts-sc/fonts', name);

// Chinese has no italics: emphasis in a Chinese document is slanted (as browsers do), not another face.
const FILES: Record<'latin' | 'cjk', Record<Face, string>> = {
  latin: {
    regular: latin('NotoSans-Regular.ttf'),
    bold: latin('NotoSans-Bold.ttf'),
    italic: latin('NotoSans-Italic.ttf'),
    boldItalic: latin('NotoSans-BoldItalic.ttf')
  },
  cjk: {
    regular: chinese('NotoSansHans-Regular.otf'),
    bold: chinese('NotoSansHans-Bold.otf'),
    italic: chinese('NotoSansHans-Regular.otf'),
    boldItalic: chinese('NotoSansHans-Bold.otf')
  }
};

const opened = new Map<string, fontkit.Font>();

/** Words laid out and kept per font: enough for many versions of a long document. */
const WORDS = 20_000;

/**
 * The font, laying out each word once per process rather than once per PDF: the versions of a
 * document share most of their words, and shaping them is a large part of making a PDF. pdfkit
 * scales the positions it gets in place, so each caller gets its own copy.
 */
function withLayoutCache(font: fontkit.Font): fontkit.Font {
  const runs = new Map<string, {glyphs: fontkit.Glyph[]; positions: fontkit.GlyphPosition[]}>();
  const layout = (text: string, features?: Parameters<fontkit.Font['layout']>[1]) => {
    if (features) return font.layout(text, features);
    let run = runs.get(text);
    if (!run) {
      const laid = font.layout(text);
      run = {glyphs: laid.glyphs, positions: laid.positions.map((position) => ({...position}))};
      if (runs.size >= WORDS) runs.clear();
      runs.set(text, run);
    }
    const positions = run.positions.map((position) => ({...position}));
    return {
      glyphs: run.glyphs,
      positions,
      get advanceWidth() {
        return positions.reduce((width, position) => width + position.xAdvance, 0);
      }
    };
  };
  return Object.create(font, {layout: {value: layout}});
}

function open(file: string): fontkit.Font {
  let font = opened.get(file);
  if (!font) {
    const parsed = fontkit.create(fs.readFileSync(file));
    if (!('layout' in parsed)) throw new Error(`${file} is a font collection, not one font`);
    font = withLayoutCache(parsed);
    opened.set(file, font);
  }
  return font;
}

/** A typeface as pdfkit registers it: a name and the parsed font; `slanted` where it has no italic of its own. */
export type Typeface = {name: string; font: fontkit.Font; slanted: boolean};

/**
 * The typeface of each kind of text in a document of `locale`: the first that has a glyph for a
 * character sets it. A Chinese document is set in the CJK font throughout (its Latin letters and
 * digits match its Han characters); an English one in Noto Sans, with the CJK font for any Chinese.
 */
export function typefaces(locale: Locale, face: Face): Typeface[] {
  const order: ('latin' | 'cjk')[] = locale === 'zh' ? ['cjk'] : ['latin', 'cjk'];
  return order.map((script) => {
    const file = FILES[script][face];
    const slanted = script === 'cjk' && (face === 'italic' || face === 'boldItalic');
    return {name: path.basename(file), font: open(file), slanted};
  });
}

/** Whether `face` in `locale` draws every character of `text` (no empty box in place of a glyph). */
export function missingCharacters(locale: Locale, text: string): string[] {
  const fonts = typefaces(locale, 'regular');
  return [...new Set(text)].filter((char) => /\S/u.test(char) && !fonts.some(({font}) => font.hasGlyphForCodePoint(char.codePointAt(0)!)));
}
