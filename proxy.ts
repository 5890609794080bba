import createMiddleware from 'next-intl/middleware';
import type {NextRequest} from 'next/server';
import {routing} from './i18n/routing';

const negotiate = createMiddleware(routing);

// Only unprefixed paths need a language chosen from Accept-Language; their answer differs per
// visitor, so shared caches must key it on that header and never store it for others.
export default function proxy(request: NextRequest) {
  const response = negotiate(request);
  response.headers.set('Vary', 'Accept-Language');
  response.headers.set('Cache-Control', 'private, no-store');
  return response;
}

export const config = {
  // Locale-prefixed pages, framework assets and files with an extension (sitemap.xml, robots.txt)
  // never pass through here.
  matcher: ['/((?!en(?:/|$)|zh(?:/|$)|_next/|_vercel/|.*\\.[^/]*$).*)']
};
