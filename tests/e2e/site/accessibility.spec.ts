import AxeBuilder from '@axe-core/playwright';
import {expect, test, type Page} from '@playwright/test';

// One URL per page type and language; a new page type is one more line.
const pages = [
  '/en', // legal index
  '/zh',
  '/en/privacy', // a document
  '/zh/privacy',
  '/en/privacy/versions', // a history
  '/zh/privacy/versions/2026-11-30', // one version
  '/zh/privacy/on/2026-05-01', // a day before the first Chinese version: the English that applied
  '/en/no-such-page' // the bilingual 404
];

const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const widths = {narrow: 390, wide: 1280};

for (const path of pages) {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const [layout, width] of Object.entries(widths)) {
      test(`axe: ${path} has no WCAG 2.2 AA violation, ${colorScheme}, ${layout}`, async ({page}) => {
        await page.setViewportSize({width, height: 800});
        await page.emulateMedia({colorScheme});
        await page.goto(path);
        await expect(page.getByRole('heading', {level: 1})).toBeVisible();
        const results = await new AxeBuilder({page}).withTags(wcag22aa).analyze();
        const violations = results.violations.map((v) => `${v.id}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`);
        expect(violations).toEqual([]);
        expect(results.passes.map((rule) => rule.id)).toContain('color-contrast');
      });
    }
  }
}

/** What a sighted keyboard user sees focused: its name (or aria-label) and where it goes. */
function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return 'body';
    const name = element.getAttribute('aria-label') ?? element.innerText.trim().replace(/\s+/g, ' ');
    return `${element.tagName.toLowerCase()} ${name} ${element.getAttribute('href') ?? ''}`.trim();
  });
}

/** Every element a Tab should reach, in document order, skipping what is not displayed. */
function focusableInOrder(page: Page) {
  return page.locator('a[href], summary').evaluateAll((elements) =>
    elements
      .filter((element) => element.checkVisibility())
      .map((element) => {
        const name = element.getAttribute('aria-label') ?? (element as HTMLElement).innerText.trim().replace(/\s+/g, ' ');
        return `${element.tagName.toLowerCase()} ${name} ${element.getAttribute('href') ?? ''}`.trim();
      })
  );
}

async function tabThrough(page: Page, count: number) {
  const sequence: string[] = [];
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Tab');
    sequence.push(await focused(page));
  }
  return sequence;
}

test.describe('keyboard only', () => {
  test('on a wide screen Tab visits skip link, site name, switcher, contents, then every link in order', async ({page}) => {
    await page.setViewportSize({width: 1280, height: 800});
    await page.goto('/en/privacy');
    const expected = await focusableInOrder(page);
    expect(expected.slice(0, 5)).toEqual([
      'a Skip to content #main',
      'a Infer Mesh Legal /en',
      'a 中文 /zh/privacy',
      'a 1. Scope #section-1',
      'a 2. Information We Collect #section-2'
    ]);
    expect(expected).toContain('a Link to section 2.1 #section-2-1');
    expect(expected).toContain('a Website https://infermesh.io');
    expect(await tabThrough(page, expected.length)).toEqual(expected);
    // One more Tab leaves the page's last link: no element is reached twice or trapped.
    await page.keyboard.press('Tab');
    expect(await focused(page)).not.toBe(expected.at(-1));
  });

  test('the skip link is visible when focused and moves focus past the header', async ({page}) => {
    await page.setViewportSize({width: 1280, height: 800});
    await page.goto('/zh/privacy');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', {name: '跳到正文'});
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    // The first stop in the main content: the contents (the translation is of the English in force: no notice).
    await expect(page.getByRole('navigation', {name: '目录'}).getByRole('link', {name: '1. 适用范围'})).toBeFocused();
  });

  test('on a narrow screen the contents open from the keyboard', async ({page}) => {
    await page.setViewportSize({width: 390, height: 800});
    await page.goto('/en/privacy');
    const sequence = await tabThrough(page, 4);
    expect(sequence).toEqual(['a Skip to content #main', 'a Infer Mesh Legal /en', 'a 中文 /zh/privacy', 'summary Contents']);
    const toc = page.getByRole('navigation', {name: 'Contents'});
    await expect(toc.getByRole('link', {name: '1. Scope'})).toBeHidden();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(toc.getByRole('link', {name: '1. Scope'})).toBeFocused();
    // Open, the contents join the Tab order, and the rest of the page follows in order.
    const expected = await focusableInOrder(page);
    expect(expected.slice(0, 6)).toEqual([...sequence, 'a 1. Scope #section-1', 'a 2. Information We Collect #section-2']);
    expect(await tabThrough(page, expected.length - 5)).toEqual(expected.slice(5));
  });

  test('a heading link appears when focused and points at its heading', async ({page}) => {
    await page.setViewportSize({width: 1280, height: 800});
    await page.goto('/zh/privacy');
    const anchor = page.getByRole('link', {name: '链接到第 2.1 节'});
    await expect(anchor).toHaveAttribute('href', '#section-2-1');
    await expect(anchor).toHaveCSS('opacity', '0');
    await anchor.focus();
    await expect(anchor).toHaveCSS('opacity', '1');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#section-2-1$/);
    await expect(page.getByRole('heading', {name: '2.1 您提供的信息', exact: true})).toBeInViewport();
  });
});
