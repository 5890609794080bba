import path from 'node:path';
import type {NextConfig} from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import {securityHeaders} from './lib/http/policy.mjs';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

const nextConfig: NextConfig = {
  // A second build (e.g. of the test fixture content) can live beside the main one.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // The proxy redirects a trailing slash itself, so the redirect carries the security headers.
  skipTrailingSlashRedirect: true,
  // The site shows no images: no optimizer to fetch (and render) arbitrary addresses of the site.
  images: {unoptimized: true},
  reactStrictMode: true,
  // Next.js's file-system cache of prerendered pages, handing pages out without Next.js's scripts.
  cacheHandler: path.resolve('lib/http/cache-handler.mjs'),
  async headers() {
    return [{source: '/:path*', headers: securityHeaders}];
  }
};

export default withNextIntl(nextConfig);
