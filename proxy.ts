// Routing before any page renders: hostile addresses are refused, old addresses of a document are
// moved to it, every address that names no page of the site gets the 404 page (never rendered, never
// stored), and the unprefixed addresses (and /.well-known/privacy-policy) negotiate the visitor's
// language. Clean locale-prefixed addresses skip the proxy altogether (see `config`). It knows which
// pages exist from the content folder's file names and settings (lib/content/files.ts), never from
// the archive itself.
import createMiddleware from 'next-intl/middleware';
import {NextRequest, NextResponse} from 'next/server';
import {routing} from './i18n/routing';
import type {Locale} from 'next-intl';
import {getContentIndex, getOldAddresses, inForceOn, versionBody, versionDays} from './lib/content/files';
import {isCalendarDate} from './lib/dates';
import {parsePath, paths, SITE_FILES, type Route} from './lib/routes';
import {isTaskError, runTask} from './lib/tasks';

const negotiate = createMiddleware(routing);

const MAX_PATH = 512;

function refuse(status: 400 | 414, text: string) {
  return new NextResponse(`${text}\n`, {status, headers: {'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store'}});
}

/** The static 404 page, for this request only: a page asked for before it is deployed works after. */
function notFound(request: NextRequest) {
  return NextResponse.rewrite(new URL('/_not-found', request.url), {status: 404, headers: {'cache-control': 'no-store'}});
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

/** Whether the page exists, from the file names of content/: a language, a document, its versions. */
function exists(route: Route): boolean {
  if (route.page === 'index') return true;
  const versions = getContentIndex().get(route.document);
  const dates = route.locale ? [versions?.get(route.locale)] : [...(versions?.values() ?? [])];
  switch (route.page) {
    case 'version':
    case 'source':
    case 'pdf':
      return dates.some((set) => set?.has(route.date));
    case 'compare':
      return dates.some((set) => set?.has(route.from) && set.has(route.to));
    default:
      return dates.some((set) => set !== undefined);
  }
}

/** Whether a comparison is prerendered: that of two consecutive versions (as generateStaticParams). */
function prerendered(locale: Locale, document: string, from: string, to: string): boolean {
  const versions = versionDays(getContentIndex(), document, locale);
  const newer = versions.findIndex((version) => version.date === to);
  return newer >= 0 && versions[newer + 1]?.date === from;
}

// The comparisons this process has made: their pages are rendered and kept by now (revalidate), and
// a page regenerated later runs the task itself, in the background. Asked again, they pass straight
// on, without reading two versions and hashing them on the request thread.
const compared = new Set<string>();

/**
 * A comparison rendered on demand: compared here first, in a worker thread, so that its page finds
 * the result ready (the pool keeps it) and a comparison that cannot be made now is answered here, in
 * the address's language, as a 503 no cache keeps: every thread taken and the queue full, or not
 * done within the time limit. null: go on to the page.
 */
async function compare(request: NextRequest, locale: Locale, document: string, from: string, to: string) {
  const range = `${document}/${locale}/${from}...${to}`;
  if (compared.has(range)) return null;
  const index = getContentIndex();
  const [before, after] = [versionBody(index, document, locale, from), versionBody(index, document, locale, to)];
  if (before === null || after === null) return null;
  try {
    await runTask('compare', {before, after, locale});
    compared.add(range);
    return null;
  } catch (error) {
    // A task that failed is the page's to report.
    if (!isTaskError(error) || error.reason === 'failed') return null;
    return NextResponse.rewrite(new URL(`/${locale}/${document}/_busy`, request.url), {
      status: 503,
      headers: {'retry-after': '30', 'cache-control': 'private, no-store'}
    });
  }
}

/**
 * "Which version applied on a day?": a redirect to the version in force that day (UTC; its effective
 * day belongs to the new version; a future day gets the version scheduled for it as known today).
 * Before a translation's first version, the page that says which version of the original applied
 * (one page per such version, whatever the day asked); before any version, the page that says when
 * the first took effect, as a 404. `shared`: whether a cache may keep the answer, which changes only
 * with a new deployment.
 */
function versionOn(request: NextRequest, locale: Locale, document: string, day: string, shared: boolean) {
  const inForce = inForceOn(getContentIndex(), document, locale, day);
  if (!inForce) {
    const original = locale === routing.defaultLocale ? null : inForceOn(getContentIndex(), document, routing.defaultLocale, day);
    if (original) {
      return NextResponse.rewrite(new URL(paths.untranslated(locale, document, original.date), request.url), shared ? undefined : {headers: {'cache-control': 'private, no-store'}});
    }
    return NextResponse.rewrite(new URL(paths.on(locale, document), request.url), {status: 404, headers: {'cache-control': 'no-store'}});
  }
  const target = request.nextUrl.clone();
  target.pathname = paths.version(locale, document, inForce.date);
  target.search = '';
  return NextResponse.redirect(target, {status: 307, headers: {'cache-control': shared ? 's-maxage=3600' : 'private, no-store'}});
}

/**
 * The form's question, /<l>/<doc>/on?date=YYYY-MM-DD. Only that very query gets an answer a cache
 * may keep: any other would let each distinct query string (tracking parameters, more fields, the
 * day twice) fill the cache with its own entry. A query that still names one day is answered, for
 * this visitor only, since that is what they asked; one that names none (empty, not a day, two
 * different days) gets the page that asks for a day again, as a 400.
 */
function askedDay(request: NextRequest, locale: Locale, document: string) {
  const [day, ...others] = request.nextUrl.searchParams.getAll('date');
  if (day === undefined || !isCalendarDate(day) || others.some((other) => other !== day)) {
    return NextResponse.rewrite(new URL(paths.on(locale, document), request.url), {status: 400, headers: {'cache-control': 'private, no-store'}});
  }
  return versionOn(request, locale, document, day, /^\?date=\d{4}-\d{2}-\d{2}$/.test(request.nextUrl.search));
}

/**
 * The visitor's language: a redirect of `pathname` (by default the address asked for) to it. The
 * answer differs per visitor, so shared caches must key it on Accept-Language and never store it
 * for others.
 */
function negotiated(request: NextRequest, pathname = request.nextUrl.pathname) {
  const asked = request.nextUrl.clone();
  asked.pathname = pathname;
  asked.search = '';
  const response = negotiate(pathname === request.nextUrl.pathname ? request : new NextRequest(asked, {headers: request.headers}));
  response.headers.set('Vary', 'Accept-Language');
  response.headers.set('Cache-Control', 'private, no-store');
  return response;
}

/**
 * An old address of a document: moved for good to the document's address without a language, which
 * then negotiates it. The same answer for every visitor, so caches may keep it like the pages.
 */
function moved(request: NextRequest, document: string) {
  const target = request.nextUrl.clone();
  target.pathname = paths.negotiating(document);
  target.search = '';
  return NextResponse.redirect(target, {status: 308, headers: {'cache-control': 'public, max-age=3600'}});
}

export default async function proxy(request: NextRequest) {
  const {pathname} = request.nextUrl;
  if (pathname.length > MAX_PATH) return refuse(414, 'URI too long');
  const problem = hostile(pathname);
  if (problem) return refuse(400, `Bad request: ${problem}`);
  if (SITE_FILES.includes(pathname)) return NextResponse.next();
  const formerly = getOldAddresses().get(pathname);
  if (formerly) return moved(request, formerly);
  const route = parsePath(pathname);
  if (!route || !exists(route)) return notFound(request);
  // /.well-known/privacy-policy is asked like /privacy, and answered in one step.
  if (route.page === 'wellKnown') return negotiated(request, paths.negotiating(route.document));
  if (route.page === 'compare' && route.locale && !prerendered(route.locale, route.document, route.from, route.to)) {
    const refused = await compare(request, route.locale, route.document, route.from, route.to);
    if (refused) return refused;
  }
  if (route.page === 'onDay' && route.locale) return versionOn(request, route.locale, route.document, route.day, request.nextUrl.search === '');
  // The form of the history page asks with ?date=; without a query, the page that asks for a day.
  if (route.page === 'on' && route.locale && request.nextUrl.search !== '') return askedDay(request, route.locale, route.document);
  // Locale-prefixed pages are the same for every visitor: they pass untouched and stay cacheable.
  if (route.locale) return NextResponse.next();
  return negotiated(request);
}

export const config = {
  // Every path but the build's static files and clean locale-prefixed addresses: lower case, no
  // comparison (its range is checked here, because comparisons render on demand), and no question of
  // which version applied on a day (answered here). Those skip the proxy, which would cost time on
  // every page view; Next.js answers an unknown one with the 404 page itself (dynamicParams =
  // false). tests/unit/proxy.test.ts checks the languages here against routing.locales (a matcher
  // must be a literal).
  matcher: ['/((?!_next/static/)(?!(?:en|zh)(?:/(?!compare/|on(?:/|$))[a-z0-9][a-z0-9.-]*)*$).*)']
};
