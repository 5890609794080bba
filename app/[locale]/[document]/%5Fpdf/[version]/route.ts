import {today} from '@/lib/dates';
import {findVersion, versionParams} from '@/lib/pages';
import {pdfFileName} from '@/lib/pdf/labels';
import {versionPdf} from '@/lib/pdf/files';

// A version as a PDF to keep, in its language (lib/pdf/render.ts). Served at
// /<language>/<document>/versions/<date>.pdf (a rewrite in next.config.ts); this folder's own
// address (_pdf) is refused by the proxy.
export const dynamicParams = false;
// Cached like the pages. The bytes depend on the version alone: regenerating gives the same file.
export const revalidate = 3600;

export const generateStaticParams = versionParams;

export async function GET(_request: Request, {params}: RouteContext<'/[locale]/[document]/_pdf/[version]'>) {
  const {locale, document, version: date} = await params;
  const version = findVersion(locale, document, date, today())?.version;
  if (!version) return new Response('Not found\n', {status: 404});
  const pdf = await versionPdf(version);
  return new Response(new Uint8Array(pdf), {
    headers: {'content-type': 'application/pdf', 'content-disposition': `inline; filename="${pdfFileName(version)}"`}
  });
}
