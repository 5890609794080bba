import fs from 'node:fs';
import {expect, test} from '@playwright/test';

// The customer's text: line 3 on is the English policy.
const source = fs.readFileSync('tests/fixtures/privacy-policy-source.txt', 'utf8').split('\n');
const englishLines = source
  .slice(4)
  .map((line) => line.replace(/^- /, '').trim())
  .filter(Boolean);

test('the English page carries every sentence of the source', async ({page}) => {
  await page.goto('/en/privacy');
  await expect(page).toHaveTitle('Privacy Policy · Infer Mesh');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', {level: 1})).toHaveText('Privacy Policy');
  await expect(page.getByText('Last updated: April 2, 2026')).toBeVisible();
  await expect(page.getByText('We value every piece of your data.')).toBeVisible();
  const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
  const missing = englishLines.filter((line) => !text.includes(line));
  expect(englishLines.length).toBeGreaterThan(50);
  expect(missing).toEqual([]);
  await expect(page.locator('main h2')).toHaveCount(11);
  await expect(page.getByRole('heading', {level: 1})).toHaveCount(1);
  await expect(page.getByRole('link', {name: 'privacy@infermesh.io'}).first()).toHaveAttribute('href', 'mailto:privacy@infermesh.io');
  await expect(page.locator('.document-body').getByRole('link', {name: 'https://infermesh.io'})).toHaveAttribute('href', 'https://infermesh.io');
});

test('the Chinese page is Chinese, with 11 sections', async ({page}) => {
  await page.goto('/zh/privacy');
  await expect(page).toHaveTitle('隐私政策 · Infer Mesh');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', {level: 1})).toHaveText('隐私政策');
  await expect(page.getByText('最后更新：2026 年 12 月 7 日')).toBeVisible();
  await expect(page.getByText('我们重视您的每一条数据。')).toBeVisible();
  await expect(page.locator('main h2')).toHaveCount(11);
  await expect(page.locator('main h3')).toHaveCount(3);
  const body = await page.locator('.document-body').innerText();
  const han = body.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = body.match(/[A-Za-z]/g)?.length ?? 0;
  expect(han).toBeGreaterThan(900);
  expect(han).toBeGreaterThan(latin * 5);
});

