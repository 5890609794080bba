import createMiddleware from 'next-intl/middleware';
import {NextResponse, type NextRequest} from 'next/server';
import {routing} from './i18n/routing';
import {getContentIndex} from './lib/content/files';
import {parsePath, type Route} from './lib/routes';

const negotiate = createMiddleware(routing);

const MAX_PATH = 512;

function refuse(status: 400 | 414, text: string) {
  return new NextResponse(`${text}\n`, {status, headers: {'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store'}});
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

/** Whether both versions of a comparison exist: from the file names, without loading the archive. */
function comparable(route: Route & {page: 'compare'}): boolean {
  const dates = route.locale ? getContentIndex().get(route.document)?.get(route.locale) : undefined;
  return Boolean(dates?.has(route.from) && dates.has(route.to));
}

export default function proxy(request: NextRequest) {
  const {pathname} = request.nextUrl;
  // A read-only site: anything but GET and HEAD is refused before it reaches a page.
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new NextResponse('Method not allowed\n', {status: 405, headers: {allow: 'GET, HEAD', 'cache-control': 'no-store'}});
  }
  if (pathname.length > MAX_PATH) return refuse(414, 'URI too long');
  const problem = hostile(pathname);
  if (problem) return refuse(400, `Bad request: ${problem}`);
  const route = parsePath(pathname);
  // Any two versions can be compared, so those pages render on demand; an unknown range is refused
  // here with the static 404 page, because a notFound() thrown while rendering would send the 404
  // without server-rendered HTML.
  if (route?.page === 'compare' ? route.locale && !comparable(route) : pathname.split('/')[3] === 'compare') {
    return NextResponse.rewrite(new URL('/_not-found', request.url), {status: 404, headers: {'cache-control': 'no-store'}});
  }
  // Locale-prefixed pages are the same for every visitor: they pass untouched and stay cacheable.
  if (!route || route.locale || route.page === 'feed') return NextResponse.next();
  // The answer differs per visitor, so shared caches must key it on Accept-Language and never
  // store it for others.
  const response = negotiate(request);
  response.headers.set('Vary', 'Accept-Language');
  response.headers.set('Cache-Control', 'private, no-store');
  return response;
}

export const config = {
  // Unprefixed paths (to negotiate) and any path with a character outside the plain set (to refuse
  // it before Next.js fails to decode it). Clean locale-prefixed paths and the build's files skip
  // the proxy: it costs time on every page view, and Next.js's proxy cannot even build a request for
  // some methods (TRACE). Comparisons pass through to have their range checked.
  // tests/unit/proxy.test.ts checks the languages here against routing.locales.
  matcher: ['/((?!_next/static/)(?!(?:en|zh)(?:/[A-Za-z0-9_~.-]*)*$).*)', '/:locale(en|zh)/:document/compare/:range']
};
