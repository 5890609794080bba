// Production builds and servers for the bench: build a Next.js app when its output is missing or
// older than its sources, start `next start` or nginx on a given port, stop them all at the end.
import {execFileSync, spawn, type ChildProcess} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * With two CPUs or more, every server runs on CPU 0 and the load generator (this process) on CPU 1,
 * so that they never take turns on one core and a rate measures the server alone. `BENCH_PIN=0`
 * turns it off; so does a machine without `taskset` (util-linux).
 */
export const pinning = (() => {
  if (process.env.BENCH_PIN === '0' || os.cpus().length < 2) return null;
  try {
    execFileSync('taskset', ['-V'], {stdio: 'ignore'});
  } catch {
    return null;
  }
  return {servers: '0', load: '1'};
})();

/** Moves this process, all of its threads, to the load generator's CPU (after the builds). */
export function pinLoadGenerator() {
  if (pinning) execFileSync('taskset', ['-a', '-cp', pinning.load, String(process.pid)], {stdio: 'ignore'});
}

/** `command args` as spawned on the servers' CPU when pinning. */
function onServerCpu(command: string, args: string[]): [string, string[]] {
  return pinning ? ['taskset', ['-c', pinning.servers, command, ...args]] : [command, args];
}

export type NextApp = {
  name: string;
  /** The project folder given to `next build`/`next start`; '.' is the site. */
  dir: string;
  /** How it is served: the site runs its own server.mjs (what `npm start` runs), the floors `next start`. */
  server?: 'server.mjs';
  distDir: string;
  env: Record<string, string>;
  /** Tracked paths whose changes call for a rebuild. */
  sources: string[];
};

const next = path.resolve('node_modules/.bin/next');
const running: ChildProcess[] = [];
const quiet = {NEXT_TELEMETRY_DISABLED: '1'};

function newestSource(sources: string[]): number {
  const files = execFileSync('git', ['ls-files', '--', ...sources], {encoding: 'utf8'}).split('\n').filter(Boolean);
  return Math.max(0, ...files.filter((f) => fs.existsSync(f)).map((f) => fs.statSync(f).mtimeMs));
}

/** Builds `app` unless an up-to-date build exists; returns the build's wall time, or null if reused. */
export async function buildIfNeeded(app: NextApp, force: boolean): Promise<number | null> {
  const buildId = path.join(app.dir, app.distDir, 'BUILD_ID');
  // Other tools build into the same folders with other content (bench:scale): a stamp of the
  // environment tells whether the build there is the one wanted.
  const stamp = path.join(app.dir, app.distDir, 'bench-env.json');
  const wanted = JSON.stringify(app.env);
  const fresh = fs.existsSync(buildId) && fs.statSync(buildId).mtimeMs > newestSource(app.sources);
  if (!force && fresh && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === wanted) return null;
  const started = performance.now();
  await run(next, ['build', app.dir], {...app.env, ...quiet, NEXT_DIST_DIR: app.distDir});
  fs.writeFileSync(stamp, wanted);
  return (performance.now() - started) / 1000;
}

function run(command: string, args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {env: {...process.env, ...env}, stdio: ['ignore', 'ignore', 'inherit']});
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited ${code}`))));
  });
}

async function waitFor(url: string, child: ChildProcess): Promise<void> {
  for (let tries = 0; tries < 300; tries++) {
    if (child.exitCode !== null) throw new Error(`the server for ${url} exited with ${child.exitCode}`);
    try {
      await fetch(url, {redirect: 'manual'});
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error(`${url} did not answer within 60 s`);
}

function track(child: ChildProcess) {
  running.push(child);
  return child;
}

/** A running server: where it answers, the CPU time its processes have used so far, and how to stop it. */
export type Server = {origin: string; cpuSeconds: () => number | null; stop: () => Promise<void>};

// Clock ticks per second of /proc/<pid>/stat: 100 on Linux unless `getconf CLK_TCK` says otherwise.
const ticksPerSecond = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], {encoding: 'utf8'})) || 100;
  } catch {
    return 100;
  }
})();

/**
 * User and system CPU seconds of `pid` and all of its descendants (`next start` serves from a child
 * process; nginx from a worker), from /proc. Null where there is no /proc (not Linux).
 */
function treeCpuSeconds(pid: number): number | null {
  const stat = (p: number) => {
    const text = fs.readFileSync(`/proc/${p}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may hold spaces.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15 of proc(5))
  };
  const children = (p: number) =>
    fs
      .readdirSync(`/proc/${p}/task`)
      .flatMap((tid) => fs.readFileSync(`/proc/${p}/task/${tid}/children`, 'utf8').split(' ').filter(Boolean).map(Number));
  try {
    let ticks = 0;
    for (const queue = [pid]; queue.length > 0; ) {
      const p = queue.pop()!;
      ticks += stat(p);
      queue.push(...children(p));
    }
    return ticks / ticksPerSecond;
  } catch {
    return null;
  }
}

function server(origin: string, child: ChildProcess): Server {
  return {
    origin,
    cpuSeconds: () => (child.pid === undefined ? null : treeCpuSeconds(child.pid)),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      })
  };
}

function serveCommand(app: NextApp, port: number): [string, string[]] {
  return app.server ? [process.execPath, [path.join(app.dir, app.server)]] : [next, ['start', app.dir, '-p', String(port), '-H', '127.0.0.1']];
}

/** `pinned: false` lets the server use every CPU: its worker threads need one of their own. */
export async function startNext(app: NextApp, port: number, {pinned = true} = {}): Promise<Server> {
  const command = serveCommand(app, port);
  const child = track(
    spawn(...(pinned ? onServerCpu(...command) : command), {
      env: {...process.env, ...app.env, ...quiet, NEXT_DIST_DIR: app.distDir, PORT: String(port)},
      stdio: ['ignore', 'ignore', 'inherit']
    })
  );
  const origin = `http://127.0.0.1:${port}`;
  await waitFor(origin, child);
  return server(origin, child);
}

/** nginx serving `html` at `pathname`, one worker like the one Node.js process of `next start`. */
export async function startNginx(html: Buffer, pathname: string, port: number, tmp: string): Promise<Server> {
  const root = path.resolve(tmp, 'nginx');
  fs.rmSync(root, {recursive: true, force: true});
  fs.mkdirSync(path.join(root, 'www'), {recursive: true});
  fs.writeFileSync(path.join(root, 'www', 'page.html'), html);
  fs.writeFileSync(
    path.join(root, 'nginx.conf'),
    `daemon off;
worker_processes 1;
pid ${root}/nginx.pid;
error_log ${root}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  server {
    listen 127.0.0.1:${port};
    location = ${pathname} { default_type "text/html; charset=utf-8"; alias ${root}/www/page.html; }
  }
}
`
  );
  const child = track(
    spawn(...onServerCpu('nginx', ['-p', root, '-c', path.join(root, 'nginx.conf'), '-e', path.join(root, 'error.log')]), {
      stdio: ['ignore', 'ignore', 'inherit']
    })
  );
  const origin = `http://127.0.0.1:${port}`;
  await waitFor(origin, child);
  return server(origin, child);
}

export function stopAll() {
  for (const child of running) if (child.exitCode === null) child.kill('SIGTERM');
}
