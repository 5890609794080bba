// Characters that are invisible or change the direction of the text around them. In a title, a
// heading or a link they make the text read differently from what it is (a reviewer sees "1.5" where
// the file says "5.1"), so a legal text must not contain them. Pure: text in, problems out.

const NAMES: Record<string, string> = {
  '\u061C': 'ARABIC LETTER MARK',
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
  '\u2066': 'LEFT-TO-RIGHT ISOLATE',
  '\u2067': 'RIGHT-TO-LEFT ISOLATE',
  '\u2068': 'FIRST STRONG ISOLATE',
  '\u2069': 'POP DIRECTIONAL ISOLATE',
  '\uFEFF': 'ZERO WIDTH NO-BREAK SPACE'
};

const INVISIBLE = new RegExp(`[${Object.keys(NAMES).join('')}]`, 'g');

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
      const code = character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
      problems.push({
        line: firstLine + index,
        message: `invisible character U+${code} (${NAMES[character]}) at column ${column}: remove it; it can make the text read differently from what it is`
      });
    }
  });
  return problems;
}
