import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const vnu = path.resolve('node_modules/vnu-jar/build/dist/vnu.jar');

/** Runs the W3C Nu HTML Checker once over every page; returns its errors as "url: line: message". */
export async function htmlErrors(baseURL: string, paths: string[]): Promise<string[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vnu-'));
  const files = new Map<string, string>();
  for (const [index, page] of paths.entries()) {
    const file = path.join(dir, `page-${index}.html`);
    fs.writeFileSync(file, await (await fetch(new URL(page, baseURL))).text());
    files.set(file, page);
  }
  let output: string;
  try {
    output = execFileSync('java', ['-jar', vnu, '--format', 'json', '--stdout', ...files.keys()], {encoding: 'utf8'});
  } catch (error) {
    // vnu exits 1 when it found errors; its report is still on stdout.
    output = (error as {stdout: string}).stdout;
  } finally {
    fs.rmSync(dir, {recursive: true, force: true});
  }
  const {messages} = JSON.parse(output) as {messages: {type: string; url: string; lastLine?: number; message: string}[]};
  return messages
    .filter((m) => m.type === 'error')
    .map((m) => `${files.get(decodeURIComponent(new URL(m.url).pathname))}:${m.lastLine}: ${m.message}`);
}
