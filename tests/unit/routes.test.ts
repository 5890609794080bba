// The addresses machines ask for by name, and what the site itself answers (which no old address may take).
import {describe, expect, it} from 'vitest';
import {LINK_RELATIONS, parsePath, paths, siteAddress} from '@/lib/routes';

describe('/.well-known addresses', () => {
  it('are built and parsed in one place, one for each document machines look for by name', () => {
    expect(paths.wellKnown('privacy-policy')).toBe('/.well-known/privacy-policy');
    for (const [relation, document] of Object.entries(LINK_RELATIONS)) {
      expect(parsePath(paths.wellKnown(relation as keyof typeof LINK_RELATIONS))).toEqual({page: 'wellKnown', locale: null, document});
    }
    expect(LINK_RELATIONS).toEqual({'privacy-policy': 'privacy', 'terms-of-service': 'terms'});
  });

  it.each(['/.well-known/security.txt', '/.well-known/constructor', '/.well-known/privacy-policy/x', '/.well-known', '/.well-known/', '/en/.well-known/privacy-policy'])(
    'names no page at %s',
    (pathname) => {
      expect(parsePath(pathname)).toBeNull();
    }
  );
});

describe('what the site answers itself', () => {
  const isDocument = (name: string) => name === 'privacy';
  it.each([
    ['/', 'the home page'],
    ['/en', 'every address starting with /en is a page in that language'],
    ['/zh/anything/at/all', 'every address starting with /zh is a page in that language'],
    ['/privacy', 'the document "privacy" answers it'],
    ['/privacy/versions/2026-04-02', 'the document "privacy" answers it'],
    ['/robots.txt', 'a file of the site'],
    ['/_next/static/x.js', 'every address starting with /_next belongs to the site'],
    ['/.well-known/anything', 'every address starting with /.well-known belongs to the site']
  ])('%s: %s', (pathname, what) => {
    expect(siteAddress(pathname, isDocument)).toBe(what);
  });

  it.each(['/privacy-policy', '/legal/privacy', '/terms', '/privacy.html', '/english'])('%s is free', (pathname) => {
    expect(siteAddress(pathname, isDocument)).toBeNull();
  });
});
