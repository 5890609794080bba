import {describe, expect, it} from 'vitest';
import type {BlockContent, Root} from 'mdast';
import {NESTED_TOO_DEEP, treeDepthProblem} from '@/lib/content/checks-markdown';
import {renderMarkdown} from '@/lib/content/markdown';

describe('renderMarkdown', () => {
  it('gives numbered headings the same id in every language, with no user-content- prefix', () => {
    const en = renderMarkdown('## 2. Information We Collect\n\n### 2.1 Information You Provide\n');
    const zh = renderMarkdown('## 2. 我们收集的信息\n\n### 2.1 您提供的信息\n');
    expect(en.html).toContain('<h2 id="section-2">2. Information We Collect</h2>');
    expect(zh.html).toContain('<h3 id="section-2-1">2.1 您提供的信息</h3>');
    expect(en.html + zh.html).not.toContain('user-content-');
  });

  it('slugs headings without a number, Chinese ones too, after "heading-", and keeps ids unique', () => {
    const {toc} = renderMarkdown('## Overview\n\n## 概述\n\n### Overview again\n\n### Overview!\n');
    expect(toc).toEqual([
      {depth: 2, id: 'heading-overview', text: 'Overview'},
      {depth: 2, id: 'heading-概述', text: '概述'},
      {depth: 3, id: 'heading-overview-again', text: 'Overview again'},
      {depth: 3, id: 'heading-overview-1', text: 'Overview!'}
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

  it('follows each h2 and h3 with a named link to itself, keeping the heading text clean, marked as no part of the text', () => {
    const anchorLabel = ({number, text}: {number?: string; text: string}) => `Link to ${number ?? text}`;
    const {html, toc} = renderMarkdown('## 2. Information\n\n### 2.1 You Provide\n\n## Overview\n\n#### Deep\n', {anchorLabel});
    expect(html).toContain(
      '<div class="heading"><h2 id="section-2">2. Information</h2><a href="#section-2" class="heading-anchor" aria-label="Link to 2" data-annotation="">#</a></div>'
    );
    expect(html).toContain('<h3 id="section-2-1">2.1 You Provide</h3><a href="#section-2-1" class="heading-anchor" aria-label="Link to 2.1" data-annotation="">#</a>');
    expect(html).toContain('aria-label="Link to Overview"');
    expect(html).toContain('<h2 id="heading-overview">Overview</h2><a href="#heading-overview"');
    expect(html).not.toContain('href="#heading-deep"');
    expect(toc.map((entry) => entry.text)).toEqual(['2. Information', '2.1 You Provide', 'Overview']);
  });

  it('marks links that show their own address, so print does not repeat it', () => {
    const {html} = renderMarkdown('[a@b.example](mailto:a@b.example) [https://x.example](https://x.example) [site](https://x.example)');
    expect(html).toContain('<a href="mailto:a@b.example" class="bare-link">');
    expect(html).toContain('<a href="https://x.example" class="bare-link">');
    expect(html).toContain('<a href="https://x.example">site</a>');
  });

  it('lets no author set a class or a label', () => {
    const {html} = renderMarkdown('## A\n\n<a class="heading-anchor" aria-label="x" href="#heading-a">y</a>\n\n[z](#heading-a "t")');
    expect(html).not.toContain('class=');
    expect(html).not.toContain('aria-label');
  });
});

const messages = (markdown: string, firstLine = 1) => renderMarkdown(markdown, firstLine).problems;

describe('renderMarkdown refuses', () => {
  it('images in every form, and keeps none in the HTML', () => {
    const markdown = [
      '![a](https://evil.example/a.png)', // 1
      '',
      '![b][px] ![c][] ![px]', // 3
      '',
      '[px]: https://evil.example/p.png', // 5
      '[c]: https://evil.example/c.png'
    ].join('\n');
    const {html, problems} = renderMarkdown(markdown, 10);
    const image = 'images are not supported in legal documents';
    expect(problems).toEqual([
      {line: 10, message: image},
      {line: 12, message: image},
      {line: 12, message: image},
      {line: 12, message: image}
    ]);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('evil.example');
  });

  it('link text that shows one address while the link goes to another', () => {
    const markdown = [
      '[https://infermesh.io](https://evil.example)', // 1
      '[privacy@infermesh.io](mailto:x@evil.example)', // 2
      '[www.infermesh.io](https://evil.example)', // 3
      '[infermesh.io](https://evil.example/infermesh.io)', // 4
      '[write to privacy@infermesh.io](mailto:x@evil.example)', // 5
      '[https://infermesh.io](mailto:privacy@infermesh.io)', // 6
      '[privacy@infermesh.io][p]', // 7
      '',
      '[p]: https://evil.example'
    ].join('\n');
    expect(messages(markdown)).toEqual([
      {
        line: 1,
        message:
          'link text "https://infermesh.io" is an address, but the link goes to "https://evil.example": make the link go to the address shown, or write words as its text'
      },
      {
        line: 2,
        message:
          'link text "privacy@infermesh.io" is an address, but the link goes to "mailto:x@evil.example": make the link go to the address shown, or write words as its text'
      },
      {
        line: 3,
        message:
          'link text "www.infermesh.io" is an address, but the link goes to "https://evil.example": make the link go to the address shown, or write words as its text'
      },
      {
        line: 4,
        message:
          'link text "infermesh.io" is an address, but the link goes to "https://evil.example/infermesh.io": make the link go to the address shown, or write words as its text'
      },
      {
        line: 5,
        message:
          'link text "privacy@infermesh.io" is an address, but the link goes to "mailto:x@evil.example": make the link go to the address shown, or write words as its text'
      },
      {
        line: 6,
        message:
          'link text "https://infermesh.io" is an address, but the link goes to "mailto:privacy@infermesh.io": make the link go to the address shown, or write words as its text'
      },
      {
        line: 7,
        message:
          'link text "privacy@infermesh.io" is an address, but the link goes to "https://evil.example": make the link go to the address shown, or write words as its text'
      }
    ]);
  });

  it('but accepts link text showing the address it goes to, written either way', () => {
    const markdown = [
      '[https://infermesh.io](https://infermesh.io/) [https://infermesh.io/](https://infermesh.io)',
      '[www.infermesh.io](https://www.infermesh.io) [www.infermesh.io](http://www.infermesh.io/) www.infermesh.io',
      '[infermesh.io](https://infermesh.io) [HTTPS://InferMesh.io/en](https://infermesh.io/en)',
      '[Privacy@InferMesh.io](mailto:privacy@infermesh.io) [mailto:privacy@infermesh.io](mailto:privacy@infermesh.io)',
      'privacy@infermesh.io <https://infermesh.io> https://infermesh.io/en/privacy#section-2',
      '[https://infermesh.io/en/privacy](/en/privacy) [our site](https://evil.example) [Contact us](mailto:privacy@infermesh.io)',
      '[see https://infermesh.io.](https://infermesh.io) [(https://infermesh.io/a_(b))](https://infermesh.io/a_(b))'
    ].join('\n');
    expect(messages(markdown)).toEqual([]);
  });

  it('a mailto: link with more than one address', () => {
    const markdown = [
      '[a](mailto:a@infermesh.io?cc=x@evil.example)',
      '[b](mailto:a@infermesh.io?bcc=x@evil.example)',
      '[c](mailto:a@infermesh.io?subject=Hello)',
      '[d](mailto:a@infermesh.io?body=Hello)',
      '[e](mailto:a@infermesh.io,x@evil.example)',
      '[f](mailto:a@infermesh.io;x@evil.example)',
      '[g](mailto:a@infermesh.io%2Cx@evil.example)',
      '[h](mailto:)'
    ].join('\n');
    expect(messages(markdown).map((p) => `${p.line}: ${p.message}`)).toEqual(
      [
        'mailto:a@infermesh.io?cc=x@evil.example',
        'mailto:a@infermesh.io?bcc=x@evil.example',
        'mailto:a@infermesh.io?subject=Hello',
        'mailto:a@infermesh.io?body=Hello',
        'mailto:a@infermesh.io,x@evil.example',
        'mailto:a@infermesh.io;x@evil.example',
        'mailto:a@infermesh.io%2Cx@evil.example',
        'mailto:'
      ].map((url, i) => `${i + 1}: link "${url}": a mailto: link must name one address and nothing else (no "?subject=", "?cc=" or second address)`)
    );
  });

  it('a link whose scheme is not in lower case, which the sanitizer would silently drop', () => {
    const markdown = '[a](HTTPS://infermesh.io) [b](Mailto:privacy@infermesh.io)\n\n<Http://infermesh.io>\n\n[c]: hTtp://infermesh.io\n';
    expect(messages(markdown)).toEqual([
      {line: 1, message: 'link "HTTPS://infermesh.io": write "HTTPS:" in lower case, "https:", or the link is lost'},
      {line: 1, message: 'link "Mailto:privacy@infermesh.io": write "Mailto:" in lower case, "mailto:", or the link is lost'},
      {line: 3, message: 'link "Http://infermesh.io": write "Http:" in lower case, "http:", or the link is lost'},
      {line: 5, message: 'link "hTtp://infermesh.io": write "hTtp:" in lower case, "http:", or the link is lost'}
    ]);
  });

  it('footnotes, whose notes would not be linked back correctly', () => {
    const {problems} = renderMarkdown('## 1. Scope\n\nText[^1].\n\n[^1]: The note.\n', 5);
    const footnote = 'footnotes are not supported: write the note in the text itself, e.g. in brackets';
    expect(problems).toEqual([
      {line: 7, message: footnote},
      {line: 9, message: footnote}
    ]);
  });

  it('raw HTML once per line, not once per tag', () => {
    const {problems} = renderMarkdown('<b>bold</b> and <i>it</i>\n\n<div>\nx\n</div>\n\n<b>a</b>\n');
    expect(problems).toEqual([
      {line: 1, message: 'raw HTML is not allowed; write it in Markdown'},
      {line: 3, message: 'raw HTML is not allowed; write it in Markdown'},
      {line: 7, message: 'raw HTML is not allowed; write it in Markdown'}
    ]);
  });
});

describe('heading ids', () => {
  it('never give a page id, or a numbered section id, to a heading without a number', () => {
    const {html, anchors} = renderMarkdown(
      '## Main\n\n## toc-title-wide\n\n## changes-title\n\n## Section 2\n\n## 1. Scope\n\n### section-1-1\n\n#### Fine print\n\n## 概述\n'
    );
    expect(anchors).toEqual([
      'heading-main',
      'heading-toc-title-wide',
      'heading-changes-title',
      'heading-section-2',
      'section-1',
      'heading-section-1-1',
      'heading-fine-print',
      'heading-概述'
    ]);
    expect(html).not.toMatch(/id="(main|toc-title-wide|changes-title|section-2|section-1-1)"/);
  });

  it('keep section-<number> for a numbered heading, never de-duplicated into another section id', () => {
    const {anchors, problems} = renderMarkdown('## 2. Real\n\n### 2.1 Real\n\n## 2 Fake\n\n### 2.4\n\n## 2.4 Again\n', 10);
    expect(anchors).toEqual(['section-2', 'section-2-1', 'section-2', 'section-2-4', 'section-2-4']);
    expect(problems).toEqual([
      {line: 14, message: 'section number 2 is used twice, on lines 10 and 14: give each section its own number'},
      {line: 18, message: 'section number 2.4 is used twice, on lines 16 and 18: give each section its own number'}
    ]);
  });

  it('tell where a link to a heading without a number must now point', () => {
    expect(messages('## Fine print\n\nSee [the fine print](#fine-print) and [this](#heading-fine-print).\n')).toEqual([
      {line: 3, message: 'link "#fine-print" points to no heading in this file: the heading\'s address is "#heading-fine-print"'}
    ]);
  });

  it('refuse an empty heading', () => {
    expect(messages('## 1. Scope\n\n##\n\n### ###\n', 3)).toEqual([
      {line: 5, message: 'empty heading: write its title after the "##", or remove the line'},
      {line: 7, message: 'empty heading: write its title after the "###", or remove the line'}
    ]);
  });
});

describe('nesting', () => {
  const deepList = (levels: number) => Array.from({length: levels}, (_, i) => `${'  '.repeat(i)}- x`).join('\n');
  // Each of these used to overflow the stack (or take 24 s for a 500-deep list) with no file or line.
  const hostile: [string, string, number, string][] = [
    ['"- " 1,000 times on one line', `## 1. Scope\n\n${'- '.repeat(1000)}x\n`, 3, 'block'],
    ['">" 3,000 times on one line', `## 1. Scope\n\n${'>'.repeat(3000)} x\n`, 3, 'block'],
    ['emphasis 5,000 deep', `## 1. Scope\n\n${'*_'.repeat(2500)}x${'_*'.repeat(2500)}\n`, 3, 'emphasis'],
    ['stars 5,000 deep', `## 1. Scope\n\n${'*'.repeat(5000)}x${'*'.repeat(5000)}\n`, 3, 'emphasis'],
    ['emphasis 2,500 deep between words', `## 1. Scope\n\n${'*a '.repeat(2500)}x${' a*'.repeat(2500)}\n`, 3, 'emphasis'],
    ['emphasis 2,500 deep over lines', `## 1. Scope\n\nText\n${'*a\n'.repeat(2500)}x${'\na*'.repeat(2500)}\n`, 12, 'emphasis'],
    ['a list 1,500 levels deep', `## 1. Scope\n\n${deepList(1500)}\n`, 11, 'block'],
    ['a list 500 levels deep', `## 1. Scope\n\n${deepList(500)}\n`, 11, 'block'],
    ['a list 1,500 levels deep, with blank lines', `## 1. Scope\n\n${deepList(1500).replaceAll('\n', '\n\n\n')}\n`, 27, 'block']
  ];
  const expected = {
    block: 'lists and quotes nested more than 8 deep: use fewer levels (each "-", "1." or ">" at the start of a line, and each indented list, is one more)',
    emphasis: 'too many "*", "_" or "~" marks: emphasis can be nested at most 8 deep; remove the extra marks and write **bold** or *italic*'
  };

  it.each(hostile)('answers %s with a message at its line, fast', (_, markdown, line, kind) => {
    const start = performance.now();
    const {problems, html} = renderMarkdown(markdown, 5);
    const elapsed = performance.now() - start;
    expect(problems).toContainEqual({line: line + 4, message: expected[kind as keyof typeof expected]});
    expect(html).toBe('');
    // Well under a second on a quiet machine; the bound leaves room for a busy one.
    expect(elapsed).toBeLessThan(2000);
  });

  it('reports a deep run once, not on every line', () => {
    expect(messages(deepList(30))).toEqual([{line: 9, message: expected.block}]);
  });

  it('accepts the nesting a legal text uses', () => {
    const markdown = [
      '1. First',
      '   1. Second',
      '      - Third',
      '        > Quoted *with **bold** and ***both***, `code **` and \\*escaped\\**',
      '        >',
      '        > - a list in a quote',
      '',
      '* * * * * * * * * * *',
      '',
      'Name: ________________ Date: ____________',
      '',
      '__________________',
      '',
      '- ~5 days, ~10 days, ~20 days, ~30 days, ~40 days, ~50 days, ~60 days, ~70 days, ~80 days, ~90 days',
      '- 1\\* 2\\* 3\\* * * * * * * * * * *',
      '',
      '~~~~~~~~~~~~',
      'code',
      '~~~~~~~~~~~~'
    ].join('\n');
    expect(messages(markdown)).toEqual([]);
  });

  it('checks the depth of the parsed tree too, before anything walks it', () => {
    // The line checks above keep the parser from building such a tree; this is the second guard.
    const position = {start: {line: 3, column: 1}, end: {line: 3, column: 2}};
    let deep: Root = {type: 'root', children: [{type: 'paragraph', children: [{type: 'text', value: 'x'}]}]};
    for (let i = 0; i < 5000; i++) deep = {type: 'root', children: [{type: 'blockquote', position, children: deep.children as BlockContent[]}]};
    expect(treeDepthProblem(deep, 10)).toEqual({line: 12, message: NESTED_TOO_DEEP});
    expect(treeDepthProblem({type: 'root', children: [{type: 'paragraph', children: [{type: 'text', value: 'x'}]}]}, 10)).toBeNull();
  });
});

describe('invisible characters', () => {
  it('are reported with their line, column and name, in a heading, a link or the text', () => {
    const markdown = '## 1. Sc\u202Eope\n\n[site](https://infermesh.io/\u200B)\n\nA\u200Dt \u2066x\u2069 \uFEFF';
    const at = (code: string, name: string, column: number) =>
      `invisible character U+${code} (${name}) at column ${column}: remove it; it can make the text read differently from what it is`;
    expect(messages(markdown, 5)).toEqual([
      {line: 5, message: at('202E', 'RIGHT-TO-LEFT OVERRIDE', 9)},
      {line: 7, message: at('200B', 'ZERO WIDTH SPACE', 29)},
      {line: 9, message: at('200D', 'ZERO WIDTH JOINER', 2)},
      {line: 9, message: at('2066', 'LEFT-TO-RIGHT ISOLATE', 5)},
      {line: 9, message: at('2069', 'POP DIRECTIONAL ISOLATE', 7)},
      {line: 9, message: at('FEFF', 'ZERO WIDTH NO-BREAK SPACE', 9)}
    ]);
  });
});
