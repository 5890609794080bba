import {describe, expect, it} from 'vitest';
import {parsePath, paths} from '@/lib/routes';

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
