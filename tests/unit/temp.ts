import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Folders a test file writes its content trees and caches into; tests/unit/setup.ts removes them
// after the file's last test, so a run leaves nothing behind in the system's temporary folder.
const made: string[] = [];

/** A fresh, empty temporary folder, removed after the test file. */
export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function removeTempDirs() {
  for (const dir of made.splice(0)) fs.rmSync(dir, {recursive: true, force: true});
}
