import {expect, test, type Page} from '@playwright/test';
import {htmlErrors} from '../validate-html';

const site = 'https://infermesh.io';

async function head(page: Page) {
  return page.evaluate(() => {
    const meta = (selector: string) => document.head.querySelector(selector)?.getAttribute('content') ?? null;
    return {
      title: document.title,
      description: meta('meta[name="description"]'),
      canonical: document.head.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
      hreflang: Object.fromEntries(
        [...document.head.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')])
      ),
      og: Object.fromEntries(
        [...document.head.querySelectorAll('meta[property^="og:"]')].map((m) => [m.getAttribute('property'), m.getAttribute('content')])
      ),
      twitter: meta('meta[name="twitter:card"]'),
      robots: meta('meta[name="robots"]'),
      jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent ?? ''))
    };
  });
}

const documents = {
  en: {title: 'Privacy Policy', date: '2026-04-02', published: '2026-04-02', description: /^How Infer Mesh collects/, ogLocale: 'en_US', other: 'zh_CN', tag: 'en'},
  zh: {title: '隐私政策', date: '2026-12-07', published: '2026-11-30', description: /^本政策说明 Infer Mesh/, ogLocale: 'zh_CN', other: 'en_US', tag: 'zh-CN'}
};

for (const [locale, expected] of Object.entries(documents)) {
  test(`/${locale}/privacy: the head a crawler sees`, async ({page}) => {
    const response = await page.goto(`/${locale}/privacy`);
    expect(response?.headers()['link']).toBeUndefined();
    const tags = await head(page);
    expect(tags.title).toBe(`${expected.title} · Infer Mesh`);
    expect(tags.description).toMatch(expected.description);
    expect(tags.canonical).toBe(`${site}/${locale}/privacy`);
    expect(tags.hreflang).toEqual({en: `${site}/en/privacy`, 'zh-CN': `${site}/zh/privacy`, 'x-default': `${site}/privacy`});
    expect(tags.og).toEqual({
      'og:title': expected.title,
      'og:description': tags.description,
      'og:url': `${site}/${locale}/privacy`,
      'og:site_name': 'Infer Mesh',
      'og:locale': expected.ogLocale,
      'og:locale:alternate': expected.other,
      'og:type': 'article'
    });
    expect(tags.twitter).toBe('summary');
    expect(tags.robots).toBeNull();
    expect(tags.jsonLd).toEqual([
      {
        '@context': 'https://schema.org',
        '@type': 'WebPage',
        name: expected.title,
        description: tags.description,
        url: `${site}/${locale}/privacy`,
        inLanguage: expected.tag,
        datePublished: expected.published,
        dateModified: expected.date,
        publisher: {'@type': 'Organization', name: 'Infer Mesh', url: site}
      }
    ]);
  });
}

test('the legal indexes and histories have their own titles, canonicals and alternates', async ({page}) => {
  await page.goto('/zh');
  let tags = await head(page);
  expect(tags.title).toBe('法律文件 · Infer Mesh');
  expect(tags.canonical).toBe(`${site}/zh`);
  // Next.js writes the root URL without its trailing slash.
  expect(tags.hreflang).toEqual({en: `${site}/en`, 'zh-CN': `${site}/zh`, 'x-default': site});
  expect(tags.description?.length).toBeGreaterThan(20);
  await page.goto('/en/privacy/versions');
  tags = await head(page);
  expect(tags.title).toBe('Privacy Policy: all versions · Infer Mesh');
  expect(tags.canonical).toBe(`${site}/en/privacy/versions`);
  expect(tags.hreflang).toEqual({en: `${site}/en/privacy/versions`, 'zh-CN': `${site}/zh/privacy/versions`});
});

test('the sitemap lists every indexable page with its content date and alternates', async ({request}) => {
  const response = await request.get('/sitemap.xml');
  expect(response.status()).toBe(200);
  const xml = await response.text();
  const entries = [...xml.matchAll(/<url>\s*<loc>([^<]+)<\/loc>([\s\S]*?)<\/url>/g)].map(([, loc, rest]) => ({
    loc,
    lastmod: /<lastmod>([^<]+)<\/lastmod>/.exec(rest)?.[1],
    alternates: [...rest.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map(([, l, h]) => `${l} ${h}`)
  }));
  expect(entries.map((e) => `${e.loc} ${e.lastmod}`)).toEqual([
    `${site}/en 2026-04-02`,
    `${site}/zh 2026-12-07`,
    `${site}/en/privacy 2026-04-02`,
    `${site}/zh/privacy 2026-12-07`,
    `${site}/en/privacy/versions 2026-04-02`,
    `${site}/zh/privacy/versions 2026-12-07`
  ]);
  // The same alternates as the pages' heads, x-default included.
  expect(entries[0].alternates).toEqual([`en ${site}/en`, `zh-CN ${site}/zh`, `x-default ${site}`]);
  expect(entries[2].alternates).toEqual([`en ${site}/en/privacy`, `zh-CN ${site}/zh/privacy`, `x-default ${site}/privacy`]);
  expect(entries[4].alternates).toEqual([`en ${site}/en/privacy/versions`, `zh-CN ${site}/zh/privacy/versions`]);
  expect(xml).not.toContain('/versions/2026');
});

test('robots.txt allows everything and names the sitemap', async ({request}) => {
  const text = await (await request.get('/robots.txt')).text();
  expect(text).toContain('User-Agent: *\nAllow: /');
  expect(text).toContain(`Sitemap: ${site}/sitemap.xml`);
});

test('every page type is valid HTML (W3C Nu checker)', async ({baseURL}) => {
  test.setTimeout(120_000);
  const errors = await htmlErrors(baseURL!, [
    '/en',
    '/zh',
    '/en/privacy',
    '/zh/privacy',
    '/en/privacy/versions',
    '/zh/privacy/versions',
    '/en/privacy/versions/2026-04-02',
    '/zh/privacy/versions/2026-11-30',
    '/zh/privacy/versions/2026-12-07',
    '/zh/privacy/on/2026-05-01', // before the first Chinese version: which English version applied
    '/en/no-such-page'
  ]);
  expect(errors).toEqual([]);
});
