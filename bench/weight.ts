// Page weight as a browser sees it: the HTML document and every script, stylesheet, font and image
// the page loads, each body gzipped here (zlib's default level, as servers send it) so that
// figures do not depend on how a server happens to compress. The bench and the budget tests share it.
import fs from 'node:fs';
import {gzipSync} from 'node:zlib';
import type {Page} from '@playwright/test';

export type Asset = {url: string; type: string; bytes: number; gzip: number};

export type PageWeight = {
  html: {bytes: number; gzip: number};
  js: {count: number; bytes: number; gzip: number};
  css: {count: number; bytes: number; gzip: number};
  /** Fonts, images and media requested; the site has none. */
  other: Asset[];
};

const gzipBytes = (body: Buffer) => gzipSync(body).length;

function total(assets: Asset[]) {
  return {
    count: assets.length,
    bytes: assets.reduce((sum, a) => sum + a.bytes, 0),
    gzip: assets.reduce((sum, a) => sum + a.gzip, 0)
  };
}

/** Loads `url` in `page`, waits until the network is idle, and weighs what was fetched. */
export async function weighPage(page: Page, url: string): Promise<PageWeight> {
  const pending: Promise<Asset | null>[] = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    if (!['document', 'script', 'stylesheet', 'font', 'image', 'media'].includes(type)) return;
    pending.push(
      response.body().then(
        (body) => ({url: response.url(), type, bytes: body.length, gzip: gzipBytes(body)}),
        () => null // a redirect has no body
      )
    );
  });
  const response = await page.goto(url, {waitUntil: 'networkidle'});
  if (!response || response.status() !== 200) throw new Error(`${url}: HTTP ${response?.status()}`);
  const assets = (await Promise.all(pending)).filter((a): a is Asset => a !== null);
  const documents = assets.filter((a) => a.type === 'document');
  if (documents.length !== 1) throw new Error(`${url}: expected one document, got ${documents.length}`);
  return {
    html: {bytes: documents[0].bytes, gzip: documents[0].gzip},
    js: total(assets.filter((a) => a.type === 'script')),
    css: total(assets.filter((a) => a.type === 'stylesheet')),
    other: assets.filter((a) => !['document', 'script', 'stylesheet'].includes(a.type))
  };
}

/** Debian's Chromium unless CHROMIUM_PATH says otherwise, as in playwright.config.ts. */
export function chromiumPath(): string | undefined {
  return process.env.CHROMIUM_PATH || (fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
}
