import fs from 'node:fs';
import {expect, test} from '@playwright/test';
import {rawBytes, rawGet, rawRequest} from '../raw';
import {expectSecurityHeaders} from '../security';

// Addresses an attacker or a scanner tries. Each must get a 4xx straight away: no 5xx, no redirect
// to follow, no file's contents, no markup of the request echoed back.
const hostile = [
  '/../package.json',
  '/../../etc/passwd',
  '/%2e%2e/etc/passwd',
  '/%2E%2E/%2E%2E/etc/passwd',
  '/en/%2e%2e/%2e%2e/package.json',
  '/en/..%2f..%2fpackage.json',
  '/en/privacy/..%5c..%5cpackage.json',
  '/_next/static/../../package.json',
  '/_next/%2e%2e/%2e%2e/.env',
  '/%00',
  '/en/privacy%00',
  '/en/privacy%00.html',
  '/en/%E0%A4%A',
  '/%',
  '/en/privacy%zz',
  '/en/privacy/%c0%ae%c0%ae',
  `/en/${'a'.repeat(4000)}`,
  `/${'privacy/'.repeat(600)}x`,
  '/fr/privacy',
  '/de/privacy',
  '/en/terms',
  '/en/privacy/versions/1999-01-01',
  '/en/privacy/versions/2026-02-30',
  '/en/privacy/compare/x...y',
  '/en/privacy/compare/2026-04-02...',
  '/en/privacy/compare/..../etc/passwd',
  '/package.json',
  '/package-lock.json',
  '/.env',
  '/.git/config',
  '/content/privacy/en/2026-04-02.md',
  '/next.config.ts',
  '/proxy.ts',
  '/node_modules/next/package.json',
  '/en/<script>alert(1)</script>',
  '/%3Cscript%3Ealert(1)%3C/script%3E',
  '/en/privacy/%22%3E%3Csvg%20onload=alert(1)%3E',
  "/en/'onmouseover='alert(1)"
];

const leaks = [/"name":\s*"infermesh-legal"/, /root:x:0:0/, /^---\ntitle:/m, /import type/, /\[core\]/, /<script>alert/i, /<svg/i, /onmouseover=/i];

test(`${hostile.length} hostile addresses get a 4xx and leak nothing; the site still serves`, async ({baseURL}) => {
  expect(hostile.length).toBeGreaterThanOrEqual(25);
  for (const path of hostile) {
    const response = await rawGet(baseURL!, path);
    expect(response.status, path).toBeGreaterThanOrEqual(400);
    expect(response.status, path).toBeLessThan(500);
    for (const leak of leaks) expect(response.body, path).not.toMatch(leak);
    expectSecurityHeaders(response.headerList, path);
  }
  const after = await rawGet(baseURL!, '/en/privacy');
  expect(after.status).toBe(200);
  expect(after.body).toContain('<h1 id="document-title">Privacy Policy</h1>');
});

const staticFile = () => {
  const chunks = fs.readdirSync('.next-e2e/static/chunks').filter((name) => name.endsWith('.js'));
  return `/_next/static/chunks/${chunks[0]}`;
};

test('any method but GET and HEAD gets 405 with the security headers, on every kind of address', async ({baseURL}) => {
  const paths = ['/', '/privacy', '/en', '/en/privacy', '/zh/privacy/versions', '/en/privacy/feed.xml', '/sitemap.xml', '/en/privacy%', '/package.json', staticFile()];
  for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE']) {
    for (const path of paths) {
      const response = await rawRequest(baseURL!, path, method);
      expect(response.status, `${method} ${path}`).toBe(405);
      expect(response.headers.allow, `${method} ${path}`).toBe('GET, HEAD');
      expect(response.headers['cache-control'], `${method} ${path}`).toBe('private, no-store');
      expectSecurityHeaders(response.headerList, `${method} ${path}`);
    }
  }
  const head = await rawRequest(baseURL!, '/en/privacy', 'HEAD');
  expect(head.status).toBe(200);
});

test('requests of a client router get a refusal that no cache keeps, never a redirect', async ({baseURL}) => {
  for (const path of ['/en/privacy', '/zh/privacy', '/en', '/en/privacy/feed.xml', '/sitemap.xml', '/robots.txt', '/privacy']) {
    const routerHeaders: Record<string, string>[] = [{rsc: '1'}, {rsc: '1', 'next-router-prefetch': '1'}, {'next-router-state-tree': '%5B%22%22%5D'}];
    for (const headers of routerHeaders) {
      for (const address of [path, `${path}?_rsc`]) {
        const response = await rawGet(baseURL!, address, headers);
        expect(response.status, `${address} ${JSON.stringify(headers)}`).toBe(400);
        expect(response.headers.location, address).toBeUndefined();
        expect(response.headers['cache-control'], address).toBe('private, no-store');
        expectSecurityHeaders(response.headerList, address);
      }
    }
  }
});

