import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {readContent} from '@/lib/content/load';
import {doc, draftTree} from '../helpers';

const version = {'privacy/en/2026-04-02.md': doc({changes: ''})};

function read(files: Record<string, string>) {
  const root = draftTree({...version, ...files});
  const {catalog, issues} = readContent(root, '2026-12-31');
  return {catalog, messages: issues.filter((i) => i.severity === 'error').map((i) => `${path.relative(root, path.resolve(i.file))}:${i.line}: ${i.message}`)};
}

describe('the settings files', () => {
  it('the site contact comes from content/site.yml', () => {
    const {catalog, messages} = read({'site.yml': '# The footer.\ncontact: legal@example.com\n'});
    expect(messages).toEqual([]);
    expect(catalog.site).toEqual({contact: 'legal@example.com'});
  });

  it('content without site.yml has no contact, and no error', () => {
    const {catalog, messages} = read({});
    expect(messages).toEqual([]);
    expect(catalog.site).toBeNull();
  });

  it('a document.yml sits beside the language folders and is read for its document only', () => {
    const {catalog, messages} = read({'privacy/document.yml': 'prevails: en\nformerly:\n  - /privacy-policy\n'});
    expect(messages).toEqual([]);
    expect(catalog.settings('privacy')).toEqual({prevails: 'en', formerly: ['/privacy-policy']});
    expect(catalog.settings('terms')).toEqual({});
  });

  it('mistakes are named with the file and the line', () => {
    expect(read({'site.yml': 'contact: privacy at infermesh.io\n'}).messages).toEqual([
      'site.yml:1: "contact" must be one e-mail address, such as privacy@infermesh.io; not "privacy at infermesh.io"'
    ]);
    expect(read({'site.yml': '# nothing yet\n'}).messages).toEqual(['site.yml:1: "contact" is required: the e-mail address for privacy questions']);
    expect(read({'privacy/document.yml': 'prevails: fr\n'}).messages).toEqual(['privacy/document.yml:1: "prevails" must be a language of the site, e.g. en; not "fr"']);
    expect(read({'privacy/document.yml': '# old addresses\nformerley: [/privacy-policy]\n'}).messages).toEqual([
      'privacy/document.yml:2: unknown setting "formerley" (allowed: prevails, formerly)'
    ]);
    expect(read({'privacy/document.yml': 'formerly: /privacy-policy\n'}).messages).toEqual([
      'privacy/document.yml:1: "formerly" must be a list of addresses, one "- /address" a line'
    ]);
    expect(read({'privacy/document.yml': 'prevails: en\nprevails: zh\n'}).messages).toEqual(['privacy/document.yml:2: the field "prevails" appears twice: keep one of them']);
  });
});
