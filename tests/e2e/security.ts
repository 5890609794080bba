// Shared checks of the response headers every address must carry.
import {expect, type Page} from '@playwright/test';

export function expectSecurityHeaders(headerList: {name: string; value: string}[], url: string) {
  const headers = Object.fromEntries(headerList.map(({name, value}) => [name.toLowerCase(), value]));
  // One policy only: a second header would be enforced on top of the first.
  expect(headerList.filter(({name}) => name.toLowerCase() === 'content-security-policy'), url).toHaveLength(1);
  expect(headers['strict-transport-security'], url).toBe('max-age=63072000; includeSubDomains');
  expect(headers['x-content-type-options'], url).toBe('nosniff');
  expect(headers['referrer-policy'], url).toMatch(/^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/);
  expect(headers['permissions-policy'], url).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
  expect(headers['cross-origin-opener-policy'], url).toBe('same-origin');
  expect(headers['cross-origin-resource-policy'], url).toBe('same-origin');
  expect(headers['x-powered-by'], url).toBeUndefined();
  expect(headers['set-cookie'], url).toBeUndefined();
  const csp = headers['content-security-policy'] ?? '';
  for (const directive of ["default-src 'none'", "script-src 'none'", "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'"]) {
    expect(csp, url).toContain(directive);
  }
  expect(csp, url).not.toMatch(/unsafe-|sha256-|nonce-/);
}

/** Collects the CSP violations a page reports on the console. */
export function watchViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}
