// The PDFs of the versions in force: their size against the budgets, and how long one takes to make
// on the machine that runs the bench (the first in a process loads the fonts).
import {readContent} from '../lib/content/load';
import type {Version} from '../lib/model';
import {renderVersionPdf} from '../lib/pdf/render';

export type PdfFigure = {path: string; bytes: number; budget: number; firstMs: number; ms: number};

/** The budgets the end-to-end tests hold (tests/e2e/site/budgets.spec.ts). */
const PDF_BUDGETS: Record<string, number> = {en: 150 * 1024, zh: 1024 * 1024};

async function timed(version: Version): Promise<number> {
  const started = performance.now();
  await renderVersionPdf(version);
  return performance.now() - started;
}

/** Sizes as the site serves them; times as the best of five after the first, made in this process. */
export async function measurePdfs(origin: string, day: string): Promise<PdfFigure[]> {
  const {catalog} = readContent(undefined, day);
  const figures: PdfFigure[] = [];
  for (const [locale, budget] of Object.entries(PDF_BUDGETS)) {
    const version = catalog.all.find((v) => v.locale === locale && catalog.status(v, day) === 'current');
    if (!version) continue;
    const path = `/${locale}/${version.document}/versions/${version.date}.pdf`;
    const bytes = (await (await fetch(origin + path)).arrayBuffer()).byteLength;
    const firstMs = await timed(version);
    const times: number[] = [];
    for (let i = 0; i < 5; i++) times.push(await timed(version));
    figures.push({path, bytes, budget, firstMs: Math.round(firstMs), ms: Math.round(Math.min(...times))});
  }
  return figures;
}
