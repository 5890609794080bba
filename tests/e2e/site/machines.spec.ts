import {expect, test} from '@playwright/test';
import {policyLinks} from '../policy-links';
import {rawGet} from '../raw';
import {expectSecurityHeaders} from '../security';

const site = 'https://infermesh.io';

test('every page links the privacy policy in force in its own language, once, in the head', async ({request}) => {
  const pages: Record<string, string> = {
    '/en': 'en',
    '/zh': 'zh',
    '/en/privacy': 'en',
    '/zh/privacy': 'zh',
    '/en/privacy/versions': 'en',
    '/zh/privacy/versions': 'zh',
    '/en/privacy/versions/2026-04-02': 'en',
    '/zh/privacy/versions/2026-11-30': 'zh',
    '/en/privacy/on': 'en',
    '/zh/privacy/on': 'zh'
  };
  for (const [path, locale] of Object.entries(pages)) {
    const links = await policyLinks(request, path);
    expect(links.status, path).toBe(200);
    // No terms of service yet: no link to them.
    expect(links.head, path).toEqual([`privacy-policy ${site}/${locale}/privacy`]);
    expect(links.inPage, path).toBe(1);
  }
  // The 404 page speaks both languages: it links the address that negotiates the visitor's.
  for (const path of ['/en/no-such-page', '/no-such-page']) {
    const links = await policyLinks(request, path);
    expect(links.status, path).toBe(404);
    expect(links.head, path).toEqual([`privacy-policy ${site}/privacy`]);
  }
});

test('/.well-known/privacy-policy sends each visitor to the policy in their language, like /privacy', async ({baseURL}) => {
  for (const [acceptLanguage, locale] of [['zh-CN,zh;q=0.9,en;q=0.5', 'zh'], ['en-US,en;q=0.9', 'en'], ['fr', 'en']]) {
    const answer = await rawGet(baseURL!, '/.well-known/privacy-policy', {'accept-language': acceptLanguage});
    expect(answer.status, acceptLanguage).toBe(307);
    expect(answer.headers.location, acceptLanguage).toBe(`/${locale}/privacy`);
    expect(answer.headers.vary, acceptLanguage).toMatch(/Accept-Language/i);
    expect(answer.headers['cache-control'], acceptLanguage).toBe('private, no-store');
    expect(answer.headers['set-cookie'], acceptLanguage).toBeUndefined();
    expect(answer.headers.location).toBe((await rawGet(baseURL!, '/privacy', {'accept-language': acceptLanguage})).headers.location);
    expectSecurityHeaders(answer.headerList, '/.well-known/privacy-policy');
  }
});

test('without terms of service, /.well-known/terms-of-service and other /.well-known addresses are 404, never stored', async ({baseURL}) => {
  for (const path of ['/.well-known/terms-of-service', '/.well-known/security.txt', '/.well-known/privacy-policy/en']) {
    const answer = await rawGet(baseURL!, path);
    expect(answer.status, path).toBe(404);
    expect(answer.headers['cache-control'], path).toMatch(/no-store/);
  }
});
