// Characters that are invisible or change the direction of the text around them. In a title, a
// heading or a link they make the text read differently from what it is (a reviewer sees "1.5" where
// the file says "5.1"), so a legal text must not contain them. Pure: text in, problems out.

const NAMES: Record<string, string> = {
  '\u00AD': 'SOFT HYPHEN',
  '\u034F': 'COMBINING GRAPHEME JOINER',
  '\u061C': 'ARABIC LETTER MARK',
  '\u115F': 'HANGUL CHOSEONG FILLER',
  '\u1160': 'HANGUL JUNGSEONG FILLER',
  '\u180E': 'MONGOLIAN VOWEL SEPARATOR',
  '\u200B': 'ZERO WIDTH SPACE',
  '\u200C': 'ZERO WIDTH NON-JOINER',
  '\u200D': 'ZERO WIDTH JOINER',
  '\u200E': 'LEFT-TO-RIGHT MARK',
  '\u200F': 'RIGHT-TO-LEFT MARK',
  '\u202A': 'LEFT-TO-RIGHT EMBEDDING',
  '\u202B': 'RIGHT-TO-LEFT EMBEDDING',
  '\u202C': 'POP DIRECTIONAL FORMATTING',
  '\u202D': 'LEFT-TO-RIGHT OVERRIDE',
  '\u202E': 'RIGHT-TO-LEFT OVERRIDE',
  '\u2060': 'WORD JOINER',
  '\u2061': 'FUNCTION APPLICATION',
  '\u2062': 'INVISIBLE TIMES',
  '\u2063': 'INVISIBLE SEPARATOR',
  '\u2064': 'INVISIBLE PLUS',
  '\u2066': 'LEFT-TO-RIGHT ISOLATE',
  '\u2067': 'RIGHT-TO-LEFT ISOLATE',
  '\u2068': 'FIRST STRONG ISOLATE',
  '\u2069': 'POP DIRECTIONAL ISOLATE',
  '\u3164': 'HANGUL FILLER',
  '\uFEFF': 'ZERO WIDTH NO-BREAK SPACE',
  '\uFFA0': 'HALFWIDTH HANGUL FILLER'
};

/** A name for the message: Unicode's, where it is one of the usual ones. */
function nameOf(character: string): string {
  const code = character.codePointAt(0)!;
  if (NAMES[character]) return NAMES[character];
  if (code >= 0xfe00 && code <= 0xfe0f) return `VARIATION SELECTOR-${code - 0xfe00 + 1}`;
  if (code >= 0xe0000 && code <= 0xe007f) return 'TAG CHARACTER';
  return 'an invisible formatting character';
}

// Every character Unicode says a reader's software may show as nothing (Default_Ignorable_Code_Point)
// and every format character (Cf: direction marks, overrides, the soft hyphen, tags…).
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}]/gu;

/**
 * Each invisible or direction-changing character of `text`, with its line (counted from
 * `firstLine`) and column. A byte order mark is allowed only as the very first character of a file,
 * that is of a text starting on line 1.
 */
export function invisibleCharacters(text: string, firstLine = 1): {line: number; message: string}[] {
  const problems: {line: number; message: string}[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    for (const match of line.matchAll(INVISIBLE)) {
      const character = match[0];
      if (character === '\uFEFF' && index === 0 && match.index === 0 && firstLine === 1) continue;
      // Columns as an editor counts them: characters, not UTF-16 units.
      const column = Array.from(line.slice(0, match.index)).length + 1;
      problems.push({
        line: firstLine + index,
        message: `invisible character ${codePoint(character)} (${nameOf(character)}) at column ${column}: remove it; it can make the text read differently from what it is`
      });
    }
  });
  return problems;
}

/** "U+00AD": a character as its code point is written. */
export const codePoint = (character: string) => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
