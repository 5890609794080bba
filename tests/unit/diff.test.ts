import {describe, expect, it, vi} from 'vitest';
import {diffDocuments, diffText, type Part} from '@/lib/diff';

const render = (parts: {kind: string; text: string}[]) =>
  parts.map((p) => (p.kind === 'same' ? p.text : `<${p.kind}>${p.text}</${p.kind}>`)).join('');

describe('word-level differences', () => {
  it('marks changed English words, not the whole sentence', () => {
    const parts = diffText('This policy applies when you visit our website.', 'This policy applies when you visit our website and make payments.', 'en');
    expect(render(parts)).toBe('This policy applies when you visit our website<ins> and make payments</ins>.');
  });

  it('marks a replaced word as removed then added', () => {
    expect(render(diffText('We retain data for one year.', 'We retain data for two years.', 'en'))).toBe(
      'We retain data for <del>one year</del><ins>two years</ins>.'
    );
  });

  it('marks an inserted phrase without a stray removed space', () => {
    expect(render(diffText('request time and error codes.', 'request time, token usage, and error codes.', 'en'))).toBe(
      'request time<ins>, token usage, </ins>and error codes.'
    );
  });

  it('marks a changed Chinese phrase, not its whole paragraph', () => {
    const parts = diffText('当您访问我们的网站时，适用本政策。', '当您访问我们的网站并进行付款时，适用本政策。', 'zh');
    expect(render(parts)).toBe('当您访问我们的网站<ins>并进行付款</ins>时，适用本政策。');
    const same = parts.filter((p) => p.kind === 'same').map((p) => p.text).join('');
    expect(same).toBe('当您访问我们的网站时，适用本政策。');
  });
});

describe('document differences', () => {
  const before = '## 1. Scope\n\nText one.\n\n## 2. Data\n\n- Email address.\n- Username.\n\n## 3. Contact\n\nWrite to us.\n';

  it('reports identical versions as unchanged, section by section', () => {
    const sections = diffDocuments(before, before, 'en');
    expect(sections.map((s) => s.id)).toEqual(['section-1', 'section-2', 'section-3']);
    expect(sections.every((s) => !s.changed)).toBe(true);
  });

  it('groups changes by section: an added list item, a changed heading, an added section', () => {
    const after =
      '## 1. Scope\n\nText one.\n\n## 2. Data We Collect\n\n- Email address.\n- Username.\n- Token usage.\n\n## 3. Children\n\nAdults only.\n\n## 4. Contact\n\nWrite to us.\n';
    const sections = diffDocuments(before, after, 'en');
    expect(sections.map((s) => [s.id, s.changed])).toEqual([
      ['section-1', false],
      ['section-2', true],
      ['section-3', true],
      ['section-4', true]
    ]);
    const data = sections[1].blocks;
    expect(render(data[0].parts)).toBe('2. Data<ins> We Collect</ins>');
    expect(data.map((b) => [b.type, render(b.parts)])).toContainEqual(['li', '<ins>Token usage.</ins>']);
    // "3. Contact" became "4. Contact" and a new section 3 appeared before it.
    expect(sections[3].blocks.map((b) => render(b.parts))).toEqual(['<del>3</del><ins>4</ins>. Contact', 'Write to us.']);
  });

  it('marks a removed list item as deleted', () => {
    const after = before.replace('- Username.\n', '');
    const data = diffDocuments(before, after, 'en')[1];
    expect(data.blocks.map((b) => [b.type, render(b.parts)])).toEqual([
      ['h2', '2. Data'],
      ['li', 'Email address.'],
      ['li', '<del>Username.</del>']
    ]);
  });
});

/** Parts as Markdown-like text: **strong**, _emphasis_, `code`, ~~struck~~, and <ins>/<del> around changes. */
const show = (parts: Part[]) =>
  parts
    .map(({kind, text, format = {}}) => {
      if (format.code) text = `\`${text}\``;
      if (format.strike) text = `~~${text}~~`;
      if (format.emphasis) text = `_${text}_`;
      if (format.strong) text = `**${text}**`;
      return kind === 'same' ? text : `<${kind}>${text}</${kind}>`;
    })
    .join('')
    .replace(/<\/(ins|del)><\1>/g, '');

const changedBlocks = (before: string, after: string) =>
  diffDocuments(before, after, 'en')
    .flatMap((section) => section.blocks)
    .filter((block) => block.changed)
    .map((block) => show(block.parts));

