import {expect, test} from '@playwright/test';
import {startNginx, type Nginx} from '../nginx';
import {rawGet} from '../raw';
import {expectSecurityHeaders} from '../security';

const languages = {zh: 'zh-CN,zh;q=0.9,en;q=0.5', en: 'en-US,en;q=0.9'} as const;

test.describe.configure({mode: 'serial'});

let nginx: Nginx;
let cacheURL: string;

test.beforeAll(async ({baseURL}) => {
  const sitePort = Number(new URL(baseURL!).port);
  const port = Number(process.env.E2E_NGINX_PORT || sitePort + 2);
  nginx = await startNginx(port, baseURL!);
  cacheURL = `http://127.0.0.1:${port}`;
});

test.afterAll(async () => {
  await nginx?.stop();
});

test('negotiating addresses vary by language and are never stored for others', async ({baseURL}) => {
  const zh = await rawGet(baseURL!, '/privacy', {'accept-language': languages.zh});
  expect(zh.status).toBe(307);
  expect(zh.headers.location).toBe('/zh/privacy');
  expect(zh.headers.vary).toMatch(/Accept-Language/i);
  expect(zh.headers['cache-control']).toBe('private, no-store');
  const page = await rawGet(baseURL!, '/en/privacy', {'accept-language': languages.zh});
  expect(page.status).toBe(200);
  expect(page.headers.vary ?? '').not.toMatch(/accept-language|cookie/i);
  expect(page.headers['cache-control']).toMatch(/s-maxage=\d+/);
});

test('behind a shared cache, visitors alternating zh and en each land on their own language', async () => {
  for (let round = 0; round < 3; round++) {
    for (const [locale, acceptLanguage] of Object.entries(languages)) {
      const redirect = await rawGet(cacheURL, '/privacy', {'accept-language': acceptLanguage});
      expect(redirect.status, `${locale} round ${round}`).toBe(307);
      expect(redirect.headers.location, `${locale} round ${round}`).toBe(`/${locale}/privacy`);
      expect(redirect.headers['x-cache-status']).not.toBe('HIT');
      expectSecurityHeaders(redirect.headerList, '/privacy via cache');
      const page = await rawGet(cacheURL, redirect.headers.location!, {'accept-language': acceptLanguage});
      expect(page.status).toBe(200);
      expect(page.body).toContain(locale === 'zh' ? '<html lang="zh-CN"' : '<html lang="en"');
    }
  }
});

test('prerendered pages are served from the shared cache with their headers intact', async () => {
  for (const path of ['/en/privacy', '/zh/privacy', '/en']) {
    await rawGet(cacheURL, path);
    const cached = await rawGet(cacheURL, path);
    expect(cached.status, path).toBe(200);
    expect(cached.headers['x-cache-status'], path).toBe('HIT');
    expectSecurityHeaders(cached.headerList, `${path} via cache`);
  }
});
