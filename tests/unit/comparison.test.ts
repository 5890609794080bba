import {describe, expect, it} from 'vitest';
import {compareVersions} from '@/lib/comparison';

describe('the comparison view', () => {
  const compare = (before: string, after: string, locale: 'en' | 'zh' = 'en') => compareVersions({before, after, locale});

  it('renders formatting and link targets as elements, one label per change, no link and no raw HTML', () => {
    const {html: markup} = compare(
      'We **never** sell data. Write to [us](mailto:a@infermesh.io). <b onclick="x()">Bold</b>\n',
      'We never sell data. Write to [us](mailto:b@example.com). <b onclick="x()">Bold</b> *now* `too` ~~old~~\n'
    );
    expect(markup).toContain(
      '<del><span class="visually-hidden">Removed: </span><strong>never</strong></del><ins><span class="visually-hidden">Added: </span>never</ins>'
    );
    expect(markup).toContain('<span class="link-target">⟨mailto:b@example.com⟩</span>');
    expect(markup).toContain('<ins><span class="visually-hidden">Added: </span> <em>now</em> <code>too</code> <s>old</s></ins>');
    expect(markup.match(/<(ins|del)>/g)?.length).toBe(markup.match(/class="visually-hidden"/g)?.length);
    expect(markup).not.toContain('<a');
    expect(markup).not.toContain('<b ');
    expect(markup).toContain('&#x3C;b onclick="x()">Bold&#x3C;/b>');
  });

  it('sets sections, headings and lists as the page shows them, labels in the page’s language', () => {
    const before = '## 1. Scope\n\nText.\n\n## 2. Data\n\n### 2.1 Kinds\n\n- name\n- your email address\n\nSame.\n';
    const after = '## 1. Scope\n\nText.\n\n## 2. Data\n\n### 2.1 Kinds\n\n- name\n- your email addresses\n\nSame.\n';
    const {html, changed, anchors} = compare(before, after, 'zh');
    expect(html).toBe(
      '<section id="changes-section-1" class="diff-section"><h2>1. Scope</h2><p>Text.</p></section>' +
        '<section id="changes-section-2" class="diff-section changed"><h2>2. Data</h2><h3 id="changes-section-2-1">2.1 Kinds</h3>' +
        '<ul><li>name</li><li class="diff-changed">your email <del><span class="visually-hidden">删除：</span>address</del><ins><span class="visually-hidden">新增：</span>addresses</ins></li></ul>' +
        '<p>Same.</p></section>'
    );
    expect(changed).toEqual([{id: 'section-2', heading: '2. Data'}]);
    expect(anchors).toEqual(['section-1', 'section-1', 'section-2', 'section-2', 'section-2-1']);
  });
});
