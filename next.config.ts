import path from 'node:path';
import type {NextConfig} from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

// Sent with every response. The Content-Security-Policy is not here: each page needs its own
// (lib/cache-handler.mjs), and a second policy would be enforced on top of it.
const securityHeaders = [
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

const nextConfig: NextConfig = {
  // A second build (e.g. of the test fixture content) can live beside the main one.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  // Next.js's file-system cache of prerendered pages, adding each page's hash-based CSP.
  cacheHandler: path.resolve('lib/cache-handler.mjs'),
  async headers() {
    return [{source: '/:path*', headers: securityHeaders}];
  }
};

export default withNextIntl(nextConfig);
