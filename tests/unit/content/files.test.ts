import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {routing} from '@/i18n/routing';
import {inForceOn, indexContent, listContent, versionDays} from '@/lib/content/files';
import {errorsIn} from '@/lib/content/issues';
import {readContent} from '@/lib/content/load';
import {addDays, today} from '@/lib/dates';
import {doc, draftTree, LATER} from '../helpers';

// A version announced for later whose front matter closes with "--- ": gray-matter, the loader's
// reader, takes the trailing space; an expression of its own did not, and routed the days before
// the announced one to it.
const announced = () =>
  draftTree({
    'privacy/en/2026-04-02.md': doc({changes: ''}),
    'privacy/en/2026-12-01.md': doc({extra: 'effective: 2027-01-15\n', body: '## 1. Scope\n\nOther text.\n'}).replace('\n---\n', '\n--- \n')
  });

const indexOf = (root: string) => indexContent(listContent(root).files);

describe('the proxy reads a version as the loader does', () => {
  it('takes the effective day of a front matter closed by "--- "', () => {
    const root = announced();
    expect(readContent(root, LATER).catalog.versions('privacy', 'en').map((v) => [v.date, v.effective])).toEqual([
      ['2026-12-01', '2027-01-15'],
      ['2026-04-02', '2026-04-02']
    ]);
    const index = indexOf(root);
    expect(versionDays(index, 'privacy', 'en')).toEqual([
      {date: '2026-12-01', effective: '2027-01-15'},
      {date: '2026-04-02', effective: '2026-04-02'}
    ]);
    expect(inForceOn(index, 'privacy', 'en', '2026-12-07')?.date).toBe('2026-04-02');
    expect(inForceOn(index, 'privacy', 'en', '2027-01-15')?.date).toBe('2026-12-01');
  });

  // Every folder the tests build, each on the day it is built for (playwright.config.ts).
  const folders: [string, string, string][] = [
    ['the content', path.resolve('content'), today()],
    ['the fixture content', path.resolve('tests/fixtures/content'), '2026-07-05'],
    ['a version announced with "--- "', announced(), LATER]
  ];

  it.each(folders)('names the version the catalog names on every effective day, the day before and after: %s', (_name, root, day) => {
    const {catalog, issues} = readContent(root, day);
    expect(errorsIn(issues)).toEqual([]);
    const index = indexOf(root);
    let days = 0;
    for (const locale of routing.locales) {
      for (const document of catalog.documents(locale)) {
        for (const version of catalog.versions(document, locale)) {
          for (const on of [addDays(version.effective, -1), version.effective, addDays(version.effective, 1)]) {
            expect(inForceOn(index, document, locale, on)?.date ?? null, `${document}/${locale} on ${on}`).toBe(catalog.inForce(document, locale, on)?.date ?? null);
            days++;
          }
        }
      }
    }
    expect(days).toBeGreaterThanOrEqual(6);
  });
});
