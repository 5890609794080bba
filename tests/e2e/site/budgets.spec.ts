import fs from 'node:fs';
import {expect, test} from '@playwright/test';
import type {Row} from '../../../bench/report';
import {weighPage} from '../../../bench/weight';

const KiB = 1024;
// The floor page's JavaScript, as `npm run bench` measured it with the same weighing code.
const bench = JSON.parse(fs.readFileSync('bench/results/latest.json', 'utf8'));
const floorJs: number | undefined = bench.rows?.find((row: Row) => row.id === 'floor')?.weight?.js.gzip;
const installed = (pkg: string) => JSON.parse(fs.readFileSync(`node_modules/${pkg}/package.json`, 'utf8')).version;

test('the floor figure belongs to the installed Next.js and React (else run npm run bench)', () => {
  expect({next: bench.versions.next, react: bench.versions.react}).toEqual({next: installed('next'), react: installed('react')});
  expect(floorJs, 'the floor row of bench/results/latest.json').toBeGreaterThan(10 * KiB);
});

for (const path of ['/en/privacy', '/zh/privacy']) {
  test(`${path} stays within its weight budget`, async ({page}) => {
    expect(floorJs, 'the floor row of bench/results/latest.json').toBeDefined();
    const weight = await weighPage(page, path);
    expect(weight.js.gzip, 'client JS (gzip)').toBeLessThanOrEqual(floorJs! + 5 * KiB);
    expect(weight.css.gzip, 'CSS (gzip)').toBeLessThanOrEqual(8 * KiB);
    expect(weight.css.count).toBeGreaterThan(0);
    if (path === '/en/privacy') expect(weight.html.gzip, 'HTML (gzip)').toBeLessThanOrEqual(12 * KiB);
    // Fonts are the system's; an image may be fetched only if the page shows it.
    const shown = await page.locator('img').evaluateAll((images) => images.map((img) => (img as HTMLImageElement).currentSrc));
    expect(weight.other.filter((asset) => asset.type !== 'image' || !shown.includes(asset.url))).toEqual([]);
  });
}

test('locale-prefixed pages bypass the proxy; unprefixed paths pass through it', async ({request}) => {
  // The proxy marks every answer it gives as private and varying by language.
  const negotiated = await request.get('/privacy', {headers: {'Accept-Language': 'zh-CN'}, maxRedirects: 0});
  expect(negotiated.status()).toBe(307);
  expect(negotiated.headers()['vary']).toContain('Accept-Language');
  expect(negotiated.headers()['cache-control']).toBe('private, no-store');
  for (const path of ['/en/privacy', '/zh/privacy', '/en']) {
    const page = await request.get(path, {headers: {'Accept-Language': 'zh-CN'}});
    expect(page.status()).toBe(200);
    expect(page.headers()['vary'] ?? '').not.toContain('Accept-Language');
    expect(page.headers()['cache-control']).not.toContain('private');
  }
});

test('the PDFs stay within their budgets: English 150 KiB, Chinese (with its embedded font) 1 MiB', async ({request}) => {
  const budgets = {'/en/privacy/versions/2026-04-02.pdf': 150 * KiB, '/zh/privacy/versions/2026-11-30.pdf': 1024 * KiB};
  for (const [path, budget] of Object.entries(budgets)) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect((await response.body()).length, path).toBeLessThanOrEqual(budget);
  }
});
