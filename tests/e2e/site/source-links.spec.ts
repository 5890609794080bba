import {expect, test} from '@playwright/test';

test('the policy links to its Markdown file in the repository', async ({page}) => {
  await page.goto('/en/privacy');
  await expect(page.getByRole('navigation', {name: 'Source'}).getByRole('link', {name: 'View source'})).toHaveAttribute(
    'href',
    'https://github.com/infermesh/legal/blob/main/content/privacy/en/2026-04-02.md'
  );
  await expect(page.getByRole('complementary', {name: 'Corrections'})).toHaveCount(0);
  await page.goto('/zh/privacy');
  await expect(page.getByRole('navigation', {name: '源文件'}).getByRole('link', {name: '编辑此页'})).toHaveAttribute(
    'href',
    'https://github.com/infermesh/legal/edit/main/content/privacy/zh/2026-11-30.md'
  );
});
