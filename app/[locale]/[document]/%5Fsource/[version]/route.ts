import {today} from '@/lib/dates';
import {findVersion, versionParams} from '@/lib/pages';

// A version's file exactly as it is in content/, byte for byte: its SHA-256 is the one in the lock
// file and on the version's page. Served at /<language>/<document>/versions/<date>.md (a rewrite in
// next.config.ts); this folder's own address (_source) is refused by the proxy.
export const dynamicParams = false;
// Cached like the pages: a correction changes a version's bytes (and is deployed like new content).
export const revalidate = 3600;

export const generateStaticParams = versionParams;

export async function GET(_request: Request, {params}: RouteContext<'/[locale]/[document]/_source/[version]'>) {
  const {locale, document, version: date} = await params;
  const version = findVersion(locale, document, date, today())?.version;
  if (!version) return new Response('Not found\n', {status: 404});
  return new Response(Buffer.from(version.source, 'utf8'), {
    headers: {'content-type': 'text/markdown; charset=utf-8', 'content-disposition': `inline; filename="${date}.md"`}
  });
}
