// Next.js's own file-system cache of prerendered pages, with one change: pages are handed out and
// stored without Next.js's scripts (see lib/http/policy.mjs). Pages prerendered by `next build` are
// written straight to disk, so `get` strips those; pages regenerated while the server runs pass
// through `set` before the first visitor receives them.
import fileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache.js';
import {withoutScripts} from './policy.mjs';

const FileSystemCache = fileSystemCache.default ?? fileSystemCache;

// The file-system cache hands out a fresh copy of a prerendered page on every read, so the served
// form of each HTML is kept here rather than computed per request.
const served = new Map();
const SERVED_MAX = 2000;

function serve(html) {
  let page = served.get(html);
  if (page === undefined) {
    page = withoutScripts(html);
    if (served.size >= SERVED_MAX) served.delete(served.keys().next().value);
    served.set(html, page);
  }
  return page;
}

function strip(value) {
  if (value?.kind === 'APP_PAGE' && value.html != null) value.html = serve(String(value.html));
}

export default class ScriptFreeCacheHandler extends FileSystemCache {
  /** @param {object} ctx Next.js's options for its file-system cache. */
  constructor(ctx) {
    super(ctx);
  }

  async get(key, ctx) {
    const entry = await super.get(key, ctx);
    strip(entry?.value);
    return entry;
  }

  async set(key, data, ctx) {
    // `data` is also the response being sent: the visitor and the stored copy get the same page.
    strip(data);
    return super.set(key, data, ctx);
  }
}
