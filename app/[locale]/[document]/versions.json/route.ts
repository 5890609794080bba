import {routing} from '@/i18n/routing';
import {getCatalog} from '@/lib/content/load';
import {today} from '@/lib/dates';
import {versionsJsonSchema, type VersionsJson} from '@/lib/model';
import {documentParams, findDocument} from '@/lib/pages';
import {versionPdfSha256} from '@/lib/pdf/files';
import {paths} from '@/lib/routes';
import {absoluteUrl, materialNoticeDays} from '@/lib/site';

export const dynamicParams = false;
// The status of each version changes with the day, like the pages.
export const revalidate = 3600;

export const generateStaticParams = documentParams;

/** The history of a document in one language, for machines: the schema is versionsJsonSchema (lib/model.ts). */
export async function GET(_request: Request, {params}: RouteContext<'/[locale]/[document]/versions.json'>) {
  const {locale, document} = await params;
  const day = today();
  const found = findDocument(locale, document, day);
  if (!found) return new Response('Not found\n', {status: 404});
  const catalog = getCatalog();
  const {versions, current} = found.history;
  const original = routing.defaultLocale;
  // In the worker threads, each made once per process (lib/pdf/files.ts).
  const pdfHashes = await Promise.all(versions.map(versionPdfSha256));
  const body: VersionsJson = {
    document,
    language: found.locale,
    title: (current ?? versions[0]).title,
    url: absoluteUrl(paths.document(found.locale, document)),
    current: current?.date ?? null,
    noticeDays: materialNoticeDays,
    prevails: catalog.settings(document).prevails ?? null,
    translatedFrom:
      found.locale === original || catalog.versions(document, original).length === 0
        ? null
        : {
            language: original,
            since: versions[versions.length - 1].effective,
            history: absoluteUrl(paths.versions(original, document)),
            versionsJson: absoluteUrl(paths.versionsJson(original, document)),
            before: catalog.untranslated(document, found.locale, original).map(({version, until}) => ({
              date: version.date,
              effective: version.effective,
              until,
              permalink: absoluteUrl(paths.version(original, document, version.date))
            }))
          },
    versions: versions.map((version, i) => {
      const previous = catalog.previous(version);
      const status = catalog.status(version, day);
      const permalink = absoluteUrl(paths.version(found.locale, document, version.date));
      return {
        date: version.date,
        effective: version.effective,
        status,
        replacedBy: catalog.replacement(version)?.date ?? null,
        title: version.title,
        summary: version.summary ?? null,
        changes: version.changes,
        material: version.changes.some((change) => change.kind === 'material'),
        notice: version.notice ?? null,
        translates: found.locale === original ? null : (version.translates ?? null),
        page: status === 'current' ? absoluteUrl(paths.document(found.locale, document)) : permalink,
        permalink,
        source: absoluteUrl(paths.source(found.locale, document, version.date)),
        pdf: absoluteUrl(paths.pdf(found.locale, document, version.date)),
        pdfSha256: pdfHashes[i],
        compare: previous ? absoluteUrl(paths.compare(found.locale, document, previous.date, version.date)) : null,
        sha256: version.sha256,
        corrections: version.corrections.map(({date, reason}) => ({date, reason}))
      };
    }),
    withdrawn: catalog.withdrawn(document, found.locale).map(({date, withdrawn, reason, sha256}) => ({date, withdrawn, reason, sha256}))
  };
  // What is served always matches the published schema.
  return Response.json(versionsJsonSchema.parse(body), {headers: {'content-type': 'application/json; charset=utf-8'}});
}
