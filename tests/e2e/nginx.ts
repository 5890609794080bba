// A real shared cache in front of the site: nginx with proxy_cache, configured the way a CDN
// behaves (it stores every response its headers allow), run from a temporary folder.
import {spawn, type ChildProcess} from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export type Nginx = {port: number; stop: () => Promise<void>};

function config(dir: string, port: number, upstream: string) {
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
  proxy_cache_path ${temp('cache')} keys_zone=site:1m;
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass ${upstream};
      proxy_http_version 1.1;
      proxy_cache site;
      # Cache every status for a while unless the response's own headers forbid it.
      proxy_cache_valid any 10m;
      add_header X-Cache-Status $upstream_cache_status always;
    }
  }
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

export async function startNginx(port: number, upstream: string): Promise<Nginx> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'legal-nginx-'));
  fs.writeFileSync(path.join(dir, 'nginx.conf'), config(dir, port, upstream));
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
