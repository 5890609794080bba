import {describe, expect, it} from 'vitest';
import {renderMarkdown} from '@/lib/content/markdown';

describe('renderMarkdown', () => {
  it('gives numbered headings the same id in every language, with no user-content- prefix', () => {
    const en = renderMarkdown('## 2. Information We Collect\n\n### 2.1 Information You Provide\n');
    const zh = renderMarkdown('## 2. 我们收集的信息\n\n### 2.1 您提供的信息\n');
    expect(en.html).toContain('<h2 id="section-2">2. Information We Collect</h2>');
    expect(zh.html).toContain('<h3 id="section-2-1">2.1 您提供的信息</h3>');
    expect(en.html + zh.html).not.toContain('user-content-');
  });

  it('slugs headings without a number, Chinese ones too, and keeps ids unique', () => {
    const {toc} = renderMarkdown('## Overview\n\n## 概述\n\n### Overview again\n');
    expect(toc).toEqual([
      {depth: 2, id: 'overview', text: 'Overview'},
      {depth: 2, id: '概述', text: '概述'},
      {depth: 3, id: 'overview-again', text: 'Overview again'}
    ]);
  });

  it('lists h2 and h3 in the table of contents, in order', () => {
    const {toc} = renderMarkdown('## 1. Scope\n\n### 1.1 Detail\n\n#### Deep\n\n## 2. Next\n');
    expect(toc.map((entry) => `${entry.depth}:${entry.id}`)).toEqual(['2:section-1', '3:section-1-1', '2:section-2']);
  });

  it('renders links, lists and tables', () => {
    const {html, problems} = renderMarkdown(
      '- [privacy@infermesh.io](mailto:privacy@infermesh.io)\n- [site](https://infermesh.io)\n\n| a | b |\n|---|---|\n| 1 | 2 |\n'
    );
    expect(problems).toEqual([]);
    expect(html).toContain('<a href="mailto:privacy@infermesh.io" class="bare-link">privacy@infermesh.io</a>');
    expect(html).toContain('<a href="https://infermesh.io">site</a>');
    expect(html).toContain('<table>');
  });

  it('keeps nothing live from hostile Markdown even before the check refuses it', () => {
    const hostile = [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '<iframe src="https://evil.example"></iframe>',
      '<form action="https://evil.example"><input></form>',
      '<base href="https://evil.example/">',
      '<style>body{display:none}</style>',
      '<a href="javascript:alert(1)" onclick="alert(1)">x</a>',
      '[a](javascript:alert(1)) [b](JAVASCRIPT:alert(1)) [c](data:text/html;base64,PHNjcmlwdD4=) [d](vbscript:x)',
      '<div style="position:fixed" id="main">x</div>'
    ].join('\n\n');
    const {html, problems} = renderMarkdown(hostile);
    expect(html).not.toMatch(/<(script|iframe|form|input|base|style|img|div)\b/i);
    expect(html).not.toMatch(/\son\w+=/i);
    expect(html).not.toMatch(/javascript:|data:|vbscript:/i);
    expect(html).not.toContain('id="main"');
    expect(problems.length).toBeGreaterThanOrEqual(10);
  });

  it('follows each h2 and h3 with a named link to itself, keeping the heading text clean', () => {
    const anchorLabel = ({number, text}: {number?: string; text: string}) => `Link to ${number ?? text}`;
    const {html, toc} = renderMarkdown('## 2. Information\n\n### 2.1 You Provide\n\n## Overview\n\n#### Deep\n', {anchorLabel});
    expect(html).toContain(
      '<div class="heading"><h2 id="section-2">2. Information</h2><a href="#section-2" class="heading-anchor" aria-label="Link to 2">#</a></div>'
    );
    expect(html).toContain('<h3 id="section-2-1">2.1 You Provide</h3><a href="#section-2-1" class="heading-anchor" aria-label="Link to 2.1">#</a>');
    expect(html).toContain('aria-label="Link to Overview"');
    expect(html).not.toContain('href="#deep"');
    expect(toc.map((entry) => entry.text)).toEqual(['2. Information', '2.1 You Provide', 'Overview']);
  });

  it('marks links that show their own address, so print does not repeat it', () => {
    const {html} = renderMarkdown('[a@b.example](mailto:a@b.example) [https://x.example](https://x.example) [site](https://x.example)');
    expect(html).toContain('<a href="mailto:a@b.example" class="bare-link">');
    expect(html).toContain('<a href="https://x.example" class="bare-link">');
    expect(html).toContain('<a href="https://x.example">site</a>');
  });

  it('lets no author set a class or a label', () => {
    const {html} = renderMarkdown('## A\n\n<a class="heading-anchor" aria-label="x" href="#a">y</a>\n\n[z](#a "t")');
    expect(html).not.toContain('class=');
    expect(html).not.toContain('aria-label');
  });
});
