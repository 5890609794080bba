import createMiddleware from 'next-intl/middleware';
import {NextResponse, type NextRequest} from 'next/server';
import {hasLocale} from 'next-intl';
import {routing} from './i18n/routing';
import {CSP_HEADER, staticPolicy} from './lib/csp.mjs';
import {parseRange} from './lib/params';

const negotiate = createMiddleware(routing);

const LOCALE_PREFIX = new RegExp(`^/(?:${routing.locales.join('|')})(?:/|$)`);
// The unprefixed addresses that have a page in every language: /, /<document>, its history, one
// version and a comparison. Anything else gets the 404 page directly instead of a redirect to it.
const NEGOTIABLE =
  /^\/(?:[a-z0-9]+(?:-[a-z0-9]+)*(?:\/versions(?:\/\d{4}-\d{2}-\d{2})?|\/compare\/\d{4}-\d{2}-\d{2}\.\.\.\d{4}-\d{2}-\d{2})?)?$/;
const MAX_PATH = 512;
const COMPARISON = /^\/([^/]+)\/([^/]+)\/compare\/([^/]+)$/;

function refuse(status: 400 | 414, text: string) {
  return new NextResponse(`${text}\n`, {
    status,
    headers: {'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', [CSP_HEADER]: staticPolicy}
  });
}

/** Why a path is refused before any routing, or null. Paths arrive here with dot segments resolved. */
function hostile(pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return 'malformed percent-encoding';
  }
  // Control characters (NUL included), markup, quotes and backslashes are in no address of the site.
  if (/[\u0000-\u001f\u007f<>"'`\\]/.test(decoded)) return 'forbidden character';
  if (/(^|\/)\.\.?(\/|$)/.test(decoded)) return 'dot segment';
  return null;
}

// Any two versions can be compared, so those pages render on demand; an unknown or malformed range
// is refused here with the static 404 page, because a notFound() thrown while rendering would send
// the 404 without server-rendered HTML.
function checkComparison(request: NextRequest, [, locale, document, range]: RegExpExecArray) {
  if (hasLocale(routing.locales, locale) && parseRange(locale, document, range)) return NextResponse.next();
  return NextResponse.rewrite(new URL('/_not-found', request.url), {status: 404});
}

export default function proxy(request: NextRequest) {
  const {pathname} = request.nextUrl;
  // A read-only site: anything but GET and HEAD is refused before it reaches a page.
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new NextResponse('Method not allowed\n', {status: 405, headers: {allow: 'GET, HEAD', 'cache-control': 'no-store', [CSP_HEADER]: staticPolicy}});
  }
  if (pathname.length > MAX_PATH) return refuse(414, 'URI too long');
  const problem = hostile(pathname);
  if (problem) return refuse(400, `Bad request: ${problem}`);
  const comparison = COMPARISON.exec(pathname);
  if (comparison && LOCALE_PREFIX.test(pathname)) return checkComparison(request, comparison);
  // Locale-prefixed pages are the same for every visitor: they pass untouched and stay cacheable.
  if (LOCALE_PREFIX.test(pathname) || !NEGOTIABLE.test(pathname)) return NextResponse.next();
  // The answer differs per visitor, so shared caches must key it on Accept-Language and never
  // store it for others.
  const response = negotiate(request);
  response.headers.set('Vary', 'Accept-Language');
  response.headers.set('Cache-Control', 'private, no-store');
  response.headers.set(CSP_HEADER, staticPolicy);
  return response;
}

export const config = {
  // Unprefixed paths (to negotiate) and any path with a character outside the plain set (to refuse
  // it before Next.js fails to decode it). Clean locale-prefixed paths and the build's files skip
  // the proxy: it costs time on every page view, and Next.js's proxy cannot even build a request for
  // some methods (TRACE).
  // Comparisons pass through to have their range checked.
  matcher: ['/((?!_next/static/)(?!(?:en|zh)(?:/[A-Za-z0-9_~.-]*)*$).*)', '/:locale(en|zh)/:document/compare/:range']
};
