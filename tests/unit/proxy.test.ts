import {unstable_doesMiddlewareMatch as runsProxy} from 'next/experimental/testing/server';
import {describe, expect, it, vi} from 'vitest';
import {routing} from '@/i18n/routing';
import {config} from '@/proxy';

// Only the matcher is under test; next-intl's middleware module does not load outside Next.js.
vi.mock('next-intl/middleware', () => ({default: () => () => new Response()}));

// Language negotiation costs a proxy invocation per request; only unprefixed paths need it, so every
// locale-prefixed page is served as the static file it is (the bench compares its rate to the floor).
describe('the proxy matcher', () => {
  it('names exactly the languages of routing.locales (a matcher must be a literal)', () => {
    const alternatives = `(?:${routing.locales.join('|')})`;
    expect(config.matcher[0]).toContain(alternatives);
    expect(config.matcher[1]).toContain(`:locale(${routing.locales.join('|')})`);
  });

  it.each(['/privacy', '/', '/terms', '/english', '/zhx/privacy', '/privacy/versions'])('negotiates %s', (url) => {
    expect(runsProxy({config, url})).toBe(true);
  });

  it.each([
    ...routing.locales.flatMap((locale) => [`/${locale}`, `/${locale}/privacy`, `/${locale}/privacy/versions`]),
    '/en/',
    '/en/privacy/versions/2026-04-02',
    '/en/privacy/feed.xml',
    '/en/no-such-page',
    '/_next/static/chunks/main.js'
  ])('lets %s bypass it', (url) => {
    expect(runsProxy({config, url})).toBe(false);
  });

  // These pass through without negotiation: a comparison has its range checked (it renders on
  // demand), and unprefixed files are checked for hostile characters.
  it.each(['/zh/privacy/compare/2026-01-10...2026-03-17', '/sitemap.xml', '/robots.txt'])('checks %s', (url) => {
    expect(runsProxy({config, url})).toBe(true);
  });
});
