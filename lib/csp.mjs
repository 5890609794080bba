// Content-Security-Policy of every response, and the scripts a page is served without. The pages are
// static text with no client component: Next.js's runtime and the page's RSC payload (inline
// scripts, about half of the HTML) only hydrate what is already there, and cost a phone ~130 KiB of
// JavaScript to parse. So pages are served without them and their policy lets no script run; should
// a page ever keep an inline script, it is allowed by its sha256 hash (a nonce would make every page
// dynamic). Plain JavaScript: the cache handler loads it outside the bundle.
import {createHash} from 'node:crypto';
import {parse} from 'parse5';

export const CSP_HEADER = 'content-security-policy';

const lockdown = ["base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'", "object-src 'none'"];

/** For responses that are not HTML pages: feeds, sitemap, robots, redirects. Nothing may run. */
export const staticPolicy = ["default-src 'none'", ...lockdown].join('; ');

// Data blocks (JSON-LD) are never executed, so they need no hash and are kept.
const isDataBlock = (type) => type !== undefined && !/^(|text\/javascript|module)$/i.test(type.trim());

/** Next.js's scripts: external ones, the inline payload, and the preloads of script files. */
export function withoutScripts(html) {
  return html
    .replace(/<script\b([^>]*)>[\s\S]*?<\/script>/gi, (tag, attrs) =>
      isDataBlock(/\btype="([^"]*)"/i.exec(attrs)?.[1]) ? tag : ''
    )
    .replace(/<link\b[^>]*\b(?:as="script"|rel="modulepreload")[^>]*>/gi, '');
}

/** The text of every inline `<script>` (no `src`) that runs, exactly as the browser hashes it. */
export function inlineScripts(html) {
  const scripts = [];
  const walk = (node) => {
    const attr = (name) => node.attrs?.find((a) => a.name === name)?.value;
    if (node.nodeName === 'script' && attr('src') === undefined && !isDataBlock(attr('type'))) {
      scripts.push(node.childNodes.map((child) => child.value ?? '').join(''));
    }
    for (const child of node.childNodes ?? []) walk(child);
    if (node.content) walk(node.content);
  };
  walk(parse(html));
  return scripts;
}

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The policy of one page: only the site's own files and this page's inline scripts. */
export function pagePolicy(html) {
  const hashes = [...new Set(inlineScripts(html).map(sha256))];
  return [
    "default-src 'none'",
    hashes.length > 0 ? ["script-src 'self'", ...hashes].join(' ') : "script-src 'none'",
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    ...lockdown
  ].join('; ');
}
