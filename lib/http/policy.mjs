// The response policy of the whole site, in one place: the headers every response carries and the
// scripts no page is served with. next.config.ts sends the headers with Next.js's responses and
// server.mjs with the refusals it answers itself. Plain JavaScript: both load it outside the bundle.
//
// Every page is static text with no client component: Next.js's runtime and the page's RSC payload
// (inline scripts, about half of the HTML) would only hydrate what is already there and cost a phone
// ~130 KiB of JavaScript. So pages are served without them (lib/http/cache-handler.mjs), and one
// policy for every response lets no script run.

/** The site's own styles and icon, forms that submit to the site (GET only), nothing else. */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'none'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'"
].join('; ');

/** Sent with every response, in this order. */
export const securityHeaders = [
  {key: 'Content-Security-Policy', value: contentSecurityPolicy},
  {key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains'},
  {key: 'X-Content-Type-Options', value: 'nosniff'},
  {key: 'Referrer-Policy', value: 'no-referrer'},
  {
    key: 'Permissions-Policy',
    value:
      'accelerometer=(), autoplay=(), camera=(), display-capture=(), encrypted-media=(), fullscreen=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), picture-in-picture=(), publickey-credentials-get=(), screen-wake-lock=(), sync-xhr=(), usb=(), xr-spatial-tracking=()'
  },
  {key: 'Cross-Origin-Opener-Policy', value: 'same-origin'},
  {key: 'Cross-Origin-Resource-Policy', value: 'same-origin'}
];

// Data blocks (JSON-LD) are never executed, so they are kept.
const isDataBlock = (type) => type !== undefined && !/^(|text\/javascript|module)$/i.test(type.trim());

/** The page without Next.js's scripts: external ones, the inline payload, and the preloads of script files. */
export function withoutScripts(html) {
  return html
    .replace(/<script\b([^>]*)>[\s\S]*?<\/script>/gi, (tag, attrs) => (isDataBlock(/\btype="([^"]*)"/i.exec(attrs)?.[1]) ? tag : ''))
    .replace(/<link\b[^>]*\b(?:as="script"|rel="modulepreload")[^>]*>/gi, '');
}