describe('link targets and emphasis', () => {
  it('shows a changed e-mail address behind unchanged link text', () => {
    expect(
      changedBlocks('Write to [privacy@infermesh.io](mailto:privacy@infermesh.io).\n', 'Write to [privacy@infermesh.io](mailto:privacy@attacker.example).\n')
    ).toEqual(['Write to <del>privacy@infermesh.io</del><ins>privacy@infermesh.io ⟨mailto:privacy@attacker.example⟩</ins>.']);
  });

  it('shows a changed URL of a link', () => {
    expect(changedBlocks('See [our vendors](https://infermesh.io/vendors).\n', 'See [our vendors](https://example.com/vendors).\n')).toEqual([
      'See <del>our vendors ⟨https://infermesh.io/vendors⟩</del><ins>our vendors ⟨https://example.com/vendors⟩</ins>.'
    ]);
  });

  it('shows a changed reference definition in the paragraph that uses it, identifiers matched regardless of case', () => {
    const before = 'Read [the Terms][Terms] first.\n\n[terms]: https://infermesh.io/terms\n';
    expect(changedBlocks(before, before)).toEqual([]);
    expect(changedBlocks(before, before.replace('https://infermesh.io/terms', 'https://example.com/terms'))).toEqual([
      'Read <del>the Terms ⟨https://infermesh.io/terms⟩</del><ins>the Terms ⟨https://example.com/terms⟩</ins> first.'
    ]);
  });

  it('shows removed emphasis as a removed bold word and an added plain one', () => {
    expect(changedBlocks('We **never** sell your data.\n', 'We never sell your data.\n')).toEqual([
      'We <del>**never**</del><ins>never</ins> sell your data.'
    ]);
  });

  it('keeps the formatting of unchanged text, and shows no address for a link that reads as its address', () => {
    const text = 'Write to [privacy@infermesh.io](mailto:privacy@infermesh.io), <https://infermesh.io> or [our form](https://infermesh.io/form).\n\n- *a* **b** `c` ~~d~~\n';
    const blocks = diffDocuments(text, text, 'en')[0].blocks;
    expect(blocks.map((block) => [block.changed, show(block.parts)])).toEqual([
      [false, 'Write to privacy@infermesh.io, https://infermesh.io or our form ⟨https://infermesh.io/form⟩.'],
      [false, '_a_ **b** `c` ~~d~~']
    ]);
  });

  it('leaves a repeated unchanged paragraph unchanged among changes', () => {
    const before = '## 1. A\n\nNone.\n\n## 2. B\n\nNone.\n';
    const after = '## 1. A\n\nNone.\n\nSome text.\n\n## 2. B\n\nNone.\n';
    expect(diffDocuments(before, after, 'en').map((section) => section.blocks.map((block) => [block.changed, show(block.parts)]))).toEqual([
      [[false, '1. A'], [false, 'None.'], [true, '<ins>Some text.</ins>']],
      [[false, '2. B'], [false, 'None.']]
    ]);
  });
});

/** Two versions of about `bytes` each, paragraphs of varied words, every paragraph differing by one word. */
function everyParagraphChanged(bytes: number, vocabulary: string[], join: (words: string[]) => string) {
  let seed = 7;
  const word = () => vocabulary[(seed = (seed * 48271) % 2147483647) % vocabulary.length];
  const [before, after]: string[][] = [[], []];
  for (let size = 0; size < bytes; size += Buffer.byteLength(before.at(-1)!) + 2) {
    const words = Array.from({length: 20 + (word().length % 5) * 10}, word);
    const changed = [...words];
    const at = (seed >> 4) % words.length;
    while (changed[at] === words[at]) changed[at] = word();
    before.push(join(words));
    after.push(join(changed));
  }
  return {before: before.join('\n\n'), after: after.join('\n\n'), paragraphs: before.length};
}

describe('comparison time', () => {
  const english =
    'account access address adult analytics authority backup billing breach browser child complaint consent contact controller cookie correction country data deletion device email error fraud identity invoice location log marketing notice objection partner password payment policy portability privacy processor purpose record request research retention right safety security service storage support tax token transfer usage username vendor verification'.split(' ');
  const chinese = '数据 账户 服务 请求 付款 令牌 用量 隐私 政策 联系 地址 浏览器 设备 位置 保留 删除 安全 通知 同意 目的 处理 转移 国家 法律 权利 访问 更正 反对 投诉 儿童 成人 邮件 用户名 密码 日志 错误 时间 记录 存储 备份 供应商 分析 营销 研究 支持 账单 发票 身份 验证 欺诈'.split(' ');

  it.each([
    ['English', 'en', english, (words: string[]) => `${words.join(' ')}.`],
    ['Chinese', 'zh', chinese, (words: string[]) => `${words.join('')}。`]
  ])('%s: 150 KiB with every paragraph changed compares well under a second, each paragraph paired', (_, locale, vocabulary, join) => {
    const {before, after, paragraphs} = everyParagraphChanged(150 * 1024, vocabulary, join);
    diffDocuments('Warm up.\n', 'Warm up now.\n', locale);
    const start = performance.now();
    const blocks = diffDocuments(before, after, locale).flatMap((section) => section.blocks);
    const ms = performance.now() - start;
    console.log(`${locale}: ${paragraphs} paragraphs changed, ${(before.length / 1024).toFixed(0)} K characters, compared in ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(1500);
    expect(blocks).toHaveLength(paragraphs);
    // Paired with its counterpart: one word (or Chinese phrase) removed and one added, in either order
    // when the word beside it is the same; not a whole removed and a whole added paragraph.
    for (const block of blocks) {
      const changes = block.parts.filter((part) => part.kind !== 'same');
      const length = block.parts.reduce((sum, part) => sum + part.text.length, 0);
      expect(changes.map((part) => part.kind).sort(), show(block.parts)).toEqual(['del', 'ins']);
      expect(changes.filter((part) => part.text.length * 4 > length), show(block.parts)).toEqual([]);
    }
  });
});

describe('versions compared more than once', () => {
  it('give the same changes whether their blocks were parsed just now or kept from an earlier comparison', async () => {
    const versions = ['## 1. A\n\nOne two three.\n', '## 1. A\n\nOne two four.\n\n- x\n', '## 1. B\n\nOne *two* four five.\n\n- x\n- y\n'];
    vi.resetModules();
    const fresh = (await import('@/lib/diff')).diffDocuments(versions[0], versions[2], 'en');
    vi.resetModules();
    const {diffDocuments: compare} = await import('@/lib/diff');
    compare(versions[0], versions[1], 'en');
    compare(versions[1], versions[2], 'en');
    expect(compare(versions[0], versions[2], 'en')).toEqual(fresh);
    expect(compare(versions[0], versions[2], 'en')).toEqual(fresh);
  });
});
