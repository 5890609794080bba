// `npm start`: Next.js's production server behind a guard for the requests it answers wrongly
// (docs/security.md): any method but GET and HEAD (TRACE and others reach a 500, POST a cacheable
// page), the client router's headers (this site has no client router, and Next.js answers them with a
// redirect a shared cache can keep), a byte range past the end of a static file (a 500, not 416), and
// a trailing or doubled slash (Next.js redirects it without the security headers), a request target
// that is not a path (`*` reached a 500, `http://host/path/` a redirect to `http:/host/path`), and a
// request Node.js cannot parse at all (its own bare 400 or 431 carries no Cache-Control, and a shared
// cache kept it for every visitor). Its own answers carry the same security headers as every other
// response and are never stored.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import next from 'next';
import parseRange from 'range-parser';
import {securityHeaders} from './lib/http/policy.mjs';

const port = Number(process.env.PORT || 3000);
const staticDir = path.resolve(process.env.NEXT_DIST_DIR || '.next', 'static');
// Headers Next.js's client router sends, which make Next.js answer with something other than the page.
const routerHeaders = ['rsc', 'next-router-prefetch', 'next-router-state-tree', 'next-router-segment-prefetch', 'next-url', 'next-action'];

/** The size of a build file under /_next/static/, or null when the path names none. */
function staticFileSize(url) {
  const pathname = url.split('?')[0].slice('/_next/static/'.length);
  let file;
  try {
    file = path.resolve(staticDir, decodeURIComponent(pathname));
  } catch {
    return null;
  }
  if (!file.startsWith(staticDir + path.sep)) return null;
  try {
    const stat = fs.statSync(file);
    return stat.isFile() ? stat.size : null;
  } catch {
    return null;
  }
}

/**
 * The one address of a page written with a trailing or doubled slash, or null. Only plain paths:
 * a backslash or control character must never turn the redirect into one to another site.
 */
function canonicalPath(url) {
  const [pathname, query] = url.split(/(?=\?)/);
  if (!/^[\w.~!$&'()*+,;=:@%/-]+$/.test(pathname)) return null;
  const canonical = pathname.replace(/\/{2,}/g, '/').replace(/(.)\/$/, '$1');
  return canonical === pathname ? null : canonical + (query ?? '');
}

/** [status, text, extra headers] when the guard answers the request itself, else null. */
function refusal(request) {
  if (request.method !== 'GET' && request.method !== 'HEAD') return [405, 'Method not allowed', {allow: 'GET, HEAD'}];
  // Only a path (origin form): `*`, `http://host/…` and the like name no page of this site.
  if (!request.url.startsWith('/')) return [400, 'Bad request: the request target must be a path', {}];
  if (routerHeaders.some((name) => name in request.headers)) return [400, 'Bad request: this site has no client-side router', {}];
  // Next.js turns a backslash into a slash and redirects, before the proxy can refuse it.
  if (request.url.split('?')[0].includes('\\')) return [400, 'Bad request: forbidden character', {}];
  const canonical = canonicalPath(request.url);
  if (canonical) return [308, `Moved to ${canonical}`, {location: canonical, 'cache-control': 'public, max-age=3600'}];
  if (request.headers.range && request.url.startsWith('/_next/static/')) {
    const size = staticFileSize(request.url);
    if (size !== null && parseRange(size, request.headers.range) === -1) {
      return [416, 'Range not satisfiable', {'content-range': `bytes */${size}`}];
    }
  }
  return null;
}

/** The headers of a refusal the server writes itself: the security headers, plain text, never stored; `extra` last. */
function refusalHeaders(body, extra = {}) {
  return {
    ...Object.fromEntries(securityHeaders.map(({key, value}) => [key, value])),
    'cache-control': 'private, no-store',
    'content-type': 'text/plain; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    ...extra
  };
}

/**
 * The answer to a request Node.js could not parse (bad bytes in a header, headers too large, a
 * malformed request line), written straight to the connection: there is no response object, and
 * the connection is closed after it. Nothing is written once a response has started on it.
 */
function answerUnparsable(error, socket) {
  if (socket.destroyed) return;
  if (!socket.writable || socket.writableEnded || socket._httpMessage?.headersSent || error.code === 'ECONNRESET') {
    if (!socket.writableEnded) socket.destroy();
    return;
  }
  const [status, text] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'Request header fields too large']
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'Request timeout']
        : [400, 'Bad request: the request could not be read'];
  const body = `${text}\n`;
  const headers = Object.entries(refusalHeaders(body, {connection: 'close'}));
  socket.end(`HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\n${headers.map(([key, value]) => `${key}: ${value}\r\n`).join('')}\r\n${body}`);
  // Unread bytes (the rest of an oversized header) are dropped with the connection, once the client has had time to read the answer.
  setTimeout(() => socket.destroy(), 1000).unref();
}

const app = next({dev: false, hostname: 'localhost', port});
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((request, response) => {
  const refused = refusal(request);
  if (!refused) return handle(request, response);
  const [status, text, headers] = refused;
  const body = `${text}\n`;
  response.writeHead(status, refusalHeaders(body, headers));
  response.end(request.method === 'HEAD' ? undefined : body);
});
server.on('clientError', answerUnparsable);
server.listen(port, () => console.log(`Ready on http://localhost:${port}`));
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => process.exit(0));
