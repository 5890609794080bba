// `npm run bench:scale`: build cost as history grows. Generates N synthetic versions per language
// from the real policy (each a small edit of the one before), builds each content folder from
// scratch and reports wall time, peak memory and what was prerendered, against the real content.
import {execFileSync, spawn} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {updateReadme} from './report';
import {writeSyntheticHistory} from './synthetic';

const sizes = (process.env.SCALE_SIZES || '100,200').split(',').map(Number);
const runs = Number(process.env.SCALE_RUNS || 1);
const root = 'bench/tmp/scale';
const distDir = '.next-fixture';

/** Sum of the resident memory of a process and all its descendants, in KiB. */
function treeRss(pid: number): number {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,rss='], {encoding: 'utf8'})
    .trim()
    .split('\n')
    .map((row) => row.trim().split(/\s+/).map(Number));
  const tree = new Set([pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [p, pp] of rows) if (tree.has(pp) && !tree.has(p)) (tree.add(p), (grew = true));
  }
  return rows.filter(([p]) => tree.has(p)).reduce((sum, [, , rss]) => sum + rss, 0);
}

type Build = {seconds: number; peakMiB: number; routes: number; compareRoutes: number};

function build(contentDir: string): Promise<Build> {
  fs.rmSync(distDir, {recursive: true, force: true});
  const started = performance.now();
  const child = spawn('node_modules/.bin/next', ['build'], {
    env: {...process.env, CONTENT_DIR: contentDir, NEXT_DIST_DIR: distDir, LEGAL_TODAY: '2026-06-15', NEXT_TELEMETRY_DISABLED: '1'},
    stdio: ['ignore', 'ignore', 'inherit']
  });
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 250);
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => {
      clearInterval(sampler);
      if (code !== 0) return reject(new Error(`next build of ${contentDir} exited ${code}`));
      const routes = Object.keys(JSON.parse(fs.readFileSync(path.join(distDir, 'prerender-manifest.json'), 'utf8')).routes);
      resolve({
        seconds: Math.round((performance.now() - started) / 100) / 10,
        peakMiB: Math.round(peak / 1024),
        routes: routes.length,
        compareRoutes: routes.filter((r) => r.includes('/compare/')).length
      });
    });
  });
}

async function main() {
  const cases = [{label: 'real content', versions: 1, dir: 'content'}, ...sizes.map((n) => ({label: `N = ${n}`, versions: n, dir: writeSyntheticHistory('content/privacy', path.join(root, `n${n}`), n)}))];
  const results: {label: string; versions: number; builds: Build[]}[] = [];
  for (const c of cases) results.push({label: c.label, versions: c.versions, builds: []});
  for (let run = 1; run <= runs; run++) {
    for (const [i, c] of cases.entries()) {
      console.log(`run ${run}/${runs}: build ${c.label}…`);
      results[i].builds.push(await build(c.dir));
    }
  }
  const best = (r: (typeof results)[number]) => Math.min(...r.builds.map((b) => b.seconds));
  const lines = [
    '| content | versions per language | build time, s | peak memory, MiB | prerendered routes | of them comparisons |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...results.map((r) => {
      const last = r.builds.at(-1)!;
      return `| ${r.label} | ${r.versions} | ${r.builds.map((b) => b.seconds).join(' / ')} | ${r.builds.map((b) => b.peakMiB).join(' / ')} | ${last.routes} | ${last.compareRoutes} |`;
    })
  ];
  // "About linear": a hundred more versions per language may at most double the build time.
  const verdicts: string[] = [];
  for (let i = 2; i < results.length; i++) {
    const ratio = best(results[i]) / best(results[i - 1]);
    verdicts.push(`${results[i].label} / ${results[i - 1].label}: ${ratio.toFixed(2)}× the time (limit 2×)`);
    if (ratio > 2) process.exitCode = 1;
  }
  for (const r of results) {
    const pairs = r.versions * (r.versions - 1); // both languages, every unordered pair
    if (r.versions > 2 && r.builds.at(-1)!.compareRoutes >= pairs) process.exitCode = 1;
  }
  const table = [
    ...lines,
    '',
    `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · ${runs} run(s), times listed in order · ` +
      `peak memory: resident memory of the build and its workers, sampled every 250 ms · ${verdicts.join(' · ')}`
  ].join('\n');
  fs.mkdirSync('bench/results', {recursive: true});
  fs.writeFileSync('bench/results/scale.json', JSON.stringify({date: new Date().toISOString(), runs, results, verdicts}, null, 2) + '\n');
  console.log('\n' + table);
  updateReadme(table, 'README.md', 'scale');
  if (process.exitCode) console.error('build cost grows faster than the limit allows');
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
