import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {lintChinese} from '@/lib/content/typography';

const markdown = (text: string, firstLine?: number) => lintChinese(text, 'markdown', firstLine).map((p) => `${p.line}: ${p.message}`);
const json = (text: string) => lintChinese(text, 'json').map((p) => `${p.line}: ${p.message}`);
const message = (value: string) => json(JSON.stringify({Notice: {text: value}}, null, 2));

/** Every Chinese version under `root` (content/<document>/zh/*.md). */
function chineseFiles(root: string): string[] {
  return fs
    .readdirSync(root, {withFileTypes: true})
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(root, entry.name, 'zh')))
    .flatMap((entry) => fs.readdirSync(path.join(root, entry.name, 'zh')).filter((name) => name.endsWith('.md')).map((name) => path.join(root, entry.name, 'zh', name)));
}

describe('Chinese typography in Markdown', () => {
  it('reports a missing space between Chinese and Latin text and a half-width comma at their lines, with the text to write', () => {
    const text = ['---', 'title: 隐私政策', 'description: 说明我们如何处理个人信息的政策。', '---', '', '## 1. 适用范围', '', '当您使用Infer Mesh的服务时,适用本政策。', '', '- 我们收集API请求日志。'].join('\n');
    expect(markdown(text)).toEqual([
      '8: Chinese typography at column 5: write "当您使用 Infer Mesh 的服务时，适用本政策。" instead of "当您使用Infer Mesh的服务时,适用本政策。" (a space between Chinese and Latin letters or numbers; Chinese (full-width) punctuation "，" in Chinese text)',
      '10: Chinese typography at column 7: write "- 我们收集 API 请求日志。" instead of "- 我们收集API请求日志。" (a space between Chinese and Latin letters or numbers)'
    ]);
    // Lines counted from where the text starts in its file.
    expect(lintChinese('正文\n使用API。', 'markdown', 6)).toEqual([
      {line: 7, column: 3, severity: 'error', message: 'Chinese typography at column 3: write "使用 API。" instead of "使用API。" (a space between Chinese and Latin letters or numbers)'}
    ]);
  });

  it('checks the front matter values, not its keys', () => {
    expect(markdown('---\ntitle: 隐私政策Infer Mesh\neffective: 2026-07-15\n---\n\n正文。\n')).toEqual([
      '2: Chinese typography at column 12: write "title: 隐私政策 Infer" instead of "title: 隐私政策Infer" (a space between Chinese and Latin letters or numbers)'
    ]);
  });

  it('leaves addresses, link targets, code and dates alone', () => {
    const text = [
      '---',
      'title: 隐私政策',
      'description: 本政策说明 Infer Mesh 在您使用 infermesh.io 时如何处理个人信息。',
      'effective: 2026-07-15',
      'changes: [{section: all, kind: editorial, summary: 修订译文。}]',
      '---',
      '',
      '如需提交请求，请联系 [privacy@infermesh.io](mailto:privacy@infermesh.io)。',
      '- 网站：[https://infermesh.io](https://infermesh.io)',
      '- 见[第 2 节](#section-2)和[说明](/zh/privacy?a=1,b:c#section-1)。',
      '- 请访问 https://infermesh.io/zh/privacy?a=1,b:c 或发送邮件至 privacy@infermesh.io。',
      '- 见 <https://infermesh.io/中文,x> 和 <privacy@infermesh.io>。',
      '- 本政策自 2026 年 4 月 2 日起生效，于 2026 年 4 月 2 日更新。',
      '- 运行 `npm run content:check,快` 检查。',
      '- **重大变更：** 本节新增。',
      '',
      '[条款]: https://infermesh.io/zh/条款,a:b',
      '',
      '| 项目 | 说明。 |',
      '| --- | --- |',
      '| 令牌（Token） | 用量 |',
      '',
      '```',
      '代码,中文abc: 不检查',
      '```'
    ].join('\n');
    expect(markdown(text)).toEqual([]);
  });

  it('catches what autocorrect does not: a half-width colon, a space between Chinese characters, a space after Chinese punctuation', () => {
    const text = ['最后更新:2026 年 4 月 2 日', '本版本自 2026 年 4 月 2 日 起生效。', '政策已更新。 阅读英文版本', '您正在阅读 2026 年 4 月 2 日 的版本。', '数据(例如日志)保存'].join('\n');
    expect(markdown(text)).toEqual([
      '1: Chinese typography at column 5: write "最后更新：2026 年" instead of "最后更新:2026 年" (Chinese (full-width) punctuation "：" in Chinese text)',
      '2: Chinese typography at column 20: write "月 2 日起生效。" instead of "月 2 日 起生效。" (no space between Chinese characters)',
      '3: Chinese typography at column 7: write "政策已更新。阅读英文版本" instead of "政策已更新。 阅读英文版本" (no space next to Chinese punctuation)',
      '4: Chinese typography at column 21: write "月 2 日的版本。" instead of "月 2 日 的版本。" (no space between Chinese characters)',
      '5: Chinese typography at column 3: write "数据（例如日志）保存" instead of "数据(例如日志)保存" (Chinese (full-width) punctuation "（" "）" in Chinese text)'
    ]);
  });

  it('uses autocorrect, not only the rules of its own (the native binary is installed)', () => {
    const problems = lintChinese('使用API。', 'markdown');
    expect(problems.map((p) => p.severity)).toEqual(['error']);
  });

  it('passes the Chinese content as shipped, and the test content', () => {
    const files = [...chineseFiles('content'), ...chineseFiles('tests/fixtures/content')];
    expect(files.length).toBeGreaterThanOrEqual(4);
    const problems = files.flatMap((file) => lintChinese(fs.readFileSync(file, 'utf8'), 'markdown').map((p) => `${file}:${p.line}: ${p.message}`));
    expect(problems).toEqual([]);
  });
});

