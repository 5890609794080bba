import {getCatalog} from '@/lib/content/load';
import {today} from '@/lib/dates';
import {findDocument} from '@/lib/pages';

// A version's file exactly as it is in content/, byte for byte: its SHA-256 is the one in the lock
// file and on the version's page. Served at /<language>/<document>/versions/<date>.md (a rewrite in
// next.config.ts); this folder's own address (_source) is refused by the proxy.
export const dynamicParams = false;
// Cached like the pages: a correction changes a version's bytes (and is deployed like new content).
export const revalidate = 3600;

export function generateStaticParams() {
  return getCatalog().all.map((v) => ({locale: v.locale, document: v.document, version: v.date}));
}

export async function GET(_request: Request, {params}: RouteContext<'/[locale]/[document]/_source/[version]'>) {
  const {locale, document, version: date} = await params;
  const found = findDocument(locale, document, today());
  const version = found && getCatalog().find(document, found.locale, date);
  if (!version) return new Response('Not found\n', {status: 404});
  return new Response(Buffer.from(version.source, 'utf8'), {
    headers: {'content-type': 'text/markdown; charset=utf-8', 'content-disposition': `inline; filename="${date}.md"`}
  });
}