test.describe('without JavaScript', () => {
  test.use({javaScriptEnabled: false});

  test('the language switcher is a plain link both ways', async ({page}) => {
    await page.goto('/en/privacy');
    const toChinese = page.getByRole('navigation', {name: 'Language'}).getByRole('link', {name: '中文'});
    await expect(toChinese).toHaveAttribute('hreflang', 'zh-CN');
    await toChinese.click();
    await expect(page).toHaveURL(/\/zh\/privacy$/);
    await expect(page.getByRole('heading', {level: 1})).toHaveText('隐私政策');
    const toEnglish = page.getByRole('navigation', {name: '语言'}).getByRole('link', {name: 'English'});
    await expect(toEnglish).toHaveAttribute('hreflang', 'en');
    await toEnglish.click();
    await expect(page).toHaveURL(/\/en\/privacy$/);
  });

  test('table of contents links land on their headings', async ({page}) => {
    await page.setViewportSize({width: 390, height: 700});
    await page.goto('/en/privacy');
    const toc = page.getByRole('navigation', {name: 'Contents'});
    // Narrow screens: the contents start closed, so the text comes first.
    await expect(toc.getByRole('link')).toHaveCount(0);
    await toc.getByText('Contents').click();
    await expect(toc.getByRole('link')).toHaveCount(14);
    await toc.getByRole('link', {name: '7. Your Privacy Rights'}).click();
    await expect(page).toHaveURL(/#section-7$/);
    await expect(page.getByRole('heading', {name: '7. Your Privacy Rights'})).toBeInViewport();
    await page.goto('/zh/privacy');
    await page.getByRole('navigation', {name: '目录'}).getByText('目录').click();
    await page.getByRole('navigation', {name: '目录'}).getByRole('link', {name: '2.3 内容处理'}).click();
    await expect(page).toHaveURL(/#section-2-3$/);
    await expect(page.getByRole('heading', {name: '2.3 内容处理'})).toBeInViewport();
  });
});

test('on a wide screen the contents stay open beside the text', async ({page}) => {
  await page.setViewportSize({width: 1280, height: 800});
  await page.goto('/en/privacy');
  const toc = page.getByRole('navigation', {name: 'Contents'});
  await expect(toc.getByRole('link')).toHaveCount(14);
  await expect(toc.getByRole('link', {name: '11. Contact Us'})).toBeVisible();
  const [tocBox, textBox] = [await toc.boundingBox(), await page.locator('.document-body').boundingBox()];
  expect(tocBox!.x).toBeGreaterThan(textBox!.x + textBox!.width);
  await page.getByRole('heading', {name: '11. Contact Us'}).scrollIntoViewIfNeeded();
  await expect(toc).toBeInViewport();
});

test('no page scrolls sideways, from 320 px up', async ({page}) => {
  for (const width of [320, 390, 768, 1024, 1440]) {
    await page.setViewportSize({width, height: 800});
    for (const path of ['/en/privacy', '/zh/privacy', '/en']) {
      await page.goto(path);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth, `${path} at ${width}px`).toBeLessThanOrEqual(width);
    }
  }
});

test('the text keeps a readable measure on wide screens', async ({page}) => {
  await page.setViewportSize({width: 1440, height: 800});
  for (const path of ['/en/privacy', '/zh/privacy']) {
    await page.goto(path);
    const {width, fontSize} = await page.locator('.document-body p').first().evaluate((p) => ({
      width: p.getBoundingClientRect().width,
      fontSize: parseFloat(getComputedStyle(p).fontSize)
    }));
    // About 70 Latin characters (half an em each), about 38 Han characters (one em each).
    expect(width / fontSize, path).toBeGreaterThan(30);
    expect(width / fontSize, path).toBeLessThan(42);
  }
});

test('the legal index lists the policy in each language', async ({page}) => {
  await page.goto('/en');
  await expect(page.getByRole('heading', {level: 1})).toHaveText('Legal');
  await page.getByRole('link', {name: 'Privacy Policy'}).click();
  await expect(page).toHaveURL(/\/en\/privacy$/);
  await page.goto('/zh');
  await expect(page.getByRole('link', {name: '隐私政策'})).toHaveAttribute('href', '/zh/privacy');
});

test.describe('language negotiation', () => {
  for (const [accept, target] of [
    ['zh-CN,zh;q=0.9,en;q=0.8', '/zh/privacy'],
    ['zh-TW', '/zh/privacy'],
    ['en-US,en;q=0.9', '/en/privacy'],
    ['fr-FR,fr;q=0.9', '/en/privacy']
  ]) {
    test(`/privacy with Accept-Language ${accept} goes to ${target}`, async ({request}) => {
      const response = await request.get('/privacy', {headers: {'Accept-Language': accept}, maxRedirects: 0});
      expect(response.status()).toBe(307);
      expect(response.headers()['location']).toBe(target);
      expect(response.headers()['vary']).toContain('Accept-Language');
    });
  }

  test('/ goes to the legal index in the browser language', async ({browser}) => {
    const context = await browser.newContext({locale: 'zh-CN'});
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/zh$/);
    await expect(page.getByRole('heading', {level: 1})).toHaveText('法律文件');
    await context.close();
  });
});

test('unknown locales, documents and paths are a 404 page, never a 500', async ({page}) => {
  for (const path of ['/en/nope', '/zh/nope', '/en/privacy/nope', '/fr/privacy', '/en/privacy/versions/1999-01-01', '/nope.html']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', {level: 1})).toContainText('Page not found');
    await expect(page.getByRole('link', {name: '法律文件'})).toHaveAttribute('href', '/zh');
  }
});
