// `npm run content:preview` (after `npm run build`): saves the pages of a pull request's new versions
// (each permalink, and the comparison with the version before) with the stylesheet they use, in a
// folder whose files open from disk in any browser: CI uploads it as the artifact "preview", so a
// reviewer sees the new pages without a terminal. Starts the production server (node server.mjs on
// $PORT, against $NEXT_DIST_DIR), fetches the pages, writes them and stops the server.
// `PREVIEW_DIR` (default `preview`) is the folder; `CONTENT_BASE` names the base branch, as for content:report.
import {spawn} from 'node:child_process';
import {once} from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import {baseFromEnvironment} from '@/lib/content/git';
import {readContent} from '@/lib/content/load';
import {today} from '@/lib/dates';
import {contentDir, siteUrl} from '@/lib/site';
import {newVersions, previewPages} from './pull-request-report';

/** A file a saved page uses: `url` on the site, `file` in the preview folder. */
export type Asset = {url: string; file: string};

const GENERATOR = '<meta name="generator" content="npm run content:preview">';
const decode = (value: string) => value.replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const encode = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
// Files of the build (/_next/static/…, content-hashed) and of the site (/icon.svg) that a page loads.
const ASSET = /^\/(?:_next\/static\/.+|[^/]+\.(?:css|svg|png|ico|webp|jpg|woff2?))$/;

/**
 * A page as the server sent it, made to open from disk: the stylesheet and icon it loads point to
 * their copies in the folder (relative paths), links to other saved pages to their files, and links
 * to any other page of the site to the published site (`site`). Scripts, which the server already
 * leaves out, and preloads of scripts are removed; data blocks (JSON-LD) stay. `file` is where the page
 * is saved in the folder (en/privacy/versions/2026-12-01.html); `saved` maps the path of each saved
 * page to its file; `banner`, if given, is HTML put first in the body. Returns the files to save with it.
 */
