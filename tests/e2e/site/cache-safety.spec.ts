import fs from 'node:fs';
import path from 'node:path';
import {expect, test} from '@playwright/test';
import {rawGet} from '../raw';
import {expectSecurityHeaders} from '../security';

// Every address outside the known documents, languages and versions is refused before any page
// renders: it gets the 404 page (the real one, in both languages), marked no-store, and writes
// nothing to the server's page cache.
const build = '.next-e2e'; // the site server's build (playwright.config.ts)

/** Every file of the build folder and its size. */
function diskUse(dir: string): Map<string, number> {
  const files = new Map<string, number>();
  for (const entry of fs.readdirSync(dir, {withFileTypes: true, recursive: true})) {
    if (entry.isFile()) files.set(path.join(entry.parentPath, entry.name), fs.statSync(path.join(entry.parentPath, entry.name)).size);
  }
  return files;
}

const pageOf = (file: string) => /\/route-cache\/APP_(?:PAGE|ROUTE)\/[0-9a-f]+\/\$(\/.*?)(?:\.(?:html|meta|rsc|body)|\.segments\/.*)$/.exec(file)?.[1];

/**
 * Files written or changed since `before`, but those of the site's own pages: other tests, running at
 * the same time, may have the server store a page on its first view (server/route-cache/…/$/<page>.html).
 */
function written(before: Map<string, number>): string[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(build, 'prerender-manifest.json'), 'utf8')) as {routes: Record<string, unknown>};
  const pages = Object.keys(manifest.routes).filter((page) => page !== '/_not-found');
  return [...diskUse(build)].filter(([file, size]) => before.get(file) !== size && !pages.includes(pageOf(file) ?? '')).map(([file]) => file);
}

/** Addresses shaped to slip past a case-sensitive or undecoded check of a comparison, or to make a PDF. */
function bypasses(count: number): string[] {
  const shapes = [
    (i: number) => `/EN/privacy/compare/x-${i}`,
    (i: number) => `/%65n/privacy/compare/2026-04-02...${2000 + (i % 999)}-01-01`,
    (i: number) => `/xx/privacy/compare/${i}`,
    (i: number) => `/en/privacy/compare/2026-04-02...${1000 + i}-01-01`,
    (i: number) => `/Zh/privacy/versions/${i}`,
    (i: number) => `/en/PRIVACY${i}`,
    (i: number) => `/_next/image?url=%2FEN%2Fprivacy%2Fcompare%2Fx-${i}&w=64&q=75`,
    (i: number) => `/en/privacy/compare/${i}...${i + 1}`,
    (i: number) => `/en/privacy/versions/${1000 + i}-01-01.pdf`
  ];
  return Array.from({length: count}, (_, i) => shapes[i % shapes.length](i));
}

test('1,000 addresses shaped to bypass the checks get the 404 page, no-store, and write nothing to disk', async ({baseURL}) => {
  test.setTimeout(120_000);
  const before = diskUse(build);
  const urls = bypasses(1000);
  for (let i = 0; i < urls.length; i += 20) {
    const batch = await Promise.all(urls.slice(i, i + 20).map((url) => rawGet(baseURL!, url)));
    batch.forEach((response, j) => {
      const url = urls[i + j];
      expect(response.status, url).toBe(404);
      expect(response.headers['cache-control'], url).toMatch(/no-store/);
      expect(response.body, url).toContain('<main id="main" class="not-found">');
      expect(response.body, url).toContain('<title>Page not found · 页面不存在 · Infer Mesh</title>');
    });
  }
  expectSecurityHeaders((await rawGet(baseURL!, urls[0])).headerList, urls[0]);
  expect(written(before)).toEqual([]);
});

test('an unknown comparison is refused before rendering: the 404 page, never a blank one', async ({page}) => {
  for (const url of ['/en/privacy/compare/2026-01-01...2026-04-02', '/en/privacy/compare/x...y', '/zh/privacy/compare/2026-11-30...2026-11-30']) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(404);
    expect(response?.headers()['cache-control'], url).toBe('no-store');
    await expect(page.getByRole('heading', {level: 1})).toContainText('Page not found');
    await expect(page).toHaveTitle('Page not found · 页面不存在 · Infer Mesh');
  }
});
