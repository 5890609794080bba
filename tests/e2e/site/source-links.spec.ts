import {expect, test} from '@playwright/test';

test('the policy links to its Markdown file in the repository, and proposes changes as issues', async ({page}) => {
  await page.goto('/en/privacy');
  await expect(page.getByRole('navigation', {name: 'Source'}).getByRole('link', {name: 'View source'})).toHaveAttribute(
    'href',
    'https://github.com/infermesh/legal/blob/main/content/privacy/en/2026-04-02.md'
  );
  await expect(page.getByRole('complementary', {name: 'Corrections'})).toHaveCount(0);
  await page.goto('/zh/privacy');
  const source = page.getByRole('navigation', {name: '源文件'});
  await expect(source.getByRole('link', {name: '查看源文件'})).toHaveAttribute(
    'href',
    'https://github.com/infermesh/legal/blob/main/content/privacy/zh/2026-12-07.md'
  );
  const proposal = new URL((await source.getByRole('link', {name: '提出修改建议'}).getAttribute('href'))!);
  expect(proposal.pathname).toBe('/infermesh/legal/issues/new');
  expect(proposal.searchParams.get('title')).toBe('隐私政策（2026-12-07）：');
  expect(proposal.searchParams.get('body')).toContain('文件：content/privacy/zh/2026-12-07.md');
});
