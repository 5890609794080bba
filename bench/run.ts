// `npm run bench`: the site against the framework's floor (a minimal App Router page built by the
// same Next.js), the same floor in the site's route shape (/[locale]/[document], prerendered and
// revalidated) and the ceiling (nginx serving the same HTML bytes), measured side by side in one
// run. Prints a table, writes bench/results/latest.json and the table of docs/performance.md.
import fs from 'node:fs';
import os from 'node:os';
import {chromium} from '@playwright/test';
import {today} from '../lib/dates';
import {formatDuringComparisons, measureDuringComparisons} from './comparisons';
import {measureLoad, type LoadSettings, type LoadTarget} from './load';
import {measurePdfs} from './pdf';
import {formatTable, updateReadme, type Row} from './report';
import {buildIfNeeded, pinLoadGenerator, pinning, startNext, startNginx, stopAll, type NextApp, type Server} from './servers';
import {chromiumPath, weighPage} from './weight';

const settings: LoadSettings = {
  duration: Number(process.env.BENCH_DURATION || 15),
  warmup: Number(process.env.BENCH_WARMUP || 15),
  connections: Number(process.env.BENCH_CONNECTIONS || 16),
  rounds: Number(process.env.BENCH_ROUNDS || 5)
};
const basePort = Number(process.env.BENCH_PORT || 3402);
const forceBuild = process.argv.includes('--build');
const tmp = 'bench/tmp';

const siteSources = ['app', 'components', 'lib', 'i18n', 'messages', 'proxy.ts', 'server.mjs', 'next.config.ts', 'package-lock.json'];
const apps: Record<'site' | 'fixture' | 'floor' | 'shape', NextApp> = {
  site: {name: 'site', dir: '.', distDir: '.next', env: {}, sources: [...siteSources, 'content'], server: 'server.mjs'},
  // The real content has one version per language; the fixture content has three, so it has comparisons.
  fixture: {
    name: 'fixture',
    dir: '.',
    distDir: '.next-fixture',
    env: {CONTENT_DIR: 'tests/fixtures/content', LEGAL_TODAY: '2026-07-05', CONTENT_BASE: 'none'},
    server: 'server.mjs',
    sources: [...siteSources, 'tests/fixtures/content']
  },
  floor: {name: 'floor', dir: 'bench/floor', distDir: '.next', env: {}, sources: ['bench/floor', 'package-lock.json']},
  shape: {name: 'shape', dir: 'bench/floor-shape', distDir: '.next', env: {}, sources: ['bench/floor-shape', 'package-lock.json']}
};

const version = (pkg: string) => JSON.parse(fs.readFileSync(`node_modules/${pkg}/package.json`, 'utf8')).version;

