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

// Words of a policy, for long documents that read like one.
const WORDS = (
  'account address agreement applicable apply basis billing business categories change choice collect communications ' +
  'company complaint compliance consent contact contract controller cookies customer data delete deletion described ' +
  'device disclose email employees ensure essential example fraud information interest international invoice law ' +
  'lawful legal limited manage marketing measures necessary notice obligations operate order partners payment period ' +
  'personal policy portability practices preferences process processing processors protect provide provider purposes ' +
  'reasonable record records regulators request require retain retention review rights risk safeguards secure security ' +
  'send service services share storage store subject support systems technical third transfer update usage use users ' +
  'withdraw within write years'
).split(' ');

/** A generator of numbers in [0, 1) from a seed: the same seed, the same numbers (mulberry32). */
function seeded(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The bodies of `count` versions of a long document, about `kib` KiB each: sections of ten
 * paragraphs under numbered headings, and every paragraph reworded from one version to any other
 * (about one word in eight, at least one), from fixed seeds: the same call gives the same text.
 */
export function longBodies(count: number, kib = 150): string[] {
  const random = seeded(1);
  const word = (next: () => number) => WORDS[Math.floor(next() * WORDS.length)];
  const paragraphs: string[][] = [];
  for (let size = 0; size < kib * 1024 - 2000; ) {
    const paragraph = Array.from({length: 50 + Math.floor(random() * 40)}, () => word(random));
    paragraphs.push(paragraph);
    size += paragraph.join(' ').length + 2 + (paragraphs.length % 10 === 1 ? 40 : 0);
  }
  return Array.from({length: count}, (_, v) => {
    const reword = seeded(1000 + v);
    const lines = ['This document is long, and each of its versions rewords every paragraph.', ''];
    paragraphs.forEach((paragraph, i) => {
      if (i % 10 === 0) lines.push(`## ${i / 10 + 1}. ${paragraph.slice(0, 3).join(' ')}`, '');
      const words = paragraph.map((w) => (reword() < 1 / 8 ? word(reword) : w));
      const always = (v + i) % words.length;
      words[always] = WORDS[(WORDS.indexOf(paragraph[always]) + 1 + v) % WORDS.length];
      lines.push(`${words[0][0].toUpperCase()}${words.join(' ').slice(1)}.`, '');
    });
    return lines.join('\n');
  });
}
