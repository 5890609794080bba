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
    expect(config.matcher).toHaveLength(1);
    expect(config.matcher[0]).toContain(`(?:${routing.locales.join('|')})`);
  });

  it.each(['/privacy', '/', '/terms', '/english', '/zhx/privacy', '/privacy/versions'])('negotiates %s', (url) => {
    expect(runsProxy({config, url})).toBe(true);
  });

  it.each([
    ...routing.locales.flatMap((locale) => [`/${locale}`, `/${locale}/privacy`, `/${locale}/privacy/versions`]),
    '/en/privacy/versions/2026-04-02',
    '/en/privacy/feed.xml',
    '/en/no-such-page',
    '/_next/static/chunks/main.js'
  ])('lets the clean address %s bypass it', (url) => {
    expect(runsProxy({config, url})).toBe(false);
  });

  // Comparisons render on demand, so their range is checked here; any address that is not written
  // exactly as the site writes it (case, percent-encoding) is refused here before it can render.
  it.each([
    '/zh/privacy/compare/2026-01-10...2026-03-17',
    '/en/privacy/compare/x...y',
    '/EN/privacy/compare/x-1',
    '/%65n/privacy/compare/2026-01-10...2026-04-02',
    '/xx/privacy/compare/a',
    '/en/PRIVACY',
    '/Zh/privacy',
    '/_next/image',
    '/sitemap.xml',
    '/robots.txt'
  ])('checks %s', (url) => {
    expect(runsProxy({config, url})).toBe(true);
  });
});