async function main() {
  const builds: Record<string, number | null> = {};
  for (const app of Object.values(apps)) {
    console.log(`build ${app.name}…`);
    builds[app.name] = await buildIfNeeded(app, forceBuild);
  }
  const site = await startNext(apps.site, basePort);
  const fixture = await startNext(apps.fixture, basePort + 1);
  const floor = await startNext(apps.floor, basePort + 2);
  const shape = await startNext(apps.shape, basePort + 3);
  // The builds had both CPUs; the measuring gets one, the servers the other.
  pinLoadGenerator();
  const html = Buffer.from(await (await fetch(`${site.origin}/en/privacy`)).arrayBuffer());
  const ceiling = await startNginx(html, '/en/privacy', basePort + 8, tmp);

  const compare = '/en/privacy/compare/2026-01-10...2026-04-02';
  const compareStatus = (await fetch(fixture.origin + compare)).status;
  type Target = LoadTarget & {id: string; weigh?: boolean; skipped?: string};
  const on = (server: Server, path: string) => ({url: server.origin + path, cpuSeconds: server.cpuSeconds});
  const targets: Target[] = [
    {id: 'floor', name: 'floor (minimal Next.js page)', ...on(floor, '/'), weigh: true},
    {id: 'shape', name: 'floor in the site’s route shape (/[locale]/[document], revalidated)', ...on(shape, '/en/privacy')},
    {id: 'ceiling', name: 'ceiling (nginx, same HTML as /en/privacy)', ...on(ceiling, '/en/privacy')},
    {id: 'en', name: '/en/privacy', ...on(site, '/en/privacy'), weigh: true},
    {id: 'zh', name: '/zh/privacy', ...on(site, '/zh/privacy'), weigh: true},
    {id: 'redirect', name: '/privacy → /zh/privacy (307)', ...on(site, '/privacy'), headers: {'accept-language': 'zh-CN,zh;q=0.9'}},
    {
      id: 'compare',
      name: 'comparison (fixture content)',
      ...on(fixture, compare),
      weigh: true,
      skipped: compareStatus === 200 ? undefined : `HTTP ${compareStatus}: this build has no comparison page yet`
    }
  ];

  for (const target of targets) if (target.skipped) console.log(`skip ${target.name}: ${target.skipped}`);
  const loads = await measureLoad(targets.filter((t) => !t.skipped), settings);
  const rps = (id: string) => loads.get(targets.find((t) => t.id === id)!.name)!.rps;
  const [floorRps, shapeRps, ceilingRps] = [rps('floor'), rps('shape'), rps('ceiling')];

  const rows: Row[] = [];
  const browser = await chromium.launch({executablePath: chromiumPath(), args: ['--no-sandbox']});
  for (const target of targets) {
    const load = loads.get(target.name);
    const row: Row = {id: target.id, name: target.name, url: new URL(target.url).pathname, skipped: target.skipped};
    if (load) row.load = {...load, vsFloor: load.rps / floorRps, vsShape: load.rps / shapeRps, vsCeiling: load.rps / ceilingRps};
    if (target.weigh && !target.skipped) {
      const page = await browser.newPage();
      row.weight = await weighPage(page, target.url);
      await page.close();
    }
    rows.push(row);
  }
  await browser.close();
  const pdfs = await measurePdfs(site.origin, today());

  console.log('/en/privacy while comparisons of long versions render…');
  const duringComparisons = await measureDuringComparisons(apps.fixture, basePort + 4);

  // Locale-prefixed pages bypass the proxy, so they should be served at the floor's rate: the
  // minimal page's, and (what the site itself adds) the minimal page's in the same route shape.
  const pages = rows.filter((row) => (row.id === 'en' || row.id === 'zh') && row.load);
  const check = (row: Row, of: string, ratio: number) => ({
    check: `${row.name} within 20% of ${of}`,
    ratio: Math.round(ratio * 100) / 100,
    ok: ratio >= 0.8
  });
  const checks = [
    ...pages.map((row) => check(row, "the floor's rate", row.load!.vsFloor)),
    ...pages.map((row) => check(row, "the same-shape floor's rate", row.load!.vsShape))
  ];
  const results = {
    date: new Date().toISOString(),
    machine: {cpus: os.cpus().length, loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100), node: process.version},
    versions: {next: version('next'), react: version('react'), nginx: 'Debian'},
    settings: {...settings, pipelining: 1, acceptEncoding: 'none (uncompressed HTML)', pinning},
    buildSeconds: builds,
    rows,
    checks,
    pdfs,
    duringComparisons
  };
  fs.mkdirSync('bench/results', {recursive: true});
  fs.writeFileSync('bench/results/latest.json', JSON.stringify(results, null, 2) + '\n');
  const table = formatTable(results);
  console.log('\n' + table);
  for (const c of checks) console.log(`${c.ok ? 'ok  ' : 'MISS'} ${c.check}: ${c.ratio.toFixed(2)}×`);
  updateReadme(table);
  const comparisons = formatDuringComparisons(duringComparisons);
  console.log('\n' + comparisons);
  updateReadme(comparisons, 'docs/performance.md', 'bench-comparisons');
}

main()
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(stopAll);
