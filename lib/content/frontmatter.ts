// Front matter: YAML only, checked against a schema. Pure: takes the file's text, returns data or problems.
import matter from 'gray-matter';
import {frontMatterSchema, type FieldLines, type FrontMatter} from '../model';
import {readYaml, type YamlProblem} from './yaml';

function refuse(language: string): never {
  throw new RefusedLanguage(language);
}

class RefusedLanguage extends Error {
  constructor(readonly language: string) {
    super(language);
  }
}

class YamlMistakes extends Error {
  constructor(readonly problems: YamlProblem[]) {
    super(problems[0]?.message);
  }
}

/** The front matter's YAML (lib/content/yaml.ts); its text starts on the line of the opening ---. */
function parseYaml(source: string): object {
  const {data, problems} = readYaml(source, 1);
  if (problems.length > 0) throw new YamlMistakes(problems);
  return (data ?? {}) as object;
}

// gray-matter evaluates `---js` front matter by default; every engine but YAML throws instead.
// Passing options also turns off gray-matter's cache, which would return one file's result for another.
const matterOptions = {
  engines: {
    yaml: parseYaml,
    js: () => refuse('js'),
    javascript: () => refuse('javascript'),
    json: () => refuse('json'),
    coffee: () => refuse('coffee'),
    coffeescript: () => refuse('coffeescript'),
    toml: () => refuse('toml')
  }
};

/** A file's text as it is read: a byte-order mark and Windows line endings are the same text. */
export const versionText = (source: string): string => source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');

export type ParsedFile = {
  data: FrontMatter | null;
  /** The fields as YAML read them, before they are checked: what a draft with a mistake says (policy:new reads its `translates`). */
  raw?: Record<string, unknown>;
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
    if (error instanceof YamlMistakes) {
      return {
        data: null,
        body: '',
        bodyLine: 1,
        lines: {fields: {}, changes: []},
        problems: error.problems.map((problem) => ({line: problem.line, message: `front matter: ${problem.message}`}))
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
  if (result.success) return {...parsed, raw, data: result.data, problems: []};
  const problems = result.error.issues.map((issue) => ({
    line: lineOf(lines, issue.code === 'unrecognized_keys' ? [issue.keys[0]] : issue.path),
    message: `front matter: ${issue.message}`
  }));
  return {...parsed, raw, data: null, problems};
}
