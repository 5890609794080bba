// Content-Security-Policy of every response. Next.js writes inline scripts (the page's RSC payload)
// into each page; a nonce would make every page dynamic, so each page allows its own inline scripts
// by their sha256 hashes instead. Plain JavaScript: the cache handler loads it outside the bundle.
import {createHash} from 'node:crypto';
import {parse} from 'parse5';

export const CSP_HEADER = 'content-security-policy';

const lockdown = ["base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'", "object-src 'none'"];

/** For responses that are not HTML pages: feeds, sitemap, robots, redirects. Nothing may run. */
export const staticPolicy = ["default-src 'none'", ...lockdown].join('; ');

/** The text of every inline `<script>` (no `src`), exactly as the browser hashes it. */
export function inlineScripts(html) {
  const scripts = [];
  const walk = (node) => {
    if (node.nodeName === 'script' && !node.attrs.some((attr) => attr.name === 'src')) {
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
    ["script-src 'self'", ...hashes].join(' '),
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    ...lockdown
  ].join('; ');
}
