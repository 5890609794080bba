// The addresses machines ask for by name, a version's files, and what the site itself answers (which no old address may take).
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

describe('a version’s files', () => {
  it('are its address with .md (the source) and .pdf (the copy to keep)', () => {
    expect(paths.source('en', 'privacy', '2026-04-02')).toBe('/en/privacy/versions/2026-04-02.md');
    expect(paths.pdf('zh', 'privacy', '2026-11-30')).toBe('/zh/privacy/versions/2026-11-30.pdf');
    expect(parsePath('/en/privacy/versions/2026-04-02.md')).toEqual({page: 'source', locale: 'en', document: 'privacy', date: '2026-04-02'});
    expect(parsePath('/zh/privacy/versions/2026-11-30.pdf')).toEqual({page: 'pdf', locale: 'zh', document: 'privacy', date: '2026-11-30'});
  });

  it.each(['/privacy/versions/2026-04-02.pdf', '/en/privacy/versions/2026-02-30.pdf', '/en/privacy/versions/2026-04-02.PDF', '/en/privacy/versions/2026-04-02.pdf.md', '/en/privacy/_pdf/2026-04-02'])(
    'are no address of the site as %s',
    (url) => {
      expect(parsePath(url)).toBeNull();
    }
  );
});
