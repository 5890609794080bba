// YAML as the legal team writes it: front matter and the settings files. Read with the failsafe
// schema (every value is text, as written: `2.10` stays "2.10", `2026-04-02` a day, `yes` a word), no
// tags, no anchors or aliases (`&x` … `*x` repeats an entry without writing it: 3,000 changes out of
// three lines), no duplicate keys; each mistake said in plain words with its line. Pure.
import YAML from 'yaml';

export type YamlProblem = {line: number; message: string};

/** The line (counted from `firstLine`, the line of the text's first character) of an offset. */
function lineAt(text: string, offset: number, firstLine: number): number {
  return firstLine + (text.slice(0, offset).match(/\n/g)?.length ?? 0);
}

const INDENT =
  'this line is not indented like the lines around it: each entry of a list starts with "- ", and its fields line up under each other, with spaces (e.g. "  - section: 6", then "    kind: material")';

/** The parser's findings, in words for someone who does not know YAML. */
function plain(code: string, message: string, lineText: string): string {
  switch (code) {
    case 'BAD_INDENT':
    case 'BAD_SEQ_ITEM_INDENT':
      if (/^Flow (sequence|map)/.test(message)) {
        const [open, close] = message.startsWith('Flow sequence') ? ['[', ']'] : ['{', '}'];
        return `a "${open}" is not closed with "${close}": if the value is text that starts with "${open}", put it in quotation marks ("…")`;
      }
      return INDENT;
    case 'TAB_AS_INDENT':
      return 'this line is indented with a tab: indent with spaces';
    case 'DUPLICATE_KEY': {
      const key = /^[\s-]*([^:\s][^:]*?)\s*:/.exec(lineText)?.[1];
      return `${key ? `the field "${key}"` : 'a field'} appears twice: keep one of them`;
    }
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return 'a value is not where it belongs: if it contains ": ", put it in quotation marks ("…"); if a line is indented by mistake, line it up with the field above';
    case 'MISSING_CHAR':
      return /quote/i.test(message)
        ? 'a quotation mark is not closed: end the value with the same mark it starts with'
        : /sequence item/i.test(message)
          ? INDENT
          : `a character is missing here (${message})`;
    case 'UNEXPECTED_TOKEN':
      return `something here is not a "field: value" line (${message})`;
    case 'TAG_RESOLVE_FAILED':
      return 'a "!" tag (such as !!js/function) is not allowed: write the value as plain text';
    default:
      return message;
  }
}

/**
 * Parses `text`, whose first character is on line `firstLine` of its file. Returns the data (plain
 * strings, lists and objects) or the problems, each with its line.
 */
export function readYaml(text: string, firstLine = 1): {data: unknown; problems: YamlProblem[]} {
  const document = YAML.parseDocument(text, {schema: 'failsafe', uniqueKeys: true, strict: true, prettyErrors: false});
  const problems: YamlProblem[] = [];
  const lines = text.split('\n');
  // One message a line: the parser often reports one mistake several ways.
  const add = (line: number, message: string) => {
    if (!problems.some((problem) => problem.line === line)) problems.push({line, message});
  };
  for (const found of [...document.errors, ...document.warnings]) {
    const line = lineAt(text, found.pos[0], firstLine);
    add(line, plain(found.code, found.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''), lines[line - firstLine] ?? ''));
  }
  YAML.visit(document, {
    Node(_, node) {
      if (!('anchor' in node) || !node.anchor || !node.range) return;
      add(lineAt(text, node.range[0], firstLine), `"&${node.anchor}" (a YAML anchor) is not allowed: write each entry in full`);
    },
    Alias(_, node) {
      if (node.range) add(lineAt(text, node.range[0], firstLine), `"*${node.source}" (a YAML alias) is not allowed: write each entry in full`);
    }
  });
  if (problems.length > 0) return {data: null, problems: problems.sort((a, b) => a.line - b.line)};
  return {data: document.toJS(), problems};
}
