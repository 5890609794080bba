import {createHash} from 'node:crypto';
import {expect, test, type Page} from '@playwright/test';
import type {Locale} from 'next-intl';
import {routing} from '@/i18n/routing';
import {readContent} from '@/lib/content/load';
import {today} from '@/lib/dates';
import {formatDay} from '@/lib/format';
import {BANDS} from '@/lib/pdf/render';
import {versionsJsonSchema} from '@/lib/model';
import {pdfInfo, pdfPagePng, pdfText} from '../../pdf';
import {rawGet} from '../raw';
import {expectSecurityHeaders} from '../security';

// The versions in force of the shipped content, whichever they are when the legal team publishes the next.
const {catalog} = readContent();
const versions = Object.fromEntries(routing.locales.map((locale) => [locale, catalog.inForce('privacy', locale, today())!.date])) as Record<Locale, string>;

/**
 * Whitespace as a reader sees it: collapsed, and none where a line of the PDF wrapped inside a word
 * (after a hyphen of the text: the PDF adds none of its own) or between two Chinese characters.
 */
function normalize(text: string): string {
  const cjk = '[\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef“”‘’·]';
  return text
    .replace(/(?<=\p{L}-)\n/gu, '')
    .replace(/\s+/g, ' ')
    .replace(new RegExp(`(?<=${cjk}) (?=${cjk})`, 'gu'), '')
    .trim();
}

/** The document's text on its page: its title and body, without the "#" links beside the headings. */
async function pageText(page: Page): Promise<string> {
  await page.locator('.document-body .heading-anchor').evaluateAll((anchors) => anchors.forEach((anchor) => anchor.remove()));
  return `${await page.getByRole('heading', {level: 1}).innerText()}\n${await page.locator('.document-body').innerText()}`;
}

for (const [locale, date] of Object.entries(versions)) {
  test(`the ${locale} PDF has the very text of the page, between its running header and footer`, async ({page, request}) => {
    const response = await request.get(`/${locale}/privacy/versions/${date}.pdf`);
    expect(response.status()).toBe(200);
    const pdf = await response.body();
    const pages = Number(pdfInfo(pdf).Pages);
    // The page furniture (header: title, dates, the first page's hash; footer: address, page number)
    // lies outside the text: what is compared is the document's title and body, as on the page.
    const body = Array.from({length: pages}, (_, i) => pdfText(pdf, {page: i + 1, raw: true, crop: {top: BANDS.headerBottom, bottom: BANDS.footerTop}})).join('\n');
    await page.goto(`/${locale}/privacy`);
    expect(normalize(body)).toBe(normalize(await pageText(page)));
    // For a person to look at: the first page, rendered.
    pdfPagePng(pdf, 1, `test-results/pdf/${locale}-page-1.png`);
  });
}

test('the PDF is linked from the current page, the version’s page and the history, in both languages', async ({page}) => {
  const names = {
    en: {download: 'Download PDF (A4)', history: `PDF of the version of ${formatDay('en', versions.en)}`},
    zh: {download: '下载 PDF（A4）', history: `${formatDay('zh', versions.zh)}版本的 PDF`}
  };
  for (const [locale, date] of Object.entries(versions) as ['en' | 'zh', string][]) {
    const href = `/${locale}/privacy/versions/${date}.pdf`;
    for (const path of [`/${locale}/privacy`, `/${locale}/privacy/versions/${date}`]) {
      await page.goto(path);
      await expect(page.getByRole('link', {name: names[locale].download}), path).toHaveAttribute('href', href);
    }
    await page.goto(`/${locale}/privacy/versions`);
    await expect(page.getByRole('link', {name: names[locale].history})).toHaveAttribute('href', href);
  }
});

test('versions.json names each PDF and its SHA-256, which the served bytes match', async ({request, baseURL}) => {
  for (const locale of Object.keys(versions)) {
    const history = versionsJsonSchema.parse(await (await request.get(`/${locale}/privacy/versions.json`)).json());
    expect(history.versions.length).toBeGreaterThan(0);
    for (const version of history.versions) {
      expect(version.pdf).toBe(`https://infermesh.io/${locale}/privacy/versions/${version.date}.pdf`);
      const path = new URL(version.pdf).pathname;
      const response = await rawGet(baseURL!, path);
      expect(response.status, path).toBe(200);
      const bytes = await (await request.get(path)).body();
      expect(createHash('sha256').update(bytes).digest('hex'), path).toBe(version.pdfSha256);
      expect(response.headers['content-type'], path).toBe('application/pdf');
      expect(response.headers['content-disposition'], path).toBe(`inline; filename="infermesh-privacy-${locale}-${version.date}.pdf"`);
      expect(response.headers['cache-control'], path).toBe('s-maxage=3600, stale-while-revalidate=31532400');
      expectSecurityHeaders(response.headerList, path);
    }
  }
});

test('a PDF of no version gets the 404 page, never stored; the internal folder has no address', async ({baseURL}) => {
  for (const path of ['/en/privacy/versions/1999-01-01.pdf', '/zh/privacy/versions/2026-04-02.pdf', '/en/privacy/versions/2026-02-30.pdf', '/en/privacy/versions/2026-04-02.PDF', '/privacy/versions/2026-04-02.pdf', '/en/privacy/_pdf/2026-04-02', '/en/privacy/%5Fpdf/2026-04-02']) {
    const response = await rawGet(baseURL!, path);
    expect(response.status, path).toBe(404);
    expect(response.headers['cache-control'], path).toMatch(/no-store/);
    expect(response.body, path).toMatch(/<title>Page not found · [^<]+ · Infer Mesh<\/title>/);
    expectSecurityHeaders(response.headerList, path);
  }
});
