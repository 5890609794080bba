import {expect, test} from '@playwright/test';
import {expectSecurityHeaders, watchViolations} from '../security';

// One address of every kind of page and response the site serves.
const pages = [
  '/en',
  '/zh',
  '/en/privacy',
  '/zh/privacy',
  '/en/privacy/versions',
  '/zh/privacy/versions/2026-11-30',
  '/en/no-such-page',
  '/zh/privacy/no/such/page'
];
const responses = [...pages, '/', '/privacy', '/package.json', '/en/%3Cb%3E', '/sitemap.xml', '/robots.txt', '/en/privacy/feed.xml'];


test('every response carries the security headers, and none sets a cookie', async ({request}) => {
  for (const url of responses) {
    const response = await request.get(url, {maxRedirects: 0});
    expect(response.status(), url).toBeLessThan(500);
    expectSecurityHeaders(response.headersArray(), url);
  }
});

test.describe('scripts', () => {
  test.use({javaScriptEnabled: false});

  test('pages are served without scripts, and their policy lets none run', async ({page}) => {
    for (const url of pages) {
      const response = await page.goto(url);
      const csp = (await response!.allHeaders())['content-security-policy'];
      // Scripts as the browser parsed them; JSON-LD data blocks are data, never run.
      const scripts = await page.evaluate(() =>
        [...document.scripts].filter((s) => s.type !== 'application/ld+json').map((s) => s.src || s.text)
      );
      expect(scripts, url).toEqual([]);
      expect(csp, url).toContain("script-src 'none'");
    }
  });
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({javaScriptEnabled});

    test('no page breaks its policy, stores a cookie or contacts another origin', async ({page, context, baseURL}) => {
      const violations = watchViolations(page);
      const foreign: string[] = [];
      page.on('request', (request) => {
        if (new URL(request.url()).origin !== new URL(baseURL!).origin) foreign.push(request.url());
      });
      for (const url of pages) {
        await page.goto(url);
        await expect(page.getByRole('heading', {level: 1})).toBeVisible();
      }
      await page.goto('/en/privacy');
      await page.getByRole('navigation', {name: 'Language'}).getByRole('link', {name: '中文'}).click();
      await expect(page.getByRole('heading', {level: 1})).toHaveText('隐私政策');
      expect(violations).toEqual([]);
      expect(foreign).toEqual([]);
      expect(await context.cookies()).toEqual([]);
      expect(await page.evaluate(() => document.cookie)).toBe('');
    });
  });
}

test('a page that breaks the policy is caught', async ({page}) => {
  // Guards the guard: the watcher must see a violation when one happens.
  const violations = watchViolations(page);
  await page.goto('/en/privacy');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.body.append(script);
  });
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => (window as unknown as {injected?: boolean}).injected)).toBeUndefined();
});
