// "Which version applied on a day" (/<l>/<doc>/on/<day>, answered by the proxy from the content's
// files) against versions.json (rendered from the loader's catalog): for every version, on its
// effective day and the days before and after, both name the same version.
import fs from 'node:fs';
import path from 'node:path';
import {expect} from '@playwright/test';
import {addDays} from '../../lib/dates';
import {rawGet} from './raw';

type Listed = {date: string; effective: string; status: 'current' | 'upcoming' | 'archived'};

const folders = (dir: string) => fs.readdirSync(dir, {withFileTypes: true}).filter((entry) => entry.isDirectory()).map((entry) => entry.name);

/** What versions.json implies: a version applies from its effective day until a later one does; of two on one day, the one published later. */
async function history(baseURL: string, locale: string, document: string) {
  const response = await fetch(`${baseURL}/${locale}/${document}/versions.json`);
  const versions = response.status === 200 ? ((await response.json()) as {versions: Listed[]}).versions : [];
  const order = versions.toSorted((a, b) => b.effective.localeCompare(a.effective) || b.date.localeCompare(a.date));
  return {versions, inForce: (on: string) => order.find((version) => version.effective <= on) ?? null};
}

/** `contentDir` as the server at `baseURL` was built from it, on `day` (its today). */
export async function expectDaysAgree(baseURL: string, contentDir: string, day: string) {
  let checked = 0;
  for (const document of folders(contentDir)) {
    const english = await history(baseURL, 'en', document);
    for (const locale of folders(path.join(contentDir, document))) {
      const {versions, inForce} = await history(baseURL, locale, document);
      expect(versions.find((version) => version.status === 'current')?.date, `${document}/${locale} today`).toBe(inForce(day)?.date);
      for (const version of versions) {
        for (const on of [addDays(version.effective, -1), version.effective, addDays(version.effective, 1)]) {
          const response = await rawGet(baseURL, `/${locale}/${document}/on/${on}`);
          const expected = inForce(on);
          const original = expected ? null : english.inForce(on);
          const where = `${locale}/${document} on ${on}`;
          if (expected) {
            expect(response.status, where).toBe(307);
            expect(response.headers.location, where).toBe(`/${locale}/${document}/versions/${expected.date}`);
          } else if (original) {
            // Before a translation existed: the page that says which English version applied.
            expect(response.status, where).toBe(200);
            expect(response.body, where).toContain(`href="/en/${document}/versions/${original.date}"`);
          } else {
            expect(response.status, where).toBe(404);
          }
          checked++;
        }
      }
    }
  }
  expect(checked).toBeGreaterThanOrEqual(6);
}
