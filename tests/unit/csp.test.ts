import {createHash} from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {nodeFs} from 'next/dist/server/lib/node-fs-methods.js';
import {describe, expect, it} from 'vitest';
import CspCacheHandler from '@/lib/cache-handler.mjs';
import {inlineScripts, pagePolicy, staticPolicy, withoutScripts} from '@/lib/csp.mjs';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (script: string) =>
  `<!DOCTYPE html><html><head><script src="/_next/static/a.js" async=""></script></head><body><h1>x</h1>` +
  `<script>${script}</script><template><script>in a template</script></template><script type="application/ld+json">{"a":1}</script></body></html>`;

describe('pagePolicy', () => {
  it('allows exactly the inline scripts that run, by hash, and nothing inline else', () => {
    const html = page('self.__next_f.push([1,"a<\\/script>&amp;"])');
    expect(inlineScripts(html)).toEqual(['self.__next_f.push([1,"a<\\/script>&amp;"])', 'in a template']);
    const policy = pagePolicy(html);
    expect(policy).toContain(`script-src 'self' ${hash('self.__next_f.push([1,"a<\\/script>&amp;"])')} ${hash('in a template')}`);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    for (const directive of ["default-src 'none'", "object-src 'none'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'"]) {
      expect(policy).toContain(directive);
      expect(staticPolicy).toContain(directive);
    }
    expect(staticPolicy).not.toContain('script-src');
  });
});

describe('withoutScripts', () => {
  it('removes Next.js scripts and script preloads, keeps JSON-LD, and leaves a policy that runs nothing', () => {
    const html =
      '<html><head><link rel="preload" as="script" fetchPriority="low" href="/_next/a.js"/><script src="/_next/b.js" async=""></script>' +
      '<title>T</title></head><body><p>Text</p><script>self.__next_f.push([1,"x"])</script>' +
      '<script type="application/ld+json">{"a":1}</script><script id="_R_">(globalThis.T=[])</script></body></html>';
    const stripped = withoutScripts(html);
    expect(stripped).toBe('<html><head><title>T</title></head><body><p>Text</p><script type="application/ld+json">{"a":1}</script></body></html>');
    expect(inlineScripts(stripped)).toEqual([]);
    expect(pagePolicy(stripped)).toContain("script-src 'none'");
  });
});

describe('the cache handler', () => {
  function handler() {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'legal-dist-'));
    fs.mkdirSync(path.join(dist, 'app'), {recursive: true});
    return {dist, cache: new CspCacheHandler({fs: nodeFs, serverDistDir: dist, flushToDisk: true, revalidatedTags: []})};
  }

  it('adds the policy to a page prerendered by the build when it is read', async () => {
    const {dist, cache} = handler();
    const html = page('built()');
    fs.writeFileSync(path.join(dist, 'app/built.html'), html);
    fs.writeFileSync(path.join(dist, 'app/built.rsc'), '');
    fs.writeFileSync(path.join(dist, 'app/built.meta'), JSON.stringify({headers: {'x-nextjs-prerender': '1'}, status: 200}));
    const entry = await cache.get('/built', {kind: 'APP_PAGE', isFallback: false});
    const served = String((entry?.value as {html?: unknown})?.html);
    expect(served).not.toContain('built()');
    expect(served).not.toContain('/_next/static/a.js');
    expect(entry?.value?.headers?.['content-security-policy']).toBe(pagePolicy(withoutScripts(html)));
    expect(entry?.value?.headers?.['content-security-policy']).toContain("script-src 'none'");
  });

  it('gives a regenerated page the policy of its new HTML, sent and stored', async () => {
    const {dist, cache} = handler();
    const stale = {kind: 'APP_PAGE', html: page('old()'), rscData: Buffer.from(''), headers: {} as Record<string, string>, status: 200};
    await cache.set('/page', stale, {cacheControl: {revalidate: 60, expire: undefined}});
    const fresh = {...stale, html: page('new()'), headers: {'content-security-policy': pagePolicy(page('old()'))}};
    await cache.set('/page', fresh, {cacheControl: {revalidate: 60, expire: undefined}});
    // The same object is what the visitor receives, so the page and header are right on the first response.
    expect(fresh.html).not.toContain('new()');
    expect(fresh.headers['content-security-policy']).toBe(pagePolicy(withoutScripts(page('new()'))));
    const meta = JSON.parse(fs.readFileSync(path.join(dist, 'app/page.meta'), 'utf8'));
    expect(meta.headers['content-security-policy']).toContain("script-src 'none'");
    expect(fs.readFileSync(path.join(dist, 'app/page.html'), 'utf8')).not.toContain('<script>');
  });

  it('gives route handlers (feeds, sitemap) a policy that lets nothing run', async () => {
    const {cache} = handler();
    const feed = {kind: 'APP_ROUTE', body: Buffer.from('<feed/>'), headers: {'content-type': 'application/atom+xml'}, status: 200};
    await cache.set('/en/privacy/feed.xml', feed, {cacheControl: {revalidate: 60, expire: undefined}});
    expect(feed.headers).toMatchObject({'content-security-policy': staticPolicy});
  });
});
