import fs from 'node:fs';
import path from 'node:path';
import {nodeFs} from 'next/dist/server/lib/node-fs-methods.js';
import {describe, expect, it} from 'vitest';
import ScriptFreeCacheHandler from '@/lib/http/cache-handler.mjs';
import {contentSecurityPolicy, securityHeaders, withoutScripts} from '@/lib/http/policy.mjs';
import {tempDir} from '../temp';

const page = (script: string) =>
  `<!DOCTYPE html><html><head><script src="/_next/static/a.js" async=""></script></head><body><h1>x</h1>` +
  `<script>${script}</script><script type="application/ld+json">{"a":1}</script></body></html>`;

describe('the policy', () => {
  it('lets no script run and nothing load from elsewhere, on every response', () => {
    for (const directive of ["default-src 'none'", "script-src 'none'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'"]) {
      expect(contentSecurityPolicy).toContain(directive);
    }
    expect(contentSecurityPolicy).not.toMatch(/unsafe-|\*|sha256-|nonce-/);
    expect(securityHeaders.filter((h) => h.key === 'Content-Security-Policy')).toEqual([{key: 'Content-Security-Policy', value: contentSecurityPolicy}]);
  });
});

describe('withoutScripts', () => {
  it('removes Next.js scripts and script preloads, and keeps JSON-LD', () => {
    const html =
      '<html><head><link rel="preload" as="script" fetchPriority="low" href="/_next/a.js"/><script src="/_next/b.js" async=""></script>' +
      '<title>T</title></head><body><p>Text</p><script>self.__next_f.push([1,"x"])</script>' +
      '<script type="application/ld+json">{"a":1}</script><script id="_R_">(globalThis.T=[])</script></body></html>';
    expect(withoutScripts(html)).toBe('<html><head><title>T</title></head><body><p>Text</p><script type="application/ld+json">{"a":1}</script></body></html>');
  });
});

describe('the cache handler', () => {
  function handler() {
    const dist = tempDir('legal-dist-');
    fs.mkdirSync(path.join(dist, 'app'), {recursive: true});
    return {dist, cache: new ScriptFreeCacheHandler({fs: nodeFs, serverDistDir: dist, flushToDisk: true, revalidatedTags: []})};
  }

  it('hands out a page prerendered by the build without its scripts', async () => {
    const {dist, cache} = handler();
    fs.writeFileSync(path.join(dist, 'app/built.html'), page('built()'));
    fs.writeFileSync(path.join(dist, 'app/built.rsc'), '');
    fs.writeFileSync(path.join(dist, 'app/built.meta'), JSON.stringify({headers: {'x-nextjs-prerender': '1'}, status: 200}));
    const entry = await cache.get('/built', {kind: 'APP_PAGE', isFallback: false});
    const served = String((entry?.value as {html?: unknown})?.html);
    expect(served).toBe(withoutScripts(page('built()')));
    expect(served).not.toContain('built()');
    expect(served).toContain('application/ld+json');
  });

  it('sends and stores a regenerated page without its scripts', async () => {
    const {dist, cache} = handler();
    const fresh = {kind: 'APP_PAGE', html: page('new()'), rscData: Buffer.from(''), headers: {}, status: 200};
    await cache.set('/page', fresh, {cacheControl: {revalidate: 60, expire: undefined}});
    // The same object is what the visitor receives, so the first response is script-free too.
    expect(fresh.html).not.toContain('new()');
    expect(fs.readFileSync(path.join(dist, 'app/page.html'), 'utf8')).not.toContain('<script>');
  });
});
