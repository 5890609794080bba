// Next.js's own file-system cache of prerendered pages, served without Next.js's scripts and with
// each page's Content-Security-Policy added to the headers `next start` sends with it. Pages prerendered by `next build` are written
// straight to disk (never through `set`), so `get` adds the policy to those; pages regenerated while
// the server runs (revalidate) pass through `set`, which computes the policy from the new HTML
// before the response is sent and stored. See "Content-Security-Policy" in README.md.
import fileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache.js';
import {CSP_HEADER, pagePolicy, staticPolicy, withoutScripts} from './csp.mjs';

const FileSystemCache = fileSystemCache.default ?? fileSystemCache;

function withPolicy(value, recompute) {
  if (value?.kind === 'APP_PAGE' && value.html != null) {
    value.headers ??= {};
    if (recompute || !value.headers[CSP_HEADER]) {
      value.html = withoutScripts(String(value.html));
      value.headers[CSP_HEADER] = pagePolicy(value.html);
    }
  } else if (value?.kind === 'APP_ROUTE') {
    value.headers ??= {};
    value.headers[CSP_HEADER] = staticPolicy;
  }
}

export default class CspCacheHandler extends FileSystemCache {
  async get(key, ctx) {
    const entry = await super.get(key, ctx);
    withPolicy(entry?.value, false);
    return entry;
  }

  async set(key, data, ctx) {
    // `data` is also the response being sent: the header reaches this visitor and the stored copy.
    withPolicy(data, true);
    return super.set(key, data, ctx);
  }
}
