// Load test: 64 connections for 30 s against one page of the production build, sampling the
// server's memory. Fails on any error or non-2xx answer, or if memory keeps growing.
// Usage: npm run build && npm run load   (PORT, LOAD_PATH, LOAD_CONNECTIONS, LOAD_SECONDS, NEXT_DIST_DIR)
import {spawn} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';

const port = Number(process.env.PORT || 3000);
const target = `http://127.0.0.1:${port}${process.env.LOAD_PATH || '/en/privacy'}`;
const connections = Number(process.env.LOAD_CONNECTIONS || 64);
const duration = Number(process.env.LOAD_SECONDS || 30);
const distDir = process.env.NEXT_DIST_DIR || '.next';
// Growth allowed between the end of warm-up and the end of the run before memory counts as leaking.
const MAX_GROWTH = 0.25;

if (!fs.existsSync(path.join(distDir, 'BUILD_ID'))) {
  console.error(`No production build in ${distDir}/: run "npm run build" first.`);
  process.exit(2);
}

/** Resident memory of a process and all its descendants, in bytes (Linux /proc). */
function treeRss(pid) {
  const read = (file) => {
    try {
      return fs.readFileSync(file, 'utf8');
    } catch {
      return ''; // the process ended while we looked
    }
  };
  const rss = Number(/VmRSS:\s+(\d+) kB/.exec(read(`/proc/${pid}/status`))?.[1] ?? 0) * 1024;
  const tasks = read(`/proc/${pid}/task/${pid}/children`).trim();
  return rss + (tasks ? tasks.split(/\s+/).map(Number).reduce((sum, child) => sum + treeRss(child), 0) : 0);
}

async function waitFor(url) {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the server did not answer ${url}`);
}

const server = spawn(process.execPath, ['server.mjs'], {
  env: {...process.env, PORT: String(port), NEXT_DIST_DIR: distDir},
  stdio: ['ignore', 'ignore', 'inherit']
});
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

try {
  await waitFor(target);
  const samples = [];
  const sampler = setInterval(() => samples.push({at: Date.now(), rss: treeRss(server.pid)}), 500);
  const started = Date.now();
  const result = await autocannon({url: target, connections, duration});
  clearInterval(sampler);

  // Averages over 5 s, so one garbage collection more or less does not decide the verdict.
  const mean = (list) => list.reduce((sum, s) => sum + s.rss, 0) / list.length;
  const afterWarmUp = mean(samples.filter((s) => s.at - started >= 5000 && s.at - started < 10_000));
  const last = mean(samples.filter((s) => s.at >= samples.at(-1).at - 5000));
  const peak = Math.max(...samples.map((s) => s.rss));
  const growth = (last - afterWarmUp) / afterWarmUp;
  console.log(
    [
      `${target}: ${connections} connections for ${duration} s`,
      `requests: ${result.requests.total} (${result.requests.average.toFixed(0)}/s average), 2xx: ${result['2xx']}`,
      `errors: ${result.errors}, timeouts: ${result.timeouts}, non-2xx: ${result.non2xx}`,
      `latency: p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`,
      `server memory (RSS): start ${mb(samples[0].rss)}, 5–10 s ${mb(afterWarmUp)}, last 5 s ${mb(last)}, peak ${mb(peak)} (${(growth * 100).toFixed(1)}% after warm-up)`
    ].join('\n')
  );
  const failures = [
    result.errors + result.timeouts > 0 && 'errors or timeouts',
    result.non2xx > 0 && 'non-2xx answers',
    growth > MAX_GROWTH && `memory grew more than ${MAX_GROWTH * 100}% after warm-up`
  ].filter(Boolean);
  if (failures.length > 0) {
    console.error(`FAIL: ${failures.join(', ')}`);
    process.exitCode = 1;
  }
} finally {
  server.kill('SIGTERM');
}
