import {expect, test} from '@playwright/test';

// Full-page pictures of the policy for a person to look at (git-ignored, rewritten each run).
const folder = 'test-results/screenshots';

/** Relative luminance of the page background, 0 (black) to 1 (white). */
const backgroundLuminance = (page: import('@playwright/test').Page) =>
  page.evaluate(() => {
    const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\d+/g)!.map(Number);
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  });

for (const locale of ['en', 'zh']) {
  for (const width of [390, 1280]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`screenshot /${locale}/privacy at ${width} px, ${colorScheme}`, async ({page}) => {
        await page.setViewportSize({width, height: 900});
        await page.emulateMedia({colorScheme});
        await page.goto(`/${locale}/privacy`);
        await expect(page.getByRole('heading', {level: 1})).toBeVisible();
        if (colorScheme === 'dark') expect(await backgroundLuminance(page)).toBeLessThan(0.15);
        else expect(await backgroundLuminance(page)).toBeGreaterThan(0.9);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        await page.screenshot({path: `${folder}/${locale}-privacy-${width}-${colorScheme}.png`, fullPage: true});
      });
    }
  }

  test(`screenshot /${locale}/privacy in print`, async ({page}) => {
    await page.setViewportSize({width: 794, height: 1123}); // A4 at 96 dpi
    await page.emulateMedia({media: 'print', colorScheme: 'dark'});
    await page.goto(`/${locale}/privacy`);
    // Paper: no navigation at all, the title and the date first, black on white even in dark mode.
    await expect(page.getByRole('navigation')).toHaveCount(0);
    await expect(page.getByRole('link', {name: locale === 'en' ? 'Skip to content' : '跳到正文'})).toBeHidden();
    const title = await page.getByRole('heading', {level: 1}).boundingBox();
    expect(title!.y).toBeLessThan(60);
    await expect(page.locator('.document-updated')).toBeVisible();
    expect(await backgroundLuminance(page)).toBeGreaterThan(0.9);
    await page.screenshot({path: `${folder}/${locale}-privacy-print.png`, fullPage: true});
  });
}

// The Chinese history and the answer for a day before the first Chinese version.
for (const [name, path] of [
  ['zh-history', '/zh/privacy/versions'],
  ['zh-before-first-chinese', '/zh/privacy/on/2026-05-01']
]) {
  for (const width of [390, 1280]) {
    test(`screenshot ${path} at ${width} px`, async ({page}) => {
      await page.setViewportSize({width, height: 900});
      await page.goto(path);
      await expect(page.getByRole('heading', {level: 1})).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.screenshot({path: `${folder}/${name}-${width}.png`, fullPage: true});
    });
  }
}
