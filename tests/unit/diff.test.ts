import {describe, expect, it} from 'vitest';
import {diffDocuments, diffText} from '@/lib/diff';

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
