import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {errorsIn} from '@/lib/content/issues';
import {readContent} from '@/lib/content/load';
import {parseFrontMatter, versionText} from '@/lib/content/frontmatter';
import {longBodies, writeSyntheticHistory} from '../../../bench/synthetic';
import {tempDir} from '../temp';

describe('the synthetic history of the scale bench', () => {
  const root = writeSyntheticHistory('content/privacy', tempDir('scale-'), 30);
  // On the day the scale bench builds it (its newest version is then about four years old).
  const {versions, issues} = readContent(root, '2026-06-15');

  it('is valid content: N versions in each language', () => {
    expect(errorsIn(issues)).toEqual([]);
    expect(versions.filter((v) => v.locale === 'en')).toHaveLength(30);
    expect(versions.filter((v) => v.locale === 'zh')).toHaveLength(30);
  });

  it('changes one line from each version to the next, keeping every section', () => {
    const en = versions.filter((v) => v.locale === 'en').sort((a, b) => a.date.localeCompare(b.date));
    for (const [older, newer] of en.slice(0, -1).map((v, i) => [v, en[i + 1]])) {
      const a = older.body.split('\n');
      const b = newer.body.split('\n');
      expect(b.filter((line, i) => line !== a[i]), `${older.date} → ${newer.date}`).toHaveLength(1);
      expect(newer.toc).toEqual(older.toc);
    }
  });
});

describe('the long document of the fixture content (comparisons of long versions)', () => {
  const folder = 'tests/fixtures/content/long-policy/en';
  const files = fs.readdirSync(folder).sort();
  const bodies = files.map((name) => parseFrontMatter(versionText(fs.readFileSync(path.join(folder, name), 'utf8'))).body);

  it('is what longBodies writes: four versions of about 150 KiB', () => {
    expect(bodies.map((body) => body.trim())).toEqual(longBodies(4).map((body) => body.trim()));
    for (const name of files) expect(fs.statSync(path.join(folder, name)).size / 1024).toBeGreaterThan(145);
  });

  it('rewords every paragraph from one version to any other, and keeps every heading', () => {
    const paragraphs = (body: string) => body.trim().split('\n\n');
    for (const [i, a] of bodies.entries()) {
      for (const b of bodies.slice(i + 1)) {
        const [before, after] = [paragraphs(a), paragraphs(b)];
        expect(after).toHaveLength(before.length);
        const changed = before.filter((block, k) => block !== after[k]);
        const headings = before.filter((block) => block.startsWith('## ') || block === before[0]);
        expect(changed.length + headings.length).toBe(before.length);
        expect(changed.length).toBeGreaterThan(250);
      }
    }
  });
});
