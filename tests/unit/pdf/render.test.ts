import path from 'node:path';
import {afterEach, describe, expect, test, vi} from 'vitest';
import en from '@/messages/en.json';
import zh from '@/messages/zh.json';
import {readContent} from '@/lib/content/load';
import type {Version} from '@/lib/model';
import {missingCharacters} from '@/lib/pdf/fonts';
import {pdfFileName, type PdfVersion} from '@/lib/pdf/labels';
import {renderVersionPdf} from '@/lib/pdf/render';
import {pdfDestinations, pdfFonts, pdfInfo, pdfOutline, pdfStructure, pdfText} from '../../pdf';

// The real content, as the site publishes it.
const {catalog} = readContent(path.resolve('content'), '2026-12-01');
const real = (locale: 'en' | 'zh') => catalog.all.find((version) => version.locale === locale)!;

const made = new Map<Version, Promise<Buffer>>();
const pdfOf = (version: Version) => made.get(version) ?? made.set(version, renderVersionPdf(version)).get(version)!;

function version(locale: 'en' | 'zh', body: string, fields: Partial<PdfVersion> = {}): PdfVersion {
  return {document: 'privacy', locale, date: '2026-04-02', effective: '2026-05-01', title: locale === 'en' ? 'Privacy Policy' : '隐私政策', description: 'A test version.', body, sha256: 'ab'.repeat(32), ...fields};
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

afterEach(() => {
  vi.useRealTimers();
});

describe.each(['en', 'zh'] as const)('the %s PDF of the real content', (locale) => {
  test('is A4, tagged, in its language, and names its document, subject and maker', {timeout: 60_000}, async () => {
    const pdf = await pdfOf(real(locale));
    const info = pdfInfo(pdf);
    const v = real(locale);
    expect(info['Page size']).toBe('595.28 x 841.89 pts (A4)');
    expect(Number(info.Pages)).toBeGreaterThanOrEqual(2);
    expect(info.Title).toBe(`${v.title} (${v.date})`);
    expect(info.Subject).toBe(v.description);
    expect(info.Author).toBe('Infer Mesh');
    expect(info.Creator).toBe('Infer Mesh');
    expect(info.Tagged).toBe('yes');
    expect(pdf.toString('latin1')).toContain(`/Lang (${locale === 'en' ? 'en' : 'zh-CN'})`);
    // What a screen reader walks: the title, each heading at its level, paragraphs, lists and their items.
    const structure = pdfStructure(pdf);
    expect(structure[0]).toBe('Document');
    expect(structure.filter((line) => line === '  H1')).toHaveLength(1);
    expect(structure.filter((line) => line === '  H2')).toHaveLength(v.toc.filter((entry) => entry.depth === 2).length);
    expect(structure.filter((line) => line === '  H3')).toHaveLength(v.toc.filter((entry) => entry.depth === 3).length);
    expect(structure).toEqual(expect.arrayContaining(['  L', '    LI', '      LBody', '  P']));
  });

  test('has a bookmark for every section, subsections nested, on the page where each starts', {timeout: 60_000}, async () => {
    const v = real(locale);
    const pdf = await pdfOf(v);
    const outline = pdfOutline(pdf);
    const expected = v.toc.filter((entry) => entry.depth === 2).map((entry) => entry.text);
    expect(outline.map((item) => item.title)).toEqual(expected);
    const section2 = outline[1];
    expect(section2.children.map((item) => item.title)).toEqual(v.toc.filter((entry) => entry.depth === 3 && entry.id.startsWith('section-2-')).map((entry) => entry.text));
    for (const item of outline) expect(oneLine(pdfText(pdf, {page: item.page}))).toContain(item.title);
    expect(pdfDestinations(pdf)).toEqual(expect.arrayContaining(v.toc.map((entry) => entry.id)));
  });

  test('says on every page its title, dates, page number and address; on the first, the source’s SHA-256', {timeout: 60_000}, async () => {
    const v = real(locale);
    const pdf = await pdfOf(v);
    const pages = Number(pdfInfo(pdf).Pages);
    const address = `https://infermesh.io/${locale}/privacy/versions/${v.date}`;
    for (let page = 1; page <= pages; page++) {
      const text = oneLine(pdfText(pdf, {page}));
      expect(text).toContain(locale === 'en' ? `Privacy Policy · Published April 2, 2026 · Effective April 2, 2026` : '隐私政策 · 发布日期：2026 年 11 月 30 日 · 生效日期：2026 年 11 月 30 日');
      expect(text).toContain(locale === 'en' ? `Page ${page} of ${pages}` : `第 ${page} 页，共 ${pages} 页`);
      expect(text).toContain(address);
      expect(text.includes(v.sha256), `page ${page}`).toBe(page === 1);
    }
  });

  test('embeds its fonts, subset, with the map back to Unicode that makes its text searchable', {timeout: 60_000}, async () => {
    const fonts = pdfFonts(await pdfOf(real(locale)));
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font, font.name).toMatchObject({embedded: true, subset: true, unicode: true});
    expect(fonts.map((font) => font.name).join(' ')).toMatch(locale === 'en' ? /NotoSans-Regular/ : /NotoSansHans-Regular/);
  });

  test('has a glyph for every character of every version and of its page furniture', () => {
    const text = catalog.all.filter((v) => v.locale === locale).map((v) => v.title + v.body).join('') + JSON.stringify((locale === 'en' ? en : zh).VersionPdf);
    expect(missingCharacters(locale, text)).toEqual([]);
  });
});

