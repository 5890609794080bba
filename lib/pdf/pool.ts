// The PDF of a version, made on one worker thread (lib/pdf/worker.ts) so the server's only request
// thread never waits for a layout, and each made once per process: versions.json asks for the
// SHA-256 of every PDF, the PDF route for its bytes.
import {createHash} from 'node:crypto';
import {Worker} from 'node:worker_threads';
import type {Version} from '../model';
import type {PdfVersion} from './labels';

/** Longer than any real document takes on a busy machine; past it the thread is replaced. */
const TIME_LIMIT_MS = 60_000;
/**
 * The bytes of this many PDFs stay in memory; their hashes all do (64 characters each). A build
 * keeps them all: versions.json and the PDF routes ask for the same files, in any order.
 */
const KEEP = process.env.NEXT_PHASE === 'phase-production-build' ? Infinity : 8;

type Job = {resolve: (bytes: Buffer) => void; reject: (error: Error) => void; timer: NodeJS.Timeout};

let worker: Worker | null = null;
const jobs = new Map<number, Job>();
let nextId = 0;

function stop(error: Error) {
  const stopped = worker;
  worker = null;
  for (const job of jobs.values()) {
    clearTimeout(job.timer);
    job.reject(error);
  }
  jobs.clear();
  void stopped?.terminate();
}

function thread(): Worker {
  if (worker) return worker;
  const started = new Worker(new URL('./worker.ts', import.meta.url));
  started.on('message', ({id, bytes, error}: {id: number; bytes?: Uint8Array; error?: string}) => {
    const job = jobs.get(id);
    if (!job) return;
    jobs.delete(id);
    clearTimeout(job.timer);
    if (bytes) job.resolve(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    else job.reject(new Error(`PDF generation failed: ${error}`));
    // An idle thread does not keep the process alive (a build must be able to exit).
    if (jobs.size === 0) started.unref();
  });
  started.on('error', (error) => stop(error));
  started.on('exit', (code) => {
    if (worker === started) stop(new Error(`the PDF thread exited (code ${code})`));
  });
  worker = started;
  return started;
}

function render(version: PdfVersion): Promise<Buffer> {
  const id = nextId++;
  const target = thread();
  target.ref();
  return new Promise<Buffer>((resolve, reject) => {
    const timer = setTimeout(() => stop(new Error(`PDF generation took longer than ${TIME_LIMIT_MS / 1000} s`)), TIME_LIMIT_MS);
    jobs.set(id, {resolve, reject, timer});
    const {document, locale, date, effective, title, description, body, sha256} = version;
    target.postMessage({id, version: {document, locale, date, effective, title, description, body, sha256}});
  });
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
  const pdf = await versionPdf(version);
  return hashes.get(key(version)) ?? createHash('sha256').update(pdf).digest('hex');
}
