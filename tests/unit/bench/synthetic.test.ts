import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {errorsIn} from '@/lib/content/issues';
import {readContent} from '@/lib/content/load';
import {writeSyntheticHistory} from '../../../bench/synthetic';

describe('the synthetic history of the scale bench', () => {
  const root = writeSyntheticHistory('content/privacy', fs.mkdtempSync(path.join(os.tmpdir(), 'scale-')), 30);
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
