import {expect, test} from '@playwright/test';
import {versionsJsonSchema} from '../../../lib/model';

// The Chinese Privacy Policy: first published on 30 November 2026, translating the English of 2 April
// 2026; the version of 7 December 2026 brings the translator's corrections.

test('the Chinese page shows the corrected translation', async ({page}) => {
  await page.goto('/zh/privacy');
  const text = (await page.locator('.document-body').innerText()).replace(/\s+/g, ' ');
  for (const corrected of [
    '词元（Token）用量',
    '履行合规义务，并回应有效且合法的请求。',
    '我们仅在必要时共享个人信息，包括：',
    '所需的期限内保存个人信息。',
    '账号信息和账单信息：在您使用服务期间以及合理的归档期内保存。',
    '当不再需要保存上述个人信息时，我们会将其删除，或进行匿名化或去标识化处理。',
    '以结构化、通用的格式获取您的个人信息（个人信息可携带）。'
  ]) {
    expect(text, corrected).toContain(corrected);
  }
  for (const before of ['共享数据', '保存数据', '账号和账单数据', '数据可携带', 'Token（词元）']) expect(text, before).not.toContain(before);
  // The header line is the customer's own words, kept as they are.
  await expect(page.getByText('我们重视您的每一条数据。')).toBeVisible();
});

test('the Chinese history lists the new version with what changed, section by section', async ({page}) => {
  await page.goto('/zh/privacy/versions');
  const newest = page.locator('.version-list > li').first();
  await expect(newest.getByRole('heading', {level: 2})).toHaveText('2026 年 12 月 7 日 当前版本');
  await expect(newest.locator('.change-list li')).toHaveText([
    /^文字性修改 · 第 2\.2 节：将“Token（词元）用量”改为“词元（Token）用量”/,
    /^文字性修改 · 第 3 节：/,
    /^文字性修改 · 第 4 节：将“共享数据”改为“共享个人信息”，与《个人信息保护法》及相关国家标准的用法一致。$/,
    /^文字性修改 · 第 6 节：/,
    /^文字性修改 · 第 7 节：/
  ]);
  await expect(page.locator('.document-header')).toContainText('本文件的中文版本自 2026 年 11 月 30 日起生效，译自英文版本（见英文版本的全部版本）。在此之前，本文件没有适用的中文版本，适用的是英文版本。');
  await expect(page.locator('.document-header').getByRole('link', {name: '英文版本的全部版本'})).toHaveAttribute('href', '/en/privacy/versions');
});

test.describe('without JavaScript', () => {
  test.use({javaScriptEnabled: false});

  test('/zh/privacy/on/2026-05-01 answers with the English version of 2 April 2026', async ({page}) => {
    const response = await page.goto('/zh/privacy/on/2026-05-01');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', {level: 1})).toHaveText('查询某日适用的版本');
    await expect(page.locator('.document-header')).toContainText(
      '在 2026 年 11 月 30 日之前，本文件没有适用的中文版本。2026 年 4 月 2 日至 2026 年 11 月 29 日，适用的是英文版本。'
    );
    await page.getByRole('link', {name: '阅读当时适用的英文版本'}).click();
    await expect(page).toHaveURL(/\/en\/privacy\/versions\/2026-04-02$/);
    await expect(page.getByText('Last updated: April 2, 2026')).toBeVisible();
  });
});

test('versions.json of the Chinese says from when it exists, and what applied before', async ({request}) => {
  const history = versionsJsonSchema.parse(await (await request.get('/zh/privacy/versions.json')).json());
  expect(history.current).toBe('2026-12-07');
  expect(history.prevails).toBeNull();
  expect(history.translatedFrom).toEqual({
    language: 'en',
    since: '2026-11-30',
    history: 'https://infermesh.io/en/privacy/versions',
    versionsJson: 'https://infermesh.io/en/privacy/versions.json',
    before: [{date: '2026-04-02', effective: '2026-04-02', until: '2026-11-29', permalink: 'https://infermesh.io/en/privacy/versions/2026-04-02'}]
  });
  expect(history.versions[0].changes.map((change) => [change.section, change.kind])).toEqual([
    ['2.2', 'editorial'],
    ['3', 'editorial'],
    ['4', 'editorial'],
    ['6', 'editorial'],
    ['7', 'editorial']
  ]);
});
