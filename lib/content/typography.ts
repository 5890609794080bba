// Chinese typography, in the Chinese versions and in messages/zh.json: a space between Chinese and
// Latin letters or numbers ("使用 Infer Mesh 的服务"), Chinese (full-width) punctuation in Chinese
// text ("，" not ","), and no space between Chinese characters or next to Chinese punctuation.
// The linter autocorrect (autocorrect-node) finds most of it; the rules it misses ("最后更新:2026",
// "日 起生效") are checked here. Each problem names its line and shows the text to write. Pure: text
// in, problems out (autocorrect is loaded from node_modules on first use).
import nodeModule from 'node:module';
import path from 'node:path';
import type * as AutocorrectModule from 'autocorrect-node';
import {diffChars} from 'diff';
import {codeLines, HIDDEN, mask, MASK} from './prose';

type TypographyProblem = {line: number; column: number; message: string; severity: 'error' | 'warning'};

type Autocorrect = typeof AutocorrectModule;

// autocorrect's own rules, but for "space-bracket", which writes "数据 (例如日志) 保存": Chinese
// text takes full-width brackets, "数据（例如日志）保存", checked below. Code blocks are not text.
const CONFIG = {rules: {'space-bracket': 0}, context: {codeblock: 0}};

let loaded: {autocorrect: Autocorrect} | {error: string} | undefined;

/** autocorrect, or why it cannot be used on this computer (it ships a native binary per platform). */
function loadAutocorrect(): {autocorrect: Autocorrect} | {error: string} {
  if (!loaded) {
    try {
      // Required at run time from the project's node_modules: a native binary cannot be bundled
      // (by esbuild for `npm run content:check`, or by Next.js). Not `import {createRequire}`: the
      // bundle of scripts/run.mjs declares that name itself.
      const require = nodeModule.createRequire(path.join(process.cwd(), 'package.json'));
      const autocorrect = require('autocorrect-node') as Autocorrect;
      autocorrect.loadConfig(JSON.stringify(CONFIG));
      loaded = {autocorrect};
    } catch (error) {
      loaded = {error: (error instanceof Error ? error.message : String(error)).split('\n')[0]};
    }
  }
  return loaded;
}

const HAN = '\\p{Script=Han}';
// Chinese (full-width) punctuation: no space goes before or after it.
const FULL = '，。、；：？！…—“”‘’（）《》〈〉【】「」『』〔〕';
const SPACE = '[ \\u00A0\\u3000]+';
const FULL_OF: Record<string, string> = {',': '，', ':': '：', ';': '；', '!': '！', '?': '？', '.': '。', '(': '（', ')': '）'};

const isHan = (c: string | undefined) => c !== undefined && /\p{Script=Han}/u.test(c);
const isFull = (c: string | undefined) => c !== undefined && FULL.includes(c);

type Edit = {start: number; end: number; text: string};

