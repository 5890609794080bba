import fs from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import {describe, expect, it} from 'vitest';
import {readContent} from '@/lib/content/load';
import {invisibleCharacters} from '@/lib/content/characters';
import {parseFrontMatter} from '@/lib/content/frontmatter';
import {renderMarkdown} from '@/lib/content/markdown';
import {contentTree} from '../helpers';

// Every file in tests/fixtures/hostile holds one attack. The policy: the build refuses the file with
// a file:line message, and even if a check were missed, the sanitizer leaves nothing live.
const corpus = path.resolve('tests/fixtures/hostile');
const files = fs.readdirSync(corpus).filter((name) => name.endsWith('.md')).sort();

const LIVE_ELEMENT = /<(script|iframe|frame|form|input|button|textarea|select|style|link|meta|base|object|embed|svg|math|video|audio|source|div)\b/i;
const EVENT_HANDLER = /\son[a-z]+\s*=/i;
// An <img> without a source shows nothing and fetches nothing.
const IMAGE_SOURCE = /<img\b[^>]*\ssrc\s*=/i;
const UNSAFE_URL = /(href|src|action|formaction|data|srcdoc)\s*=\s*["']?\s*(javascript|data|vbscript):/i;

describe('the hostile corpus', () => {
  it('has a file for every kind of attack', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
  });

  it.each(files)('%s: the build refuses it, naming the file and a line', (name) => {
    const root = contentTree({[`privacy/en/2026-05-01.md`]: fs.readFileSync(path.join(corpus, name), 'utf8')});
    const {versions, issues} = readContent(root);
    expect(versions).toEqual([]);
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) {
      expect(issue.severity).toBe('error');
      expect(issue.file).toMatch(/privacy\/en\/2026-05-01\.md$/);
      expect(issue.line).toBeGreaterThanOrEqual(1);
    }
  });

  // A file may say in a front matter comment which message it expects: `# expect: <line>: <message>`.
  const expectations = files.flatMap((name) => {
    const comment = /^# expect: (\d+): (.+)$/m.exec(fs.readFileSync(path.join(corpus, name), 'utf8'));
    return comment ? [[name, Number(comment[1]), comment[2]] as const] : [];
  });

  it.each(expectations)('%s: refused at line %i with "%s"', (name, line, message) => {
    const root = contentTree({[`privacy/en/2026-05-01.md`]: fs.readFileSync(path.join(corpus, name), 'utf8')});
    const {issues} = readContent(root);
    const found = issues.map((issue) => `${issue.line}: ${issue.message}`);
    expect(found.find((text) => text.startsWith(`${line}: ${message}`)), found.join('\n')).toBeDefined();
  });

  it.each(files)('%s: nothing of it is live in the HTML even unchecked', (name) => {
    const {body, bodyLine} = parseFrontMatter(fs.readFileSync(path.join(corpus, name), 'utf8'));
    const {html} = renderMarkdown(body, bodyLine);
    expect(html).not.toMatch(LIVE_ELEMENT);
    expect(html).not.toMatch(EVENT_HANDLER);
    expect(html).not.toMatch(UNSAFE_URL);
    expect(html).not.toMatch(IMAGE_SOURCE);
    expect(html).not.toMatch(/\sstyle\s*=|\sid="main"|\sname=/i);
  });

  it('runs no code from any front matter', () => {
    for (const name of files) parseFrontMatter(fs.readFileSync(path.join(corpus, name), 'utf8'));
    expect((globalThis as Record<string, unknown>).__hostileFrontMatterRan).toBeUndefined();
  });
});

describe('dependencies', () => {
  // GHSA-4fh9-h7wg-q85m: versions before 13.2.1 could emit unsanitized class names.
  it('mdast-util-to-hast is 13.2.1 or later, installed and locked', () => {
    const installed = JSON.parse(fs.readFileSync('node_modules/mdast-util-to-hast/package.json', 'utf8')).version;
    expect(semver.gte(installed, '13.2.1'), installed).toBe(true);
    const lock = JSON.parse(fs.readFileSync('package-lock.json', 'utf8')).packages as Record<string, {version: string}>;
    const locked = Object.entries(lock).filter(([key]) => key.endsWith('node_modules/mdast-util-to-hast'));
    expect(locked.length).toBeGreaterThan(0);
    for (const [key, {version}] of locked) expect(semver.gte(version, '13.2.1'), `${key}@${version}`).toBe(true);
  });
});

describe('front matter text', () => {
  it('refuses markup in the fields that reach <title>, meta tags and structured data', () => {
    const parsed = parseFrontMatter(fs.readFileSync(path.join(corpus, 'front-matter-markup-in-title.md'), 'utf8'));
    expect(parsed.problems).toEqual([{line: 2, message: 'front matter: "title" must be plain text: remove "<" and ">"'}]);
    const description = parseFrontMatter(fs.readFileSync(path.join(corpus, 'front-matter-markup-in-description.md'), 'utf8'));
    expect(description.problems.map((p) => p.message)).toEqual(['front matter: "description" must be plain text: remove "<" and ">"']);
  });
});

describe('invisible characters in the front matter', () => {
  it('are found at their file line, as the loader checks them', () => {
    const source = '---\ntitle: Privacy \u202EPolicy\ndescription: A description long enough for search engines to show in results.\n---\n\n## 1. Scope\n';
    const {bodyLine} = parseFrontMatter(source);
    expect(invisibleCharacters(source).filter((problem) => problem.line < bodyLine)).toEqual([
      {
        line: 2,
        message: 'invisible character U+202E (RIGHT-TO-LEFT OVERRIDE) at column 16: remove it; it can make the text read differently from what it is'
      }
    ]);
  });

  it('allow a byte order mark only as the first character of the file', () => {
    expect(invisibleCharacters('\uFEFF---\ntitle: a\n')).toEqual([]);
    expect(invisibleCharacters('\uFEFF## 1. Scope\n', 7).map((problem) => problem.line)).toEqual([7]);
    expect(invisibleCharacters('---\ntitle: \uFEFFa\n').map((problem) => problem.line)).toEqual([2]);
  });
});
