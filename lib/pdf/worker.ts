// The thread that makes PDFs (lib/pdf/pool.ts): laying out a document takes tens of milliseconds,
// which the server's request thread must not spend.
import {parentPort} from 'node:worker_threads';
import type {PdfVersion} from './labels';
import {renderVersionPdf} from './render';

parentPort?.on('message', async ({id, version}: {id: number; version: PdfVersion}) => {
  try {
    const bytes = await renderVersionPdf(version);
    parentPort?.postMessage({id, bytes}, [bytes.buffer as ArrayBuffer]);
  } catch (error) {
    parentPort?.postMessage({id, error: error instanceof Error ? (error.stack ?? error.message) : String(error)});
  }
});
