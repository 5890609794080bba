// The bench's table, printed and kept in docs/performance.md between two markers.
import fs from 'node:fs';
import type {Load} from './load';
import type {PdfFigure} from './pdf';
import type {PageWeight} from './weight';

export type Row = {
  /** Stable key for tests and tools: floor, ceiling, en, zh, redirect, compare. */
  id: string;
  name: string;
  url: string;
  load?: Load & {vsFloor: number; vsShape: number; vsCeiling: number};
  weight?: PageWeight;
  skipped?: string;
};

type Results = {
  date: string;
  machine: {cpus: number; loadAverage: number[]; node: string};
  versions: {next: string; react: string};
  settings: {duration: number; connections: number; warmup: number; rounds: number; pinning: {servers: string; load: string} | null};
  buildSeconds: Record<string, number | null>;
  rows: Row[];
  checks: {check: string; ratio: number; ok: boolean}[];
  pdfs?: PdfFigure[];
};


const int = (n: number) => Math.round(n).toLocaleString('en-US');
const ratio = (n: number) => `${n.toFixed(2)}×`;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

export function formatTable(results: Results): string {
  const head = '| page | req/s | × floor | × same-shape floor | × nginx | server CPU ms/request | p50 ms | p99 ms | HTML | HTML gzip | JS gzip | CSS gzip |';
  const lines = [head, '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'];
  for (const row of results.rows) {
    if (row.skipped) {
      lines.push(`| ${row.name} | skipped: ${row.skipped} | | | | | | | | | | |`);
      continue;
    }
    const l = row.load;
    const w = row.weight;
    const cells = [
      row.name,
      l ? int(l.rps) + (l.errors ? ` (${l.errors} errors)` : '') : '—',
      l ? ratio(l.vsFloor) : '—',
      l ? ratio(l.vsShape) : '—',
      l ? ratio(l.vsCeiling) : '—',
      l?.cpuMs != null ? l.cpuMs.toFixed(2) : '—',
      l ? String(l.p50) : '—',
      l ? String(l.p99) : '—',
      w ? kib(w.html.bytes) : '—',
      w ? kib(w.html.gzip) : '—',
      w ? `${kib(w.js.gzip)} (${w.js.count} files)` : '—',
      w ? kib(w.css.gzip) : '—'
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  const builds = Object.entries(results.buildSeconds)
    .map(([name, s]) => `${name} ${s === null ? 'reused' : `${s.toFixed(0)} s`}`)
    .join(', ');
  const {settings, machine, versions} = results;
  lines.push(
    '',
    `${results.date.slice(0, 16).replace('T', ' ')} UTC · Next.js ${versions.next}, React ${versions.react}, Node.js ${machine.node} · ` +
      `${machine.cpus} CPUs, load average ${machine.loadAverage[0]} at start · ` +
      (settings.pinning ? `servers on CPU ${settings.pinning.servers}, autocannon on CPU ${settings.pinning.load} · ` : 'no CPU pinning · ') +
      `autocannon ${settings.connections} connections, ` +
      `${settings.warmup} s warm-up, then ${settings.duration} s per row in ${settings.rounds} interleaved rounds · build ${builds}`
  );
  for (const c of results.checks) lines.push('', `${c.ok ? '✓' : '✗'} ${c.check}: ${c.ratio.toFixed(2)}×`);
  for (const p of results.pdfs ?? []) {
    lines.push('', `${p.bytes <= p.budget ? '✓' : '✗'} ${p.path}: ${kib(p.bytes)} (budget ${kib(p.budget)}); made in ${p.ms} ms (the first in a process ${p.firstMs} ms)`);
  }
  return lines.join('\n');
}

/** Replaces what stands between `<!-- marker:start -->` and `<!-- marker:end -->` in `file`. */
export function updateReadme(table: string, file = 'docs/performance.md', marker = 'bench') {
  const [START, END] = [`<!-- ${marker}:start -->`, `<!-- ${marker}:end -->`];
  const readme = fs.readFileSync(file, 'utf8');
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${file} has no ${START} … ${END} markers`);
  fs.writeFileSync(file, `${readme.slice(0, start + START.length)}\n${table}\n${readme.slice(end)}`);
}
