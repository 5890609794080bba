import {expect, test} from '@playwright/test';
import {startNginx, type Nginx} from '../nginx';
import {rawGet, rawRequest} from '../raw';
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

test('behind a shared cache, /.well-known/privacy-policy sends each visitor to their own language', async () => {
  for (let round = 0; round < 3; round++) {
    for (const [locale, acceptLanguage] of Object.entries(languages)) {
      const redirect = await rawGet(cacheURL, '/.well-known/privacy-policy', {'accept-language': acceptLanguage});
      expect(redirect.status, `${locale} round ${round}`).toBe(307);
      expect(redirect.headers.location, `${locale} round ${round}`).toBe(`/${locale}/privacy`);
      expect(redirect.headers['x-cache-status']).not.toBe('HIT');
      expectSecurityHeaders(redirect.headerList, '/.well-known/privacy-policy via cache');
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

test('RSC requests leave no redirect in the cache: every visitor still gets the page', async () => {
  // The three requests that, with a redirect the cache kept, put every visitor in a loop.
  for (const path of ['/en/privacy', '/zh/privacy', '/en/privacy/feed.xml', '/sitemap.xml', '/robots.txt']) {
    const first = await rawGet(cacheURL, path, {rsc: '1'});
    const second = await rawGet(cacheURL, `${path}?_rsc`, {rsc: '1', 'next-router-prefetch': '1'});
    for (const [name, response] of [['RSC', first], ['RSC + prefetch', second]] as const) {
      expect(response.status, `${name} ${path}`).toBe(400);
      expect(response.headers.location, `${name} ${path}`).toBeUndefined();
      expect(response.headers['cache-control'], `${name} ${path}`).toBe('private, no-store');
    }
    for (const address of [path, `${path}?_rsc`]) {
      for (let visit = 0; visit < 2; visit++) {
        const plain = await rawGet(cacheURL, address);
        expect(plain.status, `${address} visit ${visit}`).toBe(200);
        expect(plain.headers.location, address).toBeUndefined();
      }
    }
  }
});

test('nginx answers any method but GET and HEAD itself, with the security headers', async () => {
  for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE']) {
    const response = await rawRequest(cacheURL, '/en/privacy', method);
    expect(response.status, method).toBe(405);
    expect(response.headers.allow, method).toBe('GET, HEAD');
    expectSecurityHeaders(response.headerList, `${method} via nginx`);
  }
});

test('a 404 is never stored: an address asked for before its version exists is not remembered', async () => {
  for (let visit = 0; visit < 2; visit++) {
    const response = await rawGet(cacheURL, '/en/privacy/versions/2030-01-01');
    expect(response.status).toBe(404);
    expect(response.headers['x-cache-status']).not.toBe('HIT');
    const comparison = await rawGet(cacheURL, '/en/privacy/compare/2026-04-02...2030-01-01');
    expect(comparison.status).toBe(404);
    expect(comparison.headers['x-cache-status']).not.toBe('HIT');
  }
});

test('pages reach a visitor compressed when the browser asks', async () => {
  const response = await rawGet(cacheURL, '/en/privacy', {'accept-encoding': 'gzip'});
  expect(response.status).toBe(200);
  expect(response.headers['content-encoding']).toBe('gzip');
});
