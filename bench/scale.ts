// `npm run bench:scale`: build cost as history grows. Generates N synthetic versions per language
// from the real policy (each a small edit of the one before), builds each content folder from
// scratch and reports wall time, peak memory and what was prerendered, against the real content.
import {execFileSync, spawn} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {updateReadme} from './report';
import {errorsIn} from '../lib/content/issues';
import {readContent} from '../lib/content/load';
import {today} from '../lib/dates';
import {writeSyntheticHistory} from './synthetic';

const sizes = (process.env.SCALE_SIZES || '100,200').split(',').map(Number);
const runs = Number(process.env.SCALE_RUNS || 1);
const root = 'bench/tmp/scale';
const distDir = '.next-fixture';
// A day after every version of the real content (published by today) and of the synthetic histories (2018 on).
const day = today();

/**
 * Sum of the resident memory of a process and all its descendants, in KiB; and the CPU time each of
 * them has used so far, in clock ticks, added to `cpu` (a worker's last ticks before it exits are lost).
 */
function treeRss(pid: number, cpu: Map<number, number>): number {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,rss='], {encoding: 'utf8'})
    .trim()
    .split('\n')
    .map((row) => row.trim().split(/\s+/).map(Number));
  const tree = new Set([pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [p, pp] of rows) {
      if (tree.has(pp) && !tree.has(p)) {
        tree.add(p);
        grew = true;
      }
    }
  }
  for (const p of tree) {
    try {
      // utime and stime, the 14th and 15th fields, counted after the command name in parentheses.
      const fields = fs.readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1].split(' ');
      cpu.set(p, Math.max(cpu.get(p) ?? 0, Number(fields[11]) + Number(fields[12])));
    } catch {
      // The process has just exited.
    }
  }
  return rows.filter(([p]) => tree.has(p)).reduce((sum, [, , rss]) => sum + rss, 0);
}

/** Clock ticks per second of /proc's CPU times. */
const TICKS = Number(execFileSync('getconf', ['CLK_TCK'], {encoding: 'utf8'}).trim()) || 100;

type Build = {seconds: number; cpuSeconds: number; peakMiB: number; routes: number; compareRoutes: number};

// GNU time reports the CPU time of the build and all its workers, which a busy machine disturbs far
// less than the wall time.
const gnuTime = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const cpuFile = path.join(root, 'cpu.txt');

/** Milliseconds to read and render a content folder in this process, best of three. */
function loadMs(contentDir: string): number {
  const times = [0, 1, 2].map(() => {
    const started = performance.now();
    const errors = errorsIn(readContent(path.resolve(contentDir), day).issues);
    if (errors.length > 0) throw new Error(`${contentDir}: ${errors[0].message}`);
    return performance.now() - started;
  });
  return Math.round(Math.min(...times));
}

function build(contentDir: string): Promise<Build> {
  fs.rmSync(distDir, {recursive: true, force: true});
  const started = performance.now();
  const command = ['node_modules/.bin/next', 'build'];
  const [program, ...args] = gnuTime ? [gnuTime, '-f', '%U %S', '-o', cpuFile, ...command] : command;
  const child = spawn(program, args, {
    env: {...process.env, CONTENT_DIR: contentDir, NEXT_DIST_DIR: distDir, LEGAL_TODAY: day, NEXT_TELEMETRY_DISABLED: '1'},
    stdio: ['ignore', 'ignore', 'inherit']
  });
  let peak = 0;
  const cpu = new Map<number, number>();
  const sampler = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!, cpu))), 250);
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => {
      clearInterval(sampler);
      if (code !== 0) return reject(new Error(`next build of ${contentDir} exited ${code}`));
      const routes = Object.keys(JSON.parse(fs.readFileSync(path.join(distDir, 'prerender-manifest.json'), 'utf8')).routes);
      resolve({
        seconds: Math.round((performance.now() - started) / 100) / 10,
        // GNU time misses workers the build ends without waiting for them; the samples miss their
        // last quarter second. Each is a lower bound: the larger is kept.
        cpuSeconds: Math.round(
          Math.max(
            gnuTime ? fs.readFileSync(cpuFile, 'utf8').trim().split(/\s+/).slice(-2).map(Number).reduce((a, b) => a + b) : 0,
            [...cpu.values()].reduce((a, b) => a + b, 0) / TICKS
          )
        ),
        peakMiB: Math.round(peak / 1024),
        routes: routes.length,
        compareRoutes: routes.filter((r) => r.includes('/compare/')).length
      });
    });
  });
}

async function main() {
  const cases = [{label: 'real content', versions: 1, dir: 'content'}, ...sizes.map((n) => ({label: `N = ${n}`, versions: n, dir: writeSyntheticHistory('content/privacy', path.join(root, `n${n}`), n)}))];
  const results: {label: string; versions: number; loadMs: number; builds: Build[]}[] = [];
  for (const c of cases) results.push({label: c.label, versions: c.versions, loadMs: loadMs(c.dir), builds: []});
  for (let run = 1; run <= runs; run++) {
    for (const [i, c] of cases.entries()) {
      console.log(`run ${run}/${runs}: build ${c.label}…`);
      results[i].builds.push(await build(c.dir));
    }
  }
  // Each build's least time: on a shared machine the other runs measure the neighbours.
  const best = (r: (typeof results)[number]) => Math.min(...r.builds.map((b) => b.cpuSeconds));
  const lines = [
    '| content | versions per language | load + render, ms | build wall time, s | build CPU time, s | peak memory, MiB | prerendered routes | of them comparisons |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.map((r) => {
      const last = r.builds.at(-1)!;
      const each = (f: (b: Build) => number | null) => r.builds.map((b) => f(b) ?? '—').join(' / ');
      return `| ${r.label} | ${r.versions} | ${r.loadMs} | ${each((b) => b.seconds)} | ${each((b) => b.cpuSeconds)} | ${each((b) => b.peakMiB)} | ${last.routes} | ${last.compareRoutes} |`;
    })
  ];
  // "About linear": a hundred more versions per language may at most double the build time.
  const verdicts: string[] = [];
  for (let i = 1; i < results.length; i++) {
    const ratio = best(results[i]) / best(results[i - 1]);
    verdicts.push(`${results[i].label} vs ${results[i - 1].label}: ${ratio.toFixed(2)}× the CPU time (limit 2×)`);
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
  updateReadme(table, 'docs/performance.md', 'scale');
  if (process.exitCode) console.error('build cost grows faster than the limit allows');
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
