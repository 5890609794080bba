import path from 'node:path';
import type {NextConfig} from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import {securityHeaders} from './lib/http/policy.mjs';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

const nextConfig: NextConfig = {
  // A second build (e.g. of the test fixture content) can live beside the main one.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // The build type-checks the code it builds; \`npm run lint\` checks everything, tests and scripts too.
  typescript: {tsconfigPath: 'tsconfig.build.json'},
  // The proxy redirects a trailing slash itself, so the redirect carries the security headers.
  skipTrailingSlashRedirect: true,
  // The site shows no images: no optimizer to fetch (and render) arbitrary addresses of the site.
  images: {unoptimized: true},
  reactStrictMode: true,
  // A page may take a minute by default. versions.json waits for the PDF of every version (made one
  // at a time on their own thread), a few seconds per hundred versions, more on a busy machine.
  staticPageGenerationTimeout: 300,
  // Next.js's file-system cache of prerendered pages, handing pages out without Next.js's scripts.
  cacheHandler: path.resolve('lib/http/cache-handler.mjs'),
  // A native binary (the Chinese typography linter of content:check), and the PDF library with its
  // font engine (they read their own data files from their folders): loaded as they are, never bundled.
  serverExternalPackages: ['autocorrect-node', 'pdfkit', 'fontkit'],
  async rewrites() {
    // A version's source file and its PDF, at the address of its page with .md and .pdf
    // (app/[locale]/[document]/%5Fsource and %5Fpdf).
    return {
      beforeFiles: [
        {source: '/:locale/:document/versions/:date(\\d{4}-\\d{2}-\\d{2}|\\d{4}-\\d{2}-\\d{2}-[2-9]).md', destination: '/:locale/:document/_source/:date'},
        {source: '/:locale/:document/versions/:date(\\d{4}-\\d{2}-\\d{2}|\\d{4}-\\d{2}-\\d{2}-[2-9]).pdf', destination: '/:locale/:document/_pdf/:date'}
      ]
    };
  },
  async headers() {
    return [{source: '/:path*', headers: securityHeaders}];
  }
};

export default withNextIntl(nextConfig);
