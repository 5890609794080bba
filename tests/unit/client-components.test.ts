import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';

// Every client component ships JavaScript to every visitor: each one needs a reason in docs/performance.md.
const DIRECTIVE = /^(?:\s*(?:\/\/[^\n]*|\/\*[\s\S]*?\*\/)\s*)*['"]use client['"]/;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, {withFileTypes: true, recursive: true})
    .filter((entry) => entry.isFile() && /\.(?:tsx?|jsx?|mjs)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Paths listed as `- \`path\`: reason` under the "Client components" heading of docs/performance.md. */
function justified(readme: string): string[] {
  const section = /^#{2,3} Client components\n([\s\S]*?)(?=^#{1,3} |(?![\s\S]))/m.exec(readme)?.[1];
  if (section === undefined) throw new Error('docs/performance.md has no "Client components" section');
  return [...section.matchAll(/^- `([^`]+)`: \S/gm)].map((m) => m[1]);
}

describe('client components', () => {
  it('recognises the directive, after comments too, and nothing else', () => {
    expect(DIRECTIVE.test("'use client';\nexport default 1")).toBe(true);
    expect(DIRECTIVE.test('// why\n"use client"\n')).toBe(true);
    expect(DIRECTIVE.test("import x from 'y';\nconst s = 'use client';")).toBe(false);
  });

  it('exist only where docs/performance.md justifies them', () => {
    const allowed = justified(fs.readFileSync('docs/performance.md', 'utf8'));
    const clients = ['app', 'components']
      .flatMap(sourceFiles)
      .filter((file) => DIRECTIVE.test(fs.readFileSync(file, 'utf8')));
    expect(clients.filter((file) => !allowed.includes(file))).toEqual([]);
  });
});
