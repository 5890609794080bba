import createMiddleware from 'next-intl/middleware';
import {NextResponse, type NextRequest} from 'next/server';
import {hasLocale} from 'next-intl';
import {routing} from './i18n/routing';
import {parseRange} from './lib/params';

const negotiate = createMiddleware(routing);
const COMPARE = /^\/([^/]+)\/([^/]+)\/compare\/([^/]+)$/;

// A comparison of any two versions renders on demand, so an unknown or malformed range must be
// refused here: a notFound() thrown while rendering would send a 404 without server-rendered HTML.
function checkComparison(request: NextRequest, [, locale, document, range]: RegExpExecArray) {
  if (hasLocale(routing.locales, locale) && parseRange(locale, document, range)) return NextResponse.next();
  return NextResponse.rewrite(new URL('/_not-found', request.url), {status: 404});
}

// Unprefixed paths get a language chosen from Accept-Language; that answer differs per visitor,
// so shared caches must key it on that header and never store it for others.
export default function proxy(request: NextRequest) {
  const comparison = COMPARE.exec(request.nextUrl.pathname);
  if (comparison) return checkComparison(request, comparison);
  const response = negotiate(request);
  response.headers.set('Vary', 'Accept-Language');
  response.headers.set('Cache-Control', 'private, no-store');
  return response;
}

export const config = {
  // Locale-prefixed pages (but comparisons), framework assets and files with an extension
  // (sitemap.xml, robots.txt) never pass through here.
  matcher: ['/((?!en(?:/|$)|zh(?:/|$)|_next/|_vercel/|.*\\.[^/]*$).*)', '/:locale(en|zh)/:document/compare/:range']
};
