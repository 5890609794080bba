// The PDF of a version, laid out in the site's worker threads (lib/tasks) so the request thread never
// waits for a layout, and each made once per process: versions.json asks for the SHA-256 of every
// PDF, the PDF route for its bytes.
import {createHash} from 'node:crypto';
import type {Version} from '../model';
import {runTask} from '../tasks';

/** Longer than any real document takes on a busy machine (the first PDF of a thread loads its fonts). */
const TIME_LIMIT_MS = 60_000;
/**
 * The bytes of this many PDFs stay in memory; their hashes all do (64 characters each). A build
 * keeps them all: versions.json and the PDF routes ask for the same files, in any order.
 */
const KEEP = process.env.NEXT_PHASE === 'phase-production-build' ? Infinity : 8;

/** Every PDF asked for is made, whatever else waits: versions.json needs them all. */
async function render(version: Version): Promise<Buffer> {
  const {document, locale, date, effective, title, description, body, sha256} = version;
  // Kept here (made, below), not in the pool's memo too, where PDFs would push out comparisons.
  const bytes = await runTask('pdf', {document, locale, date, effective, title, description, body, sha256}, {wait: true, timeoutMs: TIME_LIMIT_MS, keep: false});
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

const made = new Map<string, Promise<Buffer>>();
const hashes = new Map<string, string>();

// A correction changes a version's bytes, hence its hash, hence its PDF.
const key = (version: Version) => `${version.document}/${version.locale}/${version.date}/${version.sha256}`;

/** The PDF of a version: the same bytes every time (lib/pdf/render.ts). */
export function versionPdf(version: Version): Promise<Buffer> {
  const id = key(version);
  let bytes = made.get(id);
  if (!bytes) {
    bytes = render(version);
    made.set(id, bytes);
    bytes.then(
      (pdf) => hashes.set(id, createHash('sha256').update(pdf).digest('hex')),
      () => made.delete(id)
    );
    if (made.size > KEEP) made.delete(made.keys().next().value!);
  }
  return bytes;
}

/** The SHA-256 of a version's PDF, as versions.json publishes it. */
export async function versionPdfSha256(version: Version): Promise<string> {
  const known = hashes.get(key(version));
  if (known) return known;
  // versionPdf records the hash before this await resumes.
  await versionPdf(version);
  return hashes.get(key(version))!;
}