describe('Chinese typography in messages/zh.json', () => {
  it('passes the interface strings as shipped', () => {
    expect(json(fs.readFileSync('messages/zh.json', 'utf8'))).toEqual([]);
  });

  it('checks each string with its placeholders filled in, as the reader sees it, at the line of its key', () => {
    const text = JSON.stringify({A: {ok: '已于 {date}更新。', effective: '自 {date} 起生效'}, B: {lastUpdated: '最后更新:<time>{date}</time>'}}, null, 2);
    expect(json(text)).toEqual([
      '4: Chinese typography in "A.effective": write "自 {date}起生效" instead of "自 {date} 起生效" (no space between Chinese characters; the page shows "自 2026 年 4 月 2 日起生效")',
      '7: Chinese typography in "B.lastUpdated": write "最后更新：<time>{date}</time>" instead of "最后更新:<time>{date}</time>" (Chinese (full-width) punctuation "：" in Chinese text; the page shows "最后更新：2026 年 4 月 2 日")'
    ]);
  });

  it('reads a date placeholder as a date and a title as Chinese words', () => {
    expect(message('{date}生效')).toEqual([]);
    expect(message('将于 {date}生效')).toEqual([]);
    expect(message('{title}的全部版本')).toEqual([]);
    expect(message('{title}（{date}）')).toEqual([]);
    expect(message('{title} 的全部版本')).toEqual([
      '3: Chinese typography in "Notice.text": write "{title}的全部版本" instead of "{title} 的全部版本" (no space between Chinese characters; the page shows "隐私政策的全部版本")'
    ]);
    expect(message('当前版本为<link>{current}</link>的版本')).toEqual([
      '3: Chinese typography in "Notice.text": write "当前版本为 <link>{current}</link>的版本" instead of "当前版本为<link>{current}</link>的版本" (a space between Chinese and Latin letters or numbers; the page shows "当前版本为 2026 年 4 月 2 日的版本")'
    ]);
  });

  it('catches the review examples: "最后更新:", "更新。 阅读", "日 起生效", "日 的版本"', () => {
    expect(message('最后更新:<time>{date}</time>')).toHaveLength(1);
    expect(message('{language}版本已于 {date}更新。 阅读{language}版本')).toEqual([
      '3: Chinese typography in "Notice.text": write "{language}版本已于 {date}更新。阅读{language}版本" instead of "{language}版本已于 {date}更新。 阅读{language}版本" (no space next to Chinese punctuation; the page shows "英文版本已于 2026 年 4 月 2 日更新。阅读英文版本")'
    ]);
    expect(message('{date} 起生效')).toHaveLength(1);
    expect(message('{date} 的版本')).toHaveLength(1);
  });

  it('leaves English strings, addresses and hashes alone', () => {
    expect(json(JSON.stringify({a: 'English', b: '© Infer Mesh', c: '隐私问题：<link>{email}</link>', d: '源文件的 SHA-256：<code>{hash}</code>'}))).toEqual([]);
  });
});
