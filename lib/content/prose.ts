// What in a line of Markdown is not prose: HTML comments, code, link targets, addresses. The
// typography checks keep it as it is; the checks of references and of English left in a
// translation do not read it. And which lines are fenced code. Pure.

// What a mask puts in place of each character it hides.
export const MASK = '\uE000';
// Those of the first kind are also not shown as the context of a correction.
export const HIDDEN: [RegExp, number][] = [
  [/<!--.*?(?:-->|$)/g, 0],
  // [text](target "title"): the target, after the "]".
  [/\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"]*")?\)/g, 1],
  // [name]: target, a link reference definition.
  [/^ {0,3}\[[^\]]+\]:.*$/g, 0]
];
const PROTECTED: [RegExp, number][] = [
  ...HIDDEN,
  [/(`+).+?\1/g, 0],
  [/<[^<>\s]+>/g, 0],
  [/\b(?:[a-z][a-z0-9+.-]*:\/\/|mailto:|www\.)[^\s<>()（），。；：！？、“”‘’]+/gi, 0],
  [/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, 0]
];

export function mask(line: string, patterns = PROTECTED): string {
  let masked = line;
  for (const [pattern, keep] of patterns) {
    masked = masked.replace(pattern, (found) => found.slice(0, keep) + MASK.repeat(found.length - keep));
  }
  return masked;
}

/** A line with what is not prose blanked, column for column (a link target keeps its "]"). */
export const proseOf = (line: string): string => mask(line).replaceAll(MASK, ' ');

/** Lines of fenced code blocks (``` or ~~~), fences included: not text to check. */
export function codeLines(lines: string[]): Set<number> {
  const code = new Set<number>();
  let fence: string | null = null;
  lines.forEach((line, i) => {
    const found = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence) {
      code.add(i);
      if (found && found[1][0] === fence[0] && found[1].length >= fence.length && line.trim() === found[1]) fence = null;
    } else if (found) {
      code.add(i);
      fence = found[1];
    }
  });
  return code;
}
