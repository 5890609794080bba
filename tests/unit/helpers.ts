import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Writes a content tree into a fresh temporary folder: {"privacy/en/2026-04-02.md": "..."}. */
export function contentTree(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'legal-content-'));
  for (const [name, text] of Object.entries(files)) {
    const full = path.join(root, name);
    fs.mkdirSync(path.dirname(full), {recursive: true});
    fs.writeFileSync(full, text);
  }
  return root;
}

export const validDescription = 'A description long enough for search engines to show in their results.';

export function doc({title = 'Privacy Policy', description = validDescription, extra = '', body = '## 1. Scope\n\nText.\n'} = {}) {
  return `---\ntitle: ${title}\ndescription: ${description}\n${extra}---\n\n${body}`;
}
