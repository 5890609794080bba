// Next.js's own file-system cache of prerendered pages, served without Next.js's scripts and with
// each page's Content-Security-Policy added to the headers `next start` sends with it. Pages prerendered by `next build` are written
// straight to disk (never through `set`), so `get` adds the policy to those; pages regenerated while
// the server runs (revalidate) pass through `set`, which computes the policy from the new HTML
// before the response is sent and stored. See "Content-Security-Policy" in README.md.
import fileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache.js';
import {CSP_HEADER, pagePolicy, staticPolicy, withoutScripts} from './csp.mjs';

const FileSystemCache = fileSystemCache.default ?? fileSystemCache;

// The file-system cache hands out a fresh copy of a prerendered page on every read, so the served
// form of each HTML is kept here: parsing a page per request would halve the server's rate.
const served = new Map();
const SERVED_MAX = 2000;

function serve(html) {
  let page = served.get(html);
  if (!page) {
    const stripped = withoutScripts(html);
    page = {html: stripped, policy: pagePolicy(stripped)};
    if (served.size >= SERVED_MAX) served.delete(served.keys().next().value);
    served.set(html, page);
  }
  return page;
}

function withPolicy(value, recompute) {
  if (value?.kind === 'APP_PAGE' && value.html != null) {
    value.headers ??= {};
    if (recompute || !value.headers[CSP_HEADER]) {
      const page = serve(String(value.html));
      value.html = page.html;
      value.headers[CSP_HEADER] = page.policy;
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
