import {expect, test} from '@playwright/test';
import {rawGet, rawRequest} from '../raw';
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
  expect(after.body).toContain('<h1>Privacy Policy</h1>');
});

test('other methods get a 4xx or the page, never a 5xx', async ({baseURL}) => {
  for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
    for (const path of ['/', '/privacy', '/en/privacy', '/en/privacy%', '/package.json']) {
      const response = await rawRequest(baseURL!, path, method);
      expect(response.status, `${method} ${path}`).toBeLessThan(500);
    }
    const refused = await rawRequest(baseURL!, '/privacy', method);
    expect(refused.status, `${method} /privacy`).toBe(405);
    expect(refused.headers.allow).toBe('GET, HEAD');
  }
  expect((await rawRequest(baseURL!, '/en/privacy', 'TRACE')).status).toBeLessThan(500);
});
