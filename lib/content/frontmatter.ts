// Front matter: YAML only, checked against a schema. Pure: takes the file's text, returns data or problems.
import matter from 'gray-matter';
import yaml from 'js-yaml';
import {frontMatterSchema, type FieldLines, type FrontMatter} from '../model';

function refuse(language: string): never {
  throw new RefusedLanguage(language);
}

class RefusedLanguage extends Error {
  constructor(readonly language: string) {
    super(language);
  }
}

// gray-matter evaluates `---js` front matter by default; every engine but YAML throws instead.
// Passing options also turns off gray-matter's cache, which would return one file's result for another.
// YAML's failsafe schema reads every value as written, as text: `section: 2.10` stays "2.10" (not the
// number 2.1), `2026-04-02` stays a day (not an instant), `yes` stays a word, and tags such as
// !!js/function are refused.
const matterOptions = {
  engines: {
    yaml: (source: string) => yaml.load(source, {schema: yaml.FAILSAFE_SCHEMA}) as object,
    js: () => refuse('js'),
    javascript: () => refuse('javascript'),
    json: () => refuse('json'),
    coffee: () => refuse('coffee'),
    coffeescript: () => refuse('coffeescript'),
    toml: () => refuse('toml')
  }
};

export type ParsedFile = {
  data: FrontMatter | null;
  body: string;
  bodyLine: number;
  lines: FieldLines;
  problems: {line: number; message: string}[];
};

/** The line of every top-level field and of every `changes` entry, from the front matter's text. */
function fieldLines(matterText: string): FieldLines {
  const lines: FieldLines = {fields: {}, changes: []};
  let field = '';
  // The front matter's text starts on the line of the opening ---, so its index i is line i + 1.
  matterText.split('\n').forEach((text, i) => {
    const key = /^([A-Za-z_][\w-]*)\s*:/.exec(text)?.[1];
    if (key) {
      field = key;
      lines.fields[key] ??= i + 1;
    } else if (field === 'changes' && /^\s*-(\s|$)/.test(text)) {
      lines.changes.push(i + 1);
    }
  });
  return lines;
}

/** The line of an issue's path: a field, or a field of the n-th change. */
function lineOf(lines: FieldLines, path: PropertyKey[]): number {
  const [field, index] = path;
  if (field === 'changes' && typeof index === 'number') return lines.changes[index] ?? lines.fields.changes ?? 2;
  return (typeof field === 'string' && lines.fields[field]) || 2;
}

export function parseFrontMatter(source: string): ParsedFile {
  const opening = /^---([^\n]*)\n/.exec(source);
  if (opening && opening[1].trim() !== '') {
    return {
      data: null,
      body: '',
      bodyLine: 1,
      lines: {fields: {}, changes: []},
      problems: [{line: 1, message: `front matter must be YAML: remove "${opening[1].trim()}" after the opening ---`}]
    };
  }
  // Without its closing ---, gray-matter would read the whole text as front matter.
  if (opening && !/\n---[ \t]*(?:\n|$)/.test(source.slice(opening[0].length - 1))) {
    return {
      data: null,
      body: '',
      bodyLine: 1,
      lines: {fields: {}, changes: []},
      problems: [{line: 1, message: 'the front matter that starts on line 1 is not closed: add a line with only --- after its last field'}]
    };
  }
  let file: matter.GrayMatterFile<string>;
  try {
    file = matter(source, matterOptions);
  } catch (error) {
    if (error instanceof RefusedLanguage) {
      return {data: null, body: '', bodyLine: 1, lines: {fields: {}, changes: []}, problems: [{line: 1, message: 'front matter must be YAML'}]};
    }
    if (error instanceof yaml.YAMLException) {
      // The parsed text starts right after the opening ---, on that same line.
      return {
        data: null,
        body: '',
        bodyLine: 1,
        lines: {fields: {}, changes: []},
        problems: [{line: error.mark.line + 1, message: `front matter is not valid YAML: ${error.reason}`}]
      };
    }
    throw error;
  }
  const bodyLine = source.slice(0, source.length - file.content.length).split('\n').length;
  const lines = fieldLines(file.matter);
  const parsed = {body: file.content, bodyLine, lines};
  if (!opening) {
    return {...parsed, data: null, problems: [{line: 1, message: 'front matter is missing: start the file with --- and a title'}]};
  }
  const raw = file.data ?? {};
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return {...parsed, data: null, problems: [{line: 2, message: 'front matter must be a list of "field: value" lines'}]};
  }
  const result = frontMatterSchema.safeParse(raw);
  if (result.success) return {...parsed, data: result.data, problems: []};
  const problems = result.error.issues.map((issue) => ({
    line: lineOf(lines, issue.code === 'unrecognized_keys' ? [issue.keys[0]] : issue.path),
    message: `front matter: ${issue.message}`
  }));
  return {...parsed, data: null, problems};
}
