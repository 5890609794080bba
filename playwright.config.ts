import fs from 'node:fs';
import {defineConfig, devices} from '@playwright/test';

// Debian's Chromium unless CHROMIUM_PATH says otherwise; Playwright's own browser where neither exists.
const executablePath =
  process.env.CHROMIUM_PATH || (fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

const sitePort = Number(process.env.E2E_SITE_PORT || 3100);
const fixturePort = Number(process.env.E2E_FIXTURE_PORT || 3101);

// Both servers are production builds: `next build` then `next start`.
const serve = (env: string, port: number) =>
  `${env} npm run build && ${env} PORT=${port} npm start`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync']
    }
  },
  projects: [
    {name: 'site', testMatch: 'site/**/*.spec.ts', use: {baseURL: `http://127.0.0.1:${sitePort}`}},
    {name: 'fixture', testMatch: 'fixture/**/*.spec.ts', use: {baseURL: `http://127.0.0.1:${fixturePort}`}}
  ],
  webServer: [
    {
      command: serve(`NEXT_DIST_DIR=.next-e2e`, sitePort),
      url: `http://127.0.0.1:${sitePort}/en`,
      timeout: 240_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe'
    },
    {
      command: serve(`NEXT_DIST_DIR=.next-fixture CONTENT_DIR=tests/fixtures/content LEGAL_TODAY=2026-07-05 CONTENT_BASE=none`, fixturePort),
      url: `http://127.0.0.1:${fixturePort}/en`,
      timeout: 240_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe'
    }
  ]
});