/** The corrections of the rules autocorrect does not know, as edits of `line`. */
function explicitEdits(line: string): Edit[] {
  const text = mask(line);
  const edits: Edit[] = [];
  const each = (pattern: string, edit: (m: RegExpMatchArray, start: number) => Edit | null) => {
    for (const m of text.matchAll(new RegExp(pattern, 'gu'))) {
      const found = edit(m, m.index);
      if (found) edits.push(found);
    }
  };
  // "日 起生效": no space between two Chinese characters.
  each(`(?<=${HAN})${SPACE}(?=${HAN})`, (m, start) => ({start, end: start + m[0].length, text: ''}));
  // "更新。 阅读": no space after Chinese punctuation (a table's "|" may follow one; a line may end in spaces).
  each(`(?<=[${FULL}])${SPACE}(?=[^\\s|])`, (m, start) => ({start, end: start + m[0].length, text: ''}));
  // "说明 。": no space before it, after a word.
  each(`(?<=[\\p{L}\\p{N}${FULL}])${SPACE}(?=[${FULL}])`, (m, start) => ({start, end: start + m[0].length, text: ''}));
  // "最后更新:", "你好,世界", "同意?", "完毕.": Chinese punctuation after Chinese text (not "![" of an
  // image, "..." or a file name "条款.md").
  each(`(?<=${HAN})(?:${SPACE})?(?:[,:;?]|!(?!\\[)|\\.(?![.\\w]))(?:${SPACE}(?=\\S))?`, (m, start) => {
    const mark = m[0].trim();
    // "一.总则" at the start of a line: a Chinese numbering, "一、总则".
    const numbering = mark === '.' && /^(?:#{1,6} +|[ \t]*(?:[-*+>] +)?)[一二三四五六七八九十百]+$/u.test(text.slice(0, start));
    return {start, end: start + m[0].length, text: numbering ? '、' : FULL_OF[mark]};
  });
  // "数据(例如日志)保存", "令牌(Token)用量": brackets next to or around Chinese text are full-width.
  for (const m of text.matchAll(/\(([^()]*)\)/g)) {
    const open = m.index;
    const close = open + m[0].length - 1;
    const before = /[ \u00A0\u3000]*$/.exec(text.slice(0, open))![0].length;
    const after = /^[ \u00A0\u3000]*/.exec(text.slice(close + 1))![0].length;
    const prev = text[open - before - 1];
    const next = text[close + 1 + after];
    if (!(isHan(prev) || isFull(prev) || /\p{Script=Han}/u.test(m[1]) || isHan(next) || isFull(next))) continue;
    const inner = m[1];
    const lead = /^[ \u00A0\u3000]*/.exec(inner)![0].length;
    const trail = /[ \u00A0\u3000]*$/.exec(inner)![0].length;
    const dropBefore = prev !== undefined && /[\p{L}\p{N}]/u.test(prev) ? before : 0;
    const dropAfter = next !== undefined && next !== '|' ? after : 0;
    edits.push({start: open - dropBefore, end: open + 1 + lead, text: '（'});
    edits.push({start: close - trail, end: close + 1 + dropAfter, text: '）'});
  }
  // One edit per place: overlapping ones are made on the next pass.
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  return edits.filter((edit, i) => i === 0 || edit.start >= edits[i - 1].end);
}

function applyEdits(text: string, edits: Edit[]): string {
  let result = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return result;
}

function fixLine(line: string): string {
  let fixed = line;
  for (let pass = 0; pass < 4; pass++) {
    const edits = explicitEdits(fixed);
    if (edits.length === 0) break;
    fixed = applyEdits(fixed, edits);
  }
  return fixed;
}

/** The length of the common start of two texts. */
function common(a: string, b: string): number {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i;
}

type Hunk = {start: number; end: number; newStart: number; newEnd: number; removed: string; added: string};

/** The places where `after` differs from `before`, near ones together, with positions in both. */
function hunksOf(before: string, after: string, gap: number): Hunk[] {
  const hunks: Hunk[] = [];
  let at = 0;
  let newAt = 0;
  // A very long line with very many changes: one change, from the first difference to the last.
  const parts = diffChars(before, after, {maxEditLength: 2000}) ?? [
    {value: before.slice(0, common(before, after)), added: false, removed: false},
    {value: before.slice(common(before, after)), added: false, removed: true},
    {value: after.slice(common(before, after)), added: true, removed: false}
  ];
  for (const part of parts) {
    if (!part.added && !part.removed) {
      at += part.value.length;
      newAt += part.value.length;
      continue;
    }
    const last = hunks[hunks.length - 1];
    const hunk = last && at - last.end <= gap ? last : {start: at, end: at, newStart: newAt, newEnd: newAt, removed: '', added: ''};
    if (hunk !== last) hunks.push(hunk);
    if (part.removed) {
      at += part.value.length;
      hunk.removed += part.value;
    } else {
      newAt += part.value.length;
      hunk.added += part.value;
    }
    hunk.end = at;
    hunk.newEnd = newAt;
  }
  return hunks;
}

/** Why the text changes, in plain words. */
function reasons(before: string, hunks: Hunk[]): string[] {
  const found = new Set<string>();
  const marks = new Set<string>();
  for (const hunk of hunks) {
    const removedSpace = /\s/.test(hunk.removed) && !/\s/.test(hunk.added);
    if (/\s/.test(hunk.added) && !/\s/.test(hunk.removed)) found.add('a space between Chinese and Latin letters or numbers');
    if (removedSpace) {
      const prev = before[hunk.start - 1];
      const next = before[hunk.end];
      const full = [...hunk.added].some(isFull) || isFull(prev) || isFull(next);
      if (full) found.add('no space next to Chinese punctuation');
      else if (isHan(prev) && isHan(next)) found.add('no space between Chinese characters');
      else found.add('no space there');
    }
    for (const c of hunk.added) if (isFull(c)) marks.add(c);
    if (/[\u3000-\u303F\uFF00-\uFFEF]/.test(hunk.removed) && /[!-~]/.test(hunk.added)) {
      found.add('ordinary (half-width) letters, numbers and punctuation in Latin text');
    }
  }
  if (marks.size > 0) found.add(`Chinese (full-width) punctuation ${[...marks].map((c) => `"${c}"`).join(' ')} in Chinese text`);
  if (found.size === 0) found.add('Chinese typesetting');
  return [...found];
}

const CONTEXT = 6;
const WORD = /[\w.@/:%#?=&+-]/;

/**
 * The part of a line around a change, widened to whole Latin words, with its part in the new line;
 * within [low, high), the text between the neighbouring changes.
 */
function snippet(before: string, after: string, hunk: Hunk, low: number, high: number): {old: string; new: string} {
  // Context stops at a link's target, and at the neighbouring changes.
  const masked = mask(before, HIDDEN);
  const text = (i: number) => i >= low && i < high && masked[i] !== MASK;
  let from = hunk.start;
  while (text(from - 1) && (from > hunk.start - CONTEXT || (from > hunk.start - CONTEXT - 40 && WORD.test(before[from]) && WORD.test(before[from - 1])))) from--;
  if (/[\uDC00-\uDFFF]/.test(before[from] ?? '') && from > low) from--;
  let to = hunk.end;
  while (text(to) && (to < hunk.end + CONTEXT || (to < hunk.end + CONTEXT + 40 && WORD.test(before[to - 1]) && WORD.test(before[to])))) to++;
  if (/[\uDC00-\uDFFF]/.test(before[to] ?? '') && to < high) to++;
  const old = before.slice(from, to);
  const fresh = after.slice(hunk.newStart - (hunk.start - from), hunk.newEnd + (to - hunk.end));
  // The context is the same in both: trim it alike.
  const lead = Math.min(/^\s*/.exec(old)![0].length, hunk.start - from);
  const trail = Math.min(/\s*$/.exec(old)![0].length, to - hunk.end);
  const cut = (part: string) => (part.length > 80 ? `${part.slice(0, 80)}…` : part);
  return {old: cut(old.slice(lead, old.length - trail)), new: cut(fresh.slice(lead, fresh.length - trail))};
}

// One pass of autocorrect may leave work for a second ("ＡＢＣ中文" → "ABC中文" → "ABC 中文").
const twice = (format: (text: string) => string, text: string) => format(format(text));

function unavailable(line: number, error: string): TypographyProblem {
  return {
    line,
    column: 1,
    severity: 'warning',
    message: `Chinese typography was checked only in part: the linter autocorrect-node does not work on this computer (${error}); run npm install, or rely on the check on the build server`
  };
}

function lintMarkdown(text: string, firstLine: number): TypographyProblem[] {
  const lines = text.split('\n');
  const code = codeLines(lines);
  const fixEach = (list: string[]) => list.map((line, i) => (code.has(i) ? line : fixLine(line)));
  const first = fixEach(lines);
  const lib = loadAutocorrect();
  const problems: TypographyProblem[] = [];
  let fixed = first;
  if ('autocorrect' in lib) {
    const formatted = twice((doc) => lib.autocorrect.formatFor(doc, 'md'), first.join('\n')).split('\n');
    // autocorrect changes spaces and marks within lines; if it ever moved lines, its result is not used.
    if (formatted.length === lines.length) fixed = fixEach(formatted);
  } else {
    problems.push(unavailable(firstLine, lib.error));
  }
  lines.forEach((line, i) => {
    if (fixed[i] === line) return;
    const masked = mask(line);
    const hunks = hunksOf(line, fixed[i], 12);
    hunks.forEach((hunk, k) => {
      // Not a change of text but of an address or code (autocorrect reads <https://…> as text).
      const inside = hunk.start < hunk.end ? /^\uE000+$/.test(masked.slice(hunk.start, hunk.end)) : masked[hunk.start - 1] === MASK && masked[hunk.start] === MASK;
      if (inside) return;
      const shown = snippet(line, fixed[i], hunk, hunks[k - 1]?.end ?? 0, hunks[k + 1]?.start ?? line.length);
      const column = Array.from(line.slice(0, hunk.start)).length + 1;
      problems.push({
        line: firstLine + i,
        column,
        severity: 'error',
        message: `Chinese typography at column ${column}: write "${shown.new}" instead of "${shown.old}" (${reasons(line, [hunk]).join('; ')})`
      });
    });
  });
  return problems;
}

// What the placeholders of messages/zh.json hold, so that a message is checked as a reader sees it:
// "{date}生效" reads "2026 年 4 月 2 日生效". Others are checked as a sign that is neither Chinese nor Latin.
const DATE = '2026 年 4 月 2 日';
const SAMPLES: Record<string, string> = {
  date: DATE,
  effective: DATE,
  from: DATE,
  to: DATE,
  current: DATE,
  title: '隐私政策',
  language: '英文',
  email: 'privacy@infermesh.io',
  number: '2.1',
  // A hash starting with a digit reads to autocorrect as a time ("SHA-256：9f…" → "256:9"), which it is not.
  hash: 'e3b0c44298fc1c14',
  reason: '更正笔误',
  count: '3'
};
const UNKNOWN = '〓';

/** The index of the "}" closing the "{" at `open`, or -1. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/**
 * A message as the page shows it: rich-text tags (<time>, <link>) removed, placeholders filled in.
 * `origin` is, for each character, its index in the message, or -1 for one of a placeholder.
 */
function fill(message: string): {text: string; origin: number[]} {
  let text = '';
  const origin: number[] = [];
  for (let i = 0; i < message.length; ) {
    const tag = message[i] === '<' ? /^<\/?[A-Za-z][\w-]*\s*\/?>/.exec(message.slice(i)) : null;
    if (tag) {
      i += tag[0].length;
      continue;
    }
    const end = message[i] === '{' ? closing(message, i) : -1;
    if (end > 0) {
      const inner = message.slice(i + 1, end);
      const [name, type] = inner.split(',').map((part) => part.trim());
      let sample = SAMPLES[name] ?? UNKNOWN;
      // {n, plural, one {…} other {# 个版本}}: the "other" case, "#" a number.
      const other = /\bother\s*\{/.exec(inner);
      if (type && /^(plural|select|selectordinal)$/.test(type) && other) {
        const start = other.index + other[0].length - 1;
        sample = fill(inner.slice(start + 1, closing(inner, start)).replace(/#/g, '3')).text;
      }
      text += sample;
      origin.push(...Array<number>(sample.length).fill(-1));
      i = end + 1;
      continue;
    }
    text += message[i];
    origin.push(i);
    i++;
  }
  return {text, origin};
}

/** The corrected page text as a corrected message, or null when a change falls inside a placeholder. */
function unfill(message: string, origin: number[], hunks: Hunk[], fixed: string): string | null {
  const edits: Edit[] = [];
  for (const hunk of hunks) {
    const text = fixed.slice(hunk.newStart, hunk.newEnd);
    if (hunk.start === hunk.end) {
      const at = origin[hunk.start] >= 0 ? origin[hunk.start] : origin[hunk.start - 1] >= 0 ? origin[hunk.start - 1] + 1 : -1;
      if (at < 0) return null;
      edits.push({start: at, end: at, text});
    } else {
      const span = origin.slice(hunk.start, hunk.end);
      if (span.some((index, k) => index < 0 || (k > 0 && index !== span[k - 1] + 1))) return null;
      edits.push({start: span[0], end: span[span.length - 1] + 1, text});
    }
  }
  return applyEdits(message, edits);
}

/** Each string of a JSON text, with its key path and the line of its key. */
function stringsOf(json: string): {key: string; line: number; value: string}[] {
  const found: {key: string; line: number; value: string}[] = [];
  const path: string[] = [];
  let key = '';
  let keyLine = 1;
  let line = 1;
  for (const token of json.matchAll(/"(?:[^"\\\n]|\\.)*"|[{}[\]]|\n/g)) {
    const value = token[0];
    if (value === '\n') line++;
    else if (value === '{' || value === '[') {
      path.push(key);
      key = '';
    } else if (value === '}' || value === ']') key = path.pop() ?? '';
    else if (/^\s*:/.test(json.slice(token.index + value.length))) {
      key = JSON.parse(value) as string;
      keyLine = line;
    } else {
      found.push({key: [...path, key].filter(Boolean).join('.'), line: path.length > 0 && key ? keyLine : line, value: JSON.parse(value) as string});
    }
  }
  return found;
}

function lintMessages(json: string, firstLine: number): TypographyProblem[] {
  try {
    JSON.parse(json);
  } catch {
    return [{line: firstLine, column: 1, severity: 'error', message: 'the file is not valid JSON: its Chinese typography cannot be checked'}];
  }
  const lib = loadAutocorrect();
  const problems: TypographyProblem[] = 'autocorrect' in lib ? [] : [unavailable(firstLine, lib.error)];
  const format = (text: string) => ('autocorrect' in lib ? twice(lib.autocorrect.format, text) : text);
  for (const {key, line, value} of stringsOf(json)) {
    const shown = fill(value);
    const fixed = fixLine(format(fixLine(shown.text)));
    if (fixed === shown.text) continue;
    const hunks = hunksOf(shown.text, fixed, 0);
    const corrected = unfill(value, shown.origin, hunks, fixed);
    const why = reasons(shown.text, hunks).join('; ');
    problems.push({
      line: firstLine + line - 1,
      column: 1,
      severity: 'error',
      message: corrected
        ? `Chinese typography in "${key}": write "${corrected}" instead of "${value}" (${why}; the page shows "${fixed}")`
        : `Chinese typography in "${key}": "${value}" shows as "${shown.text}"; correct it to show "${fixed}" (${why})`
    });
  }
  return problems;
}

/**
 * The Chinese typography problems of a Chinese Markdown file (front matter included) or of
 * messages/zh.json, with lines counted from `firstLine`: one per place, with the text to write.
 */
export function lintChinese(text: string, kind: 'markdown' | 'json', firstLine = 1): TypographyProblem[] {
  const normal = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  return kind === 'markdown' ? lintMarkdown(normal, firstLine) : lintMessages(normal, firstLine);
}
