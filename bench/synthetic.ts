// A long synthetic history of one document, for measuring how the build grows with versions.
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import {parseFrontMatter} from '../lib/content/frontmatter';
import {hashBytes, LOCK_FILE, serializeLock} from '../lib/content/lock';
import type {Lock} from '../lib/model';

/**
 * Writes `n` versions per language of the newest version in `documentDir` (e.g. content/privacy)
 * into `outDir/<document>/<locale>/`, a week apart from 2018-01-08. Each version rewords one more
 * paragraph, so consecutive versions differ by one line. Every version is in the past, so all are
 * published and recorded in the folder's lock file, as `npm run content:lock` would. Returns `outDir`.
 */
export function writeSyntheticHistory(documentDir: string, outDir: string, n: number): string {
  fs.rmSync(outDir, {recursive: true, force: true});
  const lock: Lock = {versions: {}} as Lock;
  for (const locale of fs.readdirSync(documentDir)) {
    const folder = path.join(documentDir, locale);
    const latest = fs.readdirSync(folder).filter((f) => f.endsWith('.md')).sort().at(-1);
    if (!latest) continue;
    const {data, body} = parseFrontMatter(fs.readFileSync(path.join(folder, latest), 'utf8'));
    if (!data) throw new Error(`${folder}/${latest} does not parse`);
    const lines = body.split('\n');
    // Plain paragraphs only: headings, lists and tables keep their shape.
    const paragraphs = lines.flatMap((line, i) => (/^[^#\s|>*-]/.test(line) ? [i] : []));
    const out = path.join(outDir, path.basename(documentDir), locale);
    fs.mkdirSync(out, {recursive: true});
    for (let v = 1; v <= n; v++) {
      const i = paragraphs[v % paragraphs.length];
      lines[i] = locale === 'zh' ? `${lines[i]}（第 ${v} 次修订）` : `${lines[i]} (revision ${v})`;
      const date = new Date(Date.UTC(2018, 0, 1 + 7 * v)).toISOString().slice(0, 10);
      const changes = v > 1 ? [{section: 'all', kind: 'editorial', summary: `Synthetic revision ${v}.`}] : undefined;
      // A translation follows the English version of the same day.
      const translates = locale === 'en' ? undefined : date;
      const front = yaml.dump({...data, summary: `Synthetic revision ${v}.`, translates, changes}, {lineWidth: -1});
      const text = `---\n${front}---\n${lines.join('\n')}`;
      fs.writeFileSync(path.join(out, `${date}.md`), text);
      lock.versions[`${path.basename(documentDir)}/${locale}/${date}.md`] = {sha256: hashBytes(text)};
    }
  }
  fs.writeFileSync(path.join(outDir, LOCK_FILE), serializeLock(lock));
  return outDir;
}