test('the same version gives the same bytes, whenever it is made', {timeout: 60_000}, async () => {
  vi.useFakeTimers({toFake: ['Date']});
  vi.setSystemTime(new Date('2030-01-01T12:00:00Z'));
  const first = await renderVersionPdf(real('zh'));
  vi.setSystemTime(new Date('2031-06-15T03:04:05Z'));
  const second = await renderVersionPdf(real('zh'));
  expect(second.equals(first)).toBe(true);
  expect(new Date(pdfInfo(first).CreationDate).toISOString()).toBe('2026-11-30T00:00:00.000Z');
  // The file identifier comes from the version (its source's hash among the fields), not from chance.
  const other = await renderVersionPdf({...real('zh'), sha256: 'cd'.repeat(32)});
  const id = (pdf: Buffer) => /\/ID \[<([0-9a-f]+)>/.exec(pdf.toString('latin1'))?.[1];
  expect(id(first)).toMatch(/^[0-9a-f]{32}$/);
  expect(id(other)).not.toBe(id(first));
});

test('the second version of a day has its PDF, dated that day, its page and file named by the whole version', {timeout: 60_000}, async () => {
  // An urgent version published after another the same day is named 2026-12-07-2: a date of
  // "2026-12-07-2" is no date, and the build of such content failed on its PDF.
  const second = version('en', '## 1. Scope\n\nText.\n', {date: '2026-12-07-2', effective: '2026-12-07'});
  const pdf = await renderVersionPdf(second);
  expect(new Date(pdfInfo(pdf).CreationDate).toISOString()).toBe('2026-12-07T00:00:00.000Z');
  expect(oneLine(await pdfText(pdf))).toContain('/en/privacy/versions/2026-12-07-2');
  expect(pdfFileName(second)).toBe('infermesh-privacy-en-2026-12-07-2.pdf');
});

test('links are live: addresses, e-mail, the site’s own pages and the document’s sections', {timeout: 60_000}, async () => {
  const pdf = await renderVersionPdf(
    version('en', '## 1. Scope\n\nWrite to [us](mailto:privacy@infermesh.io), read [the site](https://infermesh.io), [the history](/en/privacy/versions) or [section 2](#section-2).\n\n## 2. More\n\nText.\n')
  );
  const raw = pdf.toString('latin1');
  expect(raw).toContain('/URI (mailto:privacy@infermesh.io)');
  expect(raw).toContain('/URI (https://infermesh.io)');
  expect(raw).toContain('/URI (https://infermesh.io/en/privacy/versions)');
  expect(raw).toMatch(/\/S \/GoTo\s+\/D \(section-2\)/);
  expect(pdfDestinations(pdf)).toContain('section-2');
});

test('Chinese lines never start with a closing mark nor end with an opening one; Latin and digits stay in the line', {timeout: 60_000}, async () => {
  // Sentences of every length, so that line ends fall next to each kind of mark somewhere.
  const sentences = Array.from({length: 60}, (_, i) => `我们${'处理数据'.slice(0, 1 + (i % 4))}（第 ${i + 1} 项）会依照《个人信息保护法》和 GDPR 的“最小必要”原则，${'保存'.repeat(1 + (i % 5))}、删除或匿名化。`);
  const pdf = await renderVersionPdf(version('zh', `## 1. 范围\n\n${sentences.join('')}\n`));
  const lines = pdfText(pdf, {layout: true, crop: {top: 90, bottom: 780}})
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  expect(lines.length).toBeGreaterThan(20);
  for (const line of lines) {
    expect(line, line).not.toMatch(/^[。，、；：！？）》”]/);
    expect(line, line).not.toMatch(/[（《“]$/);
  }
  expect(lines.filter((line) => /\p{Script=Han}/u.test(line) && /GDPR/.test(line) && /\d/.test(line)).length).toBeGreaterThan(10);
});

test('English text with Chinese in it draws the Chinese from the CJK font, not as empty boxes', {timeout: 60_000}, async () => {
  const pdf = await renderVersionPdf(version('en', '## 1. Names\n\nThe Chinese version is called 隐私政策 (Privacy Policy).\n'));
  expect(oneLine(pdfText(pdf))).toContain('The Chinese version is called 隐私政策 (Privacy Policy).');
  expect(pdfFonts(pdf).map((font) => font.name).join(' ')).toMatch(/NotoSansHans-Regular/);
});

test('every kind of Markdown a version may use keeps its text: emphasis, lists, quotes, code, tables', {timeout: 60_000}, async () => {
  const body = [
    '## 1. Kinds',
    'Some *emphasis*, **strong** words, `code` and ~~struck~~ text.',
    '1. First\n2. Second\n   - nested item',
    '> A quoted line.',
    '```\nplain code\n```',
    '| Data | Kept for |\n| --- | --- |\n| Logs | 30 days |',
    '---',
    'The end.'
  ].join('\n\n');
  const text = oneLine(pdfText(await renderVersionPdf(version('en', body))));
  for (const words of ['Some emphasis, strong words, code and struck text.', 'First', 'Second', 'nested item', 'A quoted line.', 'plain code', 'Data', 'Kept for', 'Logs', '30 days', 'The end.']) {
    expect(text).toContain(words);
  }
});

test('a download is named after the site, the document, the language and the date', () => {
  expect(pdfFileName({document: 'privacy', locale: 'en', date: '2026-04-02'})).toBe('infermesh-privacy-en-2026-04-02.pdf');
  expect(pdfFileName({document: 'terms', locale: 'zh', date: '2026-11-30'})).toBe('infermesh-terms-zh-2026-11-30.pdf');
});
