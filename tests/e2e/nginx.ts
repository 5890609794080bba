// nginx in front of the site, started with deploy/nginx.conf itself: only the three lines marked
// "deployment:" change (the origin, the cache folder, the port), so the documented configuration is
// the tested one. Run from a temporary folder.
import {spawn, type ChildProcess} from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export type Nginx = {port: number; cacheDir: string; stop: () => Promise<void>};

const DEPLOYED = fs.readFileSync('deploy/nginx.conf', 'utf8');

/** deploy/nginx.conf with its deployment lines pointed at this test's origin, port and folder. */
function siteConfig(port: number, upstream: string, cacheDir: string): string {
  const replacements: [RegExp, string][] = [
    [/^(\s*)server 127\.0\.0\.1:3000;(\s*# deployment:.*)$/m, `$1server ${new URL(upstream).host};$2`],
    [/^proxy_cache_path \/var\/cache\/nginx\/infermesh /m, `proxy_cache_path ${cacheDir} `],
    [/^(\s*)listen 80;(\s*# deployment:.*)$/m, `$1listen 127.0.0.1:${port};$2`]
  ];
  return replacements.reduce((text, [pattern, replacement]) => {
    if (!pattern.test(text)) throw new Error(`deploy/nginx.conf no longer has the line ${pattern}: update tests/e2e/nginx.ts`);
    return text.replace(pattern, replacement);
  }, DEPLOYED);
}

function mainConfig(dir: string, site: string) {
  const temp = (name: string) => path.join(dir, name);
  return `
daemon off;
master_process off;
worker_processes 1;
pid ${temp('nginx.pid')};
error_log ${temp('error.log')} warn;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path ${temp('body')};
  proxy_temp_path ${temp('proxy')};
  fastcgi_temp_path ${temp('fastcgi')};
  uwsgi_temp_path ${temp('uwsgi')};
  scgi_temp_path ${temp('scgi')};
  include ${site};
}
`;
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

/** A port nobody listens on now, from the system's ephemeral range. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export async function startNginx(port: number, upstream: string): Promise<Nginx> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'legal-nginx-'));
  const cacheDir = path.join(dir, 'cache');
  const site = path.join(dir, 'site.conf');
  fs.writeFileSync(site, siteConfig(port, upstream, cacheDir));
  fs.writeFileSync(path.join(dir, 'nginx.conf'), mainConfig(dir, site));
  const binary = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((candidate) => fs.existsSync(candidate)) ?? 'nginx';
  const child: ChildProcess = spawn(binary, ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', path.join(dir, 'error.log')], {
    stdio: ['ignore', 'ignore', 'pipe']
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  for (let i = 0; i < 100 && !(await listening(port)); i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (!(await listening(port))) throw new Error(`nginx did not listen on ${port}: ${stderr}`);
  return {
    port,
    cacheDir,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => {
          fs.rmSync(dir, {recursive: true, force: true});
          resolve();
        });
        child.kill('SIGTERM');
      })
  };
}
