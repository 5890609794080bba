// Broken content never deploys: `npm run build` checks first, and next build itself refuses it too.
import {spawnSync} from 'node:child_process';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {doc, draftTree} from '../helpers';

const broken = () =>
  draftTree({
    'privacy/en/2026-05-01.md': '---\ndescription: A description long enough for search engines to show.\n---\n\n## 1. Scope\n',
    'terms/en/2026-05-01.md': doc()
  });

function build(command: string, args: string[], root: string) {
  const result = spawnSync(command, args, {
    encoding: 'utf8',
    // .next-fixture is one of the build folders tsconfig.json knows; the end-to-end tests rebuild it.
    env: {...process.env, CONTENT_DIR: root, LEGAL_TODAY: '2026-06-15', NEXT_DIST_DIR: '.next-fixture', NEXT_TELEMETRY_DISABLED: '1'}
  });
  return {status: result.status, output: result.stdout + result.stderr};
}

const message = (root: string) =>
  `${path.relative(process.cwd(), root)}/privacy/en/2026-05-01.md:2: front matter: "title" is required`;

describe('building broken content', () => {
  it('npm run build stops at the content check, before Next.js starts, naming the file', {timeout: 60_000}, () => {
    const root = broken();
    const {status, output} = build('npm', ['run', 'build'], root);
    expect(status).not.toBe(0);
    expect(output).toContain(message(root));
    expect(output).toContain('content:check: 1 valid version, 1 error, 2 warnings');
    expect(output).not.toContain('Creating an optimized production build');
  });

  it('next build itself fails with the same message, should the check be skipped', {timeout: 300_000}, () => {
    const root = broken();
    const {status, output} = build(path.resolve('node_modules/.bin/next'), ['build'], root);
    expect(status).not.toBe(0);
    expect(output).toContain(message(root));
  });
});
