// Runs one of the TypeScript commands in this folder: `node scripts/run.mjs check-content [args]`.
// esbuild bundles it with its libraries into one file first (a fraction of a second), which then
// starts several times faster than loading hundreds of TypeScript and library files one by one.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {build} from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const [name, ...args] = process.argv.slice(2);
const entry = path.join(here, `${name}.ts`);
if (!name || !fs.existsSync(entry)) {
  console.error(`Unknown command "${name ?? ''}": one of ${fs.readdirSync(here).filter((f) => f.endsWith('.ts') && f !== 'cli.ts').join(', ')}`);
  process.exit(2);
}

const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'legal-scripts-'));
const outfile = path.join(outdir, `${name}.mjs`);
// On every way out, including process.exit() when a command refuses.
process.on('exit', () => fs.rmSync(outdir, {recursive: true, force: true}));
await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  // CommonJS libraries bundled into an ES module still call require() for Node's own modules.
  banner: {js: "import {createRequire} from 'node:module'; const require = createRequire(import.meta.url);"}
});
process.argv = [process.argv[0], entry, ...args];
await import(pathToFileURL(outfile).href);
