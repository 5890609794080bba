// A page's latency while comparisons of long versions are being rendered. Each round starts the
// fixture server afresh (nothing compared yet in the process), asks for a comparison of two long
// versions (the fixture's Long Policy, about 150 KiB each, every paragraph reworded) and forces it
// to render (Next.js's on-demand revalidation header, so a page cached by an earlier run does not
// count), and while it renders asks for /en/privacy again and again, one request after another.
// The server is not pinned to one CPU: its worker threads need a core beside the request thread.
import fs from 'node:fs';
import path from 'node:path';
import {startNext, type NextApp} from './servers';

export type DuringComparisons = {
  /** /en/privacy alone, 20 requests: median and slowest, ms. */
  alone: {p50: number; max: number};
  /** /en/privacy while a comparison renders: every answer's latency gathered over the rounds. */
  during: {p50: number; p90: number; max: number; samples: number};
  /** Each round's comparison, ms. */
  comparisons: number[];
};

const pairs = ['2026-02-01...2026-05-01', '2026-02-01...2026-04-01', '2026-03-01...2026-05-01'];

async function time(url: string, headers: Record<string, string> = {}): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, {headers, redirect: 'manual'});
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${url}: HTTP ${response.status}`);
  return performance.now() - started;
}

const quantile = (values: number[], q: number) => values.toSorted((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))];
const round1 = (n: number) => Math.round(n * 10) / 10;

export async function measureDuringComparisons(app: NextApp, port: number, rounds = 3): Promise<DuringComparisons> {
  const {preview} = JSON.parse(fs.readFileSync(path.join(app.dir, app.distDir, 'prerender-manifest.json'), 'utf8'));
  const revalidate = {'x-prerender-revalidate': preview.previewModeId};
  const alone: number[] = [];
  const during: number[] = [];
  const comparisons: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const server = await startNext(app, port, {pinned: false});
    try {
      const page = `${server.origin}/en/privacy`;
      // A route's first render in a process loads its code, once: a short comparison does it.
      await time(`${server.origin}/en/privacy/compare/2026-01-10...2026-07-01`, revalidate);
      for (let i = 0; i < 20; i++) alone.push(await time(page));
      let done = false;
      const comparison = time(`${server.origin}/en/long-policy/compare/${pairs[round % pairs.length]}`, revalidate).finally(() => (done = true));
      await new Promise((resolve) => setTimeout(resolve, 100));
      while (!done) {
        during.push(await time(page));
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      comparisons.push(Math.round(await comparison));
    } finally {
      await server.stop();
    }
  }
  return {
    alone: {p50: round1(quantile(alone, 0.5)), max: round1(Math.max(...alone))},
    during: {p50: round1(quantile(during, 0.5)), p90: round1(quantile(during, 0.9)), max: round1(Math.max(...during)), samples: during.length},
    comparisons
  };
}

export function formatDuringComparisons({alone, during, comparisons}: DuringComparisons): string {
  return [
    '| /en/privacy (fixture content) | p50 ms | p90 ms | max ms | requests |',
    '| --- | ---: | ---: | ---: | ---: |',
    `| alone | ${alone.p50} | — | ${alone.max} | 20 × ${comparisons.length} |`,
    `| while a comparison of two long versions renders | ${during.p50} | ${during.p90} | ${during.max} | ${during.samples} |`,
    '',
    `Comparisons (each the first of its pair in a fresh server): ${comparisons.map((ms) => `${ms} ms`).join(', ')}.`
  ].join('\n');
}