export function rewritePage(page: string, file: string, saved: ReadonlyMap<string, string>, site: string, banner = ''): {html: string; assets: Asset[]} {
  const assets = new Map<string, Asset>();
  const from = path.posix.dirname(file);
  const relative = (target: string) => path.posix.relative(from, target) || path.posix.basename(target);
  const address = (value: string): string => {
    if (!value.startsWith('/') || value.startsWith('//')) return value;
    const [, pathname, query = '', hash = ''] = /^([^?#]*)(\?[^#]*)?(#.*)?$/.exec(value)!;
    if (ASSET.test(pathname)) {
      const target = `assets/${pathname.replace(/^\/(?:_next\/static\/)?/, '')}`;
      assets.set(target, {url: pathname + query, file: target});
      return relative(target);
    }
    const page = saved.get(pathname);
    return page ? relative(page) + hash : site + value;
  };
  let html = page
    .replace(/<script\b([^>]*)>[\s\S]*?<\/script\s*>/gi, (script, attributes: string) => (/\btype="application\/ld\+json"/i.test(attributes) ? script : ''))
    .replace(/<link\b[^>]*\b(?:as="script"|rel="modulepreload")[^>]*>/gi, '')
    // Attribute values of the server's HTML are quoted with "…" and hold no ">": each tag is matched whole.
    .replace(/<[a-zA-Z][^>]*>/g, (tag) => tag.replace(/(\s(?:href|src|action)=")([^"]*)"/gi, (_, name: string, value: string) => `${name}${encode(address(decode(value)))}"`));
  html = html.replace(/<\/head>/i, (end) => `${GENERATOR}${end}`);
  if (banner) html = html.replace(/<body\b[^>]*>/i, (body) => `${body}${banner}`);
  return {html, assets: [...assets.values()]};
}

/** The page that lists every saved page. */
function indexPage(pages: {file: string; label: string}[], stylesheet: string | undefined): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    GENERATOR,
    stylesheet ? `<link rel="stylesheet" href="${escape(stylesheet)}">` : '',
    '<title>Preview of the new versions</title></head>',
    '<body><main id="main"><article class="document"><h1>Preview of the new versions</h1>',
    '<p>The pages of this pull request\'s new versions, as the site will show them. Links to pages that are not in the preview go to the published site.</p>',
    '<ul>',
    ...pages.map((page) => `<li><a href="${escape(page.file)}">${escape(page.label)}</a></li>`),
    '</ul></article></main></body></html>',
    ''
  ].join('\n');
}

/** Starts `node server.mjs` on `port` and resolves once it is ready; rejects if it stops first. */
async function startServer(port: string) {
  const server = spawn(process.execPath, ['server.mjs'], {env: {...process.env, PORT: port}, stdio: ['ignore', 'pipe', 'inherit']});
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start within 120 s on port ${port}`)), 120_000);
    let output = '';
    server.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready on')) {
        clearTimeout(timer);
        resolve();
      }
    });
    server.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server stopped (exit code ${code}) before it was ready: is port ${port} in use, or is the site not built (npm run build)?`));
    });
  });
  return server;
}

async function main() {
  const day = today();
  const content = readContent(contentDir, day, baseFromEnvironment() ?? undefined);
  const found = newVersions(content);
  const pages = found.versions.flatMap((version) => previewPages(content.catalog, version));
  if (pages.length === 0) {
    console.log('No new version: there is nothing to preview.');
    return;
  }
  const out = path.resolve(process.env.PREVIEW_DIR || 'preview');
  // Only a folder this command wrote before is emptied.
  if (fs.existsSync(out)) {
    const index = path.join(out, 'index.html');
    const ours = fs.existsSync(index) && fs.readFileSync(index, 'utf8').includes(GENERATOR);
    if (!ours && fs.readdirSync(out).length > 0) throw new Error(`${out} exists and is not a preview: remove it, or set PREVIEW_DIR`);
    fs.rmSync(out, {recursive: true, force: true});
  }
  const port = process.env.PORT || '3000';
  const saved = new Map(pages.map((page) => [page.path, page.file]));
  const banner =
    '<p role="note" style="margin:0;padding:0.5rem 1rem;background:#fff4ce;color:#1f1f1f;border-bottom:2px solid #c9a227;font:0.9rem/1.4 system-ui,sans-serif">' +
    `Preview of a pull request, saved on ${day}: not the published site. Links to pages that are not in the preview go to the published site.</p>`;
  const assets = new Map<string, Asset>();
  const server = await startServer(port);
  try {
    for (const page of pages) {
      const response = await fetch(`http://localhost:${port}${page.path}`, {redirect: 'manual'});
      if (response.status !== 200) throw new Error(`${page.path} answered ${response.status}, not 200`);
      const {html, assets: used} = rewritePage(await response.text(), page.file, saved, siteUrl, banner);
      for (const asset of used) assets.set(asset.file, asset);
      fs.mkdirSync(path.dirname(path.join(out, page.file)), {recursive: true});
      fs.writeFileSync(path.join(out, page.file), html);
    }
    for (const asset of assets.values()) {
      const response = await fetch(`http://localhost:${port}${asset.url}`);
      if (response.status !== 200) throw new Error(`${asset.url} answered ${response.status}, not 200`);
      const bytes = Buffer.from(await response.arrayBuffer());
      // A stylesheet that loads fonts or images by a site path would need them too; ours loads none.
      if (asset.file.endsWith('.css') && /url\(\s*['"]?\//.test(bytes.toString())) console.warn(`warning: ${asset.url} loads files by site path; they are not in the preview`);
      fs.mkdirSync(path.dirname(path.join(out, asset.file)), {recursive: true});
      fs.writeFileSync(path.join(out, asset.file), bytes);
    }
  } finally {
    server.kill('SIGTERM');
    if (server.exitCode === null) await once(server, 'exit');
  }
  const stylesheet = [...assets.values()].find((asset) => asset.file.endsWith('.css'))?.file;
  fs.writeFileSync(path.join(out, 'index.html'), indexPage(pages, stylesheet));
  const shown = path.relative(process.cwd(), out) || '.';
  console.log(`Saved ${pages.length} page${pages.length === 1 ? '' : 's'} and ${assets.size} file${assets.size === 1 ? '' : 's'} they use in ${shown}/:`);
  for (const page of pages) console.log(`  ${shown}/${page.file}`);
  console.log(`Open ${shown}/${pages[0].file} (or ${shown}/index.html) in a browser.`);
}

// Run as `npm run content:preview`; the tests import rewritePage.
if (path.basename(process.argv[1] ?? '') === 'preview-pages.ts') {
  main().catch((error: unknown) => {
    console.error(`content:preview: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
