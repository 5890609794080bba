import http from 'node:http';
import type {AddressInfo} from 'node:net';
import {expect, test} from '@playwright/test';
import {freePort, startNginx, type Nginx} from '../nginx';
import {rawBytes, rawGet, rawRequest} from '../raw';
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

// The language redirect of a document and the well-known address of the privacy policy (RFC 6903 §4).
for (const address of ['/privacy', '/.well-known/privacy-policy']) {
  test(`behind a shared cache, visitors alternating zh and en at ${address} each land on their own language`, async () => {
    for (let round = 0; round < 3; round++) {
      for (const [locale, acceptLanguage] of Object.entries(languages)) {
        const redirect = await rawGet(cacheURL, address, {'accept-language': acceptLanguage});
        expect(redirect.status, `${locale} round ${round}`).toBe(307);
        expect(redirect.headers.location, `${locale} round ${round}`).toBe(`/${locale}/privacy`);
        expect(redirect.headers['x-cache-status']).not.toBe('HIT');
        expectSecurityHeaders(redirect.headerList, `${address} via cache`);
        const page = await rawGet(cacheURL, redirect.headers.location!, {'accept-language': acceptLanguage});
        expect(page.status).toBe(200);
        expect(page.body).toContain(locale === 'zh' ? '<html lang="zh-CN"' : '<html lang="en"');
      }
    }
  });
}

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

test.describe('no error is ever kept by the shared cache', () => {
  // Each request is sent with a Host of its own, so that it meets an address nobody has cached yet.
  const get = (host: string, target: string | Buffer, headers = '') =>
    Buffer.concat([Buffer.from('GET '), Buffer.from(target), Buffer.from(` HTTP/1.1\r\nHost: ${host}\r\n${headers}Connection: close\r\n\r\n`, 'latin1')]);
  const long = 'x'.repeat(7000);
  const cases: [string, string, string | Buffer, string, number][] = [
    ['a control character in a header', '/zh/privacy', '/zh/privacy', 'X-A: a\x01b\r\n', 400],
    ['DEL in a header', '/en/privacy/feed.xml', '/en/privacy/feed.xml', 'X-A: a\x7fb\r\n', 400],
    ['three headers of 7,000 bytes', '/en/privacy/versions/2026-04-02', '/en/privacy/versions/2026-04-02', `X-A: ${long}\r\nX-B: ${long}\r\nX-C: ${long}\r\n`, 431],
    ['a raw non-ASCII query', '/en/privacy?q=%C3%A9', Buffer.concat([Buffer.from('/en/privacy?q='), Buffer.from('é', 'utf8')]), '', 400]
  ];

  cases.forEach(([name, clean, target, headers, status], i) => {
    test(`${name}: refused, and the next visitor of the address gets the page`, async () => {
      const host = `case-${i}.infermesh.io`;
      const refused = await rawBytes(cacheURL, get(host, target, headers));
      expect(refused.status).toBe(status);
      expect(refused.headers['cache-control']).toBe('private, no-store');
      expectSecurityHeaders(refused.headerList, `${name} via nginx`);
      for (let visit = 0; visit < 2; visit++) {
        const page = await rawBytes(cacheURL, get(host, clean));
        expect(page.status, `visit ${visit}`).toBe(200);
        expect(page.body, `visit ${visit}`).toMatch(/<html lang=|<feed/);
      }
    });
  });

  test('a target that is not a path is refused, never redirected off the site', async () => {
    // nginx answers `*` itself: with the origin's security headers, never stored.
    const star = await rawBytes(cacheURL, get('case-star.infermesh.io', '*'));
    expect(star.status).toBe(400);
    expect(star.headers['cache-control']).toBe('private, no-store');
    expectSecurityHeaders(star.headerList, '* via nginx');
    // nginx reads an absolute URL's host as the Host: the origin sees the path alone.
    const absolute = await rawBytes(cacheURL, get('case-abs.infermesh.io', 'http://evil.example/en/privacy/'));
    expect([301, 308, 400]).toContain(absolute.status);
    expect(absolute.headers.location ?? '/').toMatch(/^\/(?!\/)/);
  });

  test('the day form is stored only in its own form; a query on a page is answered but not stored', async () => {
    const host = 'case-query.infermesh.io';
    const twice = async (target: string) => [await rawBytes(cacheURL, get(host, target)), await rawBytes(cacheURL, get(host, target))];
    const [, own] = await twice('/en/privacy/on?date=2026-05-01');
    expect(own.status).toBe(307);
    expect(own.headers['x-cache-status']).toBe('HIT');
    for (const target of ['/en/privacy/on?date=2026-05-01&utm_source=mail', '/en/privacy/on?date=2026-05-01&date=2026-05-01', '/en/privacy/on/2026-05-01?x=1']) {
      const [first, second] = await twice(target);
      expect(first.status, target).toBe(307);
      expect(first.headers.location, target).toBe('/en/privacy/versions/2026-04-02');
      expect(first.headers['cache-control'], target).toBe('private, no-store');
      expect(second.headers['x-cache-status'], target).not.toBe('HIT');
    }
    for (const target of ['/en/privacy/on?date=', '/en/privacy/on?date=2026-05-01&date=2026-06-01', '/en/privacy/on?date=2026-02-30']) {
      const [first, second] = await twice(target);
      expect(first.status, target).toBe(400);
      expect(first.headers['cache-control'], target).toBe('private, no-store');
      expect(first.body, target).toContain('Which version applied on a given day?');
      expect(second.headers['x-cache-status'], target).not.toBe('HIT');
    }
    for (const target of ['/en/privacy?utm_source=mail', '/zh/privacy?a=1&b=2']) {
      const [first, second] = await twice(target);
      expect(first.status, target).toBe(200);
      expect(second.status, target).toBe(200);
      expect(second.headers['x-cache-status'], target).not.toBe('HIT');
    }
  });
});

test('nginx stores only what the origin marks to share, and only the statuses of real answers', async () => {
  // An origin that marks what nginx must not store as if it might: an error with s-maxage, a page without any Cache-Control.
  const answers: Record<string, [number, string | null]> = {
    '/error': [400, 's-maxage=3600'],
    '/gone': [404, 'public, max-age=600'],
    '/unmarked': [200, null],
    '/marked': [200, 's-maxage=3600']
  };
  const origin = http.createServer((request, response) => {
    const [status, cacheControl] = answers[request.url ?? ''] ?? [404, null];
    response.writeHead(status, cacheControl ? {'cache-control': cacheControl} : {});
    response.end('x');
  });
  await new Promise<void>((resolve) => origin.listen(0, '127.0.0.1', resolve));
  const proxy = await startNginx(await freePort(), `http://127.0.0.1:${(origin.address() as AddressInfo).port}`);
  try {
    const via = (path: string) => rawGet(`http://127.0.0.1:${proxy.port}`, path);
    for (const path of ['/error', '/unmarked', '/gone']) {
      await via(path);
      expect((await via(path)).headers['x-cache-status'], path).not.toBe('HIT');
    }
    await via('/marked');
    expect((await via('/marked')).headers['x-cache-status']).toBe('HIT');
  } finally {
    await proxy.stop();
    origin.close();
  }
});
