// Front matter: YAML only, checked against a schema. Pure: takes the file's text, returns data or problems.
import matter from 'gray-matter';
import yaml from 'js-yaml';
import {frontMatterSchema, type FrontMatter} from '../model';

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
const matterOptions = {
  engines: {
    yaml: (source: string) => yaml.load(source, {schema: yaml.JSON_SCHEMA}) as object,
    js: () => refuse('js'),
    javascript: () => refuse('javascript'),
    json: () => refuse('json'),
    coffee: () => refuse('coffee'),
    coffeescript: () => refuse('coffeescript'),
    toml: () => refuse('toml')
  }
};

export type ParsedFile = {data: FrontMatter | null; body: string; bodyLine: number; problems: {line: number; message: string}[]};

export function parseFrontMatter(source: string): ParsedFile {
  const opening = /^---([^\n]*)\n/.exec(source);
  if (opening && opening[1].trim() !== '') {
    return {
      data: null,
      body: '',
      bodyLine: 1,
      problems: [{line: 1, message: `front matter must be YAML: remove "${opening[1].trim()}" after the opening ---`}]
    };
  }
  let file: matter.GrayMatterFile<string>;
  try {
    file = matter(source, matterOptions);
  } catch (error) {
    if (error instanceof RefusedLanguage) {
      return {data: null, body: '', bodyLine: 1, problems: [{line: 1, message: 'front matter must be YAML'}]};
    }
    if (error instanceof yaml.YAMLException) {
      // The parsed text starts right after the opening ---, on that same line.
      return {
        data: null,
        body: '',
        bodyLine: 1,
        problems: [{line: error.mark.line + 1, message: `front matter is not valid YAML: ${error.reason}`}]
      };
    }
    throw error;
  }
  const bodyLine = source.slice(0, source.length - file.content.length).split('\n').length;
  if (!opening) {
    return {data: null, body: file.content, bodyLine, problems: [{line: 1, message: 'front matter is missing: start the file with --- and a title'}]};
  }
  const raw = file.data ?? {};
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return {data: null, body: file.content, bodyLine, problems: [{line: 2, message: 'front matter must be a list of "field: value" lines'}]};
  }
  const result = frontMatterSchema.safeParse(raw);
  if (result.success) return {data: result.data, body: file.content, bodyLine, problems: []};
  const matterLines = file.matter.split('\n');
  const lineOf = (key: PropertyKey | undefined) => {
    const index = matterLines.findIndex((l) => typeof key === 'string' && new RegExp(`^${key}\\s*:`).test(l));
    return index >= 0 ? index + 1 : 2;
  };
  const problems = result.error.issues.map((issue) => ({
    line: lineOf(issue.code === 'unrecognized_keys' ? issue.keys[0] : issue.path[0]),
    message: `front matter: ${issue.message}`
  }));
  return {data: null, body: file.content, bodyLine, problems};
}