test('a byte range past the end of a static file gets 416; a good one 206', async ({baseURL}) => {
  const file = staticFile();
  const size = fs.statSync(`.next-e2e${file.replace('/_next', '')}`).size;
  const past = await rawGet(baseURL!, file, {range: 'bytes=99999999-'});
  expect(past.status).toBe(416);
  expect(past.headers['content-range']).toBe(`bytes */${size}`);
  expectSecurityHeaders(past.headerList, 'range 416');
  const good = await rawGet(baseURL!, file, {range: 'bytes=0-9'});
  expect(good.status).toBe(206);
  expect(good.body).toHaveLength(10);
});

test('a trailing or doubled slash is redirected to the one address, with the security headers; never off the site', async ({baseURL}) => {
  for (const [path, location] of [
    ['/en/privacy/', '/en/privacy'],
    ['/en/', '/en'],
    ['/en//privacy', '/en/privacy'],
    ['/zh/privacy/versions/?x=1', '/zh/privacy/versions?x=1'],
    ['//evil.example/', '/evil.example']
  ]) {
    const response = await rawGet(baseURL!, path);
    expect(response.status, path).toBe(308);
    expect(response.headers.location, path).toBe(location);
    expectSecurityHeaders(response.headerList, path);
  }
  expect((await rawGet(baseURL!, '/\\evil.example/')).status).toBe(400);
});

test('the image optimizer is off: it fetches no page of the site', async ({baseURL}) => {
  for (const url of ['/_next/image?url=/privacy&w=64&q=75', '/_next/image?url=%2FEN%2Fprivacy%2Fcompare%2Fx-1&w=64&q=75']) {
    const response = await rawGet(baseURL!, url);
    expect(response.status, url).toBe(404);
    expectSecurityHeaders(response.headerList, url);
  }
});

// Requests Node.js cannot parse, and request targets that are not a path: the origin's own answer,
// complete, never stored, never a 500 or a redirect elsewhere.
const long = 'x'.repeat(7000);
const unreadable: [string, string | Buffer, number][] = [
  ['a control character in a header', 'GET /zh/privacy HTTP/1.1\r\nHost: infermesh.io\r\nX-A: a\x01b\r\nConnection: close\r\n\r\n', 400],
  ['DEL in a header', 'GET /en/privacy/feed.xml HTTP/1.1\r\nHost: infermesh.io\r\nX-A: a\x7fb\r\nConnection: close\r\n\r\n', 400],
  ['headers too large', `GET /en/privacy/versions/2026-04-02 HTTP/1.1\r\nHost: infermesh.io\r\nX-A: ${long}\r\nX-B: ${long}\r\nX-C: ${long}\r\nConnection: close\r\n\r\n`, 431],
  ['a raw non-ASCII query', Buffer.concat([Buffer.from('GET /en/privacy?q='), Buffer.from('é', 'utf8'), Buffer.from(' HTTP/1.1\r\nHost: infermesh.io\r\nConnection: close\r\n\r\n')]), 400],
  ['a malformed request line', 'GET /en/privacy HTTP/1.1 extra\r\nHost: infermesh.io\r\nConnection: close\r\n\r\n', 400],
  ['* as the target', 'GET * HTTP/1.1\r\nHost: infermesh.io\r\nConnection: close\r\n\r\n', 400],
  ['an absolute URL as the target', 'GET http://evil.example/en/privacy/ HTTP/1.1\r\nHost: infermesh.io\r\nConnection: close\r\n\r\n', 400],
  ['an absolute URL of the site itself', 'GET http://infermesh.io/en/privacy HTTP/1.1\r\nHost: infermesh.io\r\nConnection: close\r\n\r\n', 400]
];

test('a request the server cannot read gets a complete refusal with the security headers, never stored', async ({baseURL}) => {
  for (const [name, request, status] of unreadable) {
    const response = await rawBytes(baseURL!, request);
    expect(response.status, name).toBe(status);
    expectSecurityHeaders(response.headerList, name);
    expect(response.headers['cache-control'], name).toBe('private, no-store');
    expect(response.headers['content-type'], name).toBe('text/plain; charset=utf-8');
    expect(response.headers.location, name).toBeUndefined();
    expect(Number(response.headers['content-length']), name).toBe(Buffer.byteLength(response.body));
  }
  expect((await rawGet(baseURL!, '/en/privacy')).status).toBe(200);
});
