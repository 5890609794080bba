import {getCatalog} from '@/lib/content/load';
import {today} from '@/lib/dates';
import {findDocument} from '@/lib/pages';
import {pdfFileName} from '@/lib/pdf/labels';
import {versionPdf} from '@/lib/pdf/files';

// A version as a PDF to keep, in its language (lib/pdf/render.ts). Served at
// /<language>/<document>/versions/<date>.pdf (a rewrite in next.config.ts); this folder's own
// address (_pdf) is refused by the proxy.
export const dynamicParams = false;
// Cached like the pages. The bytes depend on the version alone: regenerating gives the same file.
export const revalidate = 3600;

export function generateStaticParams() {
  return getCatalog().all.map((v) => ({locale: v.locale, document: v.document, version: v.date}));
}

export async function GET(_request: Request, {params}: RouteContext<'/[locale]/[document]/_pdf/[version]'>) {
  const {locale, document, version: date} = await params;
  const found = findDocument(locale, document, today());
  const version = found && getCatalog().find(document, found.locale, date);
  if (!version) return new Response('Not found\n', {status: 404});
  const pdf = await versionPdf(version);
  return new Response(new Uint8Array(pdf), {
    headers: {'content-type': 'application/pdf', 'content-disposition': `inline; filename="${pdfFileName(version)}"`}
  });
}
