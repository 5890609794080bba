// Old addresses (`formerly` in document.yml): written as plain paths, none an address of the site,
// each claimed by one document, none dropped once merged.
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {checkOldAddresses} from '@/lib/content/addresses';
import {readContent} from '@/lib/content/load';
import {contentTree, doc, draftTree, lockTree} from '../helpers';

const day = '2026-12-31';
const versions = {'privacy/en/2026-04-02.md': doc({changes: ''}), 'terms/en/2026-04-02.md': doc({title: 'Terms', changes: ''})};

function errors(files: Record<string, string>) {
  const root = draftTree({...versions, ...files});
  return readContent(root, day)
    .issues.filter((issue) => issue.severity === 'error')
    .map((issue) => `${path.relative(root, path.resolve(issue.file))}:${issue.line}: ${issue.message.replaceAll(`${path.relative(process.cwd(), root)}/`, '')}`);
}

const formerly = (...addresses: string[]) => `# Old addresses.\nformerly:\n${addresses.map((a) => `  - "${a}"\n`).join('')}`;

describe('old addresses', () => {
  it('accepts plain paths that no page of the site has', () => {
    expect(errors({'privacy/document.yml': formerly('/privacy-policy', '/legal/privacy', '/legal/privacy_policy.html'), 'terms/document.yml': formerly('/tos')})).toEqual([]);
  });

  it('refuses an address not written as a plain path, on its own line, saying what to write', () => {
    expect(
      errors({
        'privacy/document.yml': formerly('https://infermesh.io/privacy-policy', 'privacy-policy', '/privacy?lang=en', '/legal/privacy/', '/Privacy-Policy', '/privacy%2dpolicy', '/legal/../privacy', '/.well-known/privacy', '/privacy policy')
      })
    ).toEqual([
      'privacy/document.yml:3: "formerly": "https://infermesh.io/privacy-policy" is a full web address: write the path only, /privacy-policy',
      'privacy/document.yml:4: "formerly": "privacy-policy" must start with "/": write /privacy-policy',
      'privacy/document.yml:5: "formerly": "/privacy?lang=en" has a "?" part: write the path only, /privacy (what follows "?" or "#" is not part of the address)',
      'privacy/document.yml:6: "formerly": "/legal/privacy/" ends with "/": write /legal/privacy (the site sends /legal/privacy/ on to it by itself)',
      'privacy/document.yml:7: "formerly": "/Privacy-Policy" has capital letters: write /privacy-policy (every address of the site is lower case)',
      ...[8, 9, 10, 11].map(
        (line) =>
          `privacy/document.yml:${line}: "formerly": "${['/privacy%2dpolicy', '/legal/../privacy', '/.well-known/privacy', '/privacy policy'][line - 8]}" may only have lower-case letters, digits, "-", "_" and "." between the "/" (no space, "%" or other sign, no empty part, no part that starts with ".")`
      )
    ]);
  });

  it('refuses an address the site answers itself', () => {
    expect(errors({'privacy/document.yml': formerly('/', '/en/privacy-policy', '/zh', '/privacy', '/terms/versions', '/sitemap.xml')})).toEqual([
      'privacy/document.yml:3: "formerly": "/" is an address of the site (the home page): an old address must be one the site no longer answers; remove it',
      'privacy/document.yml:4: "formerly": "/en/privacy-policy" is an address of the site (every address starting with /en is a page in that language): an old address must be one the site no longer answers; remove it',
      'privacy/document.yml:5: "formerly": "/zh" is an address of the site (every address starting with /zh is a page in that language): an old address must be one the site no longer answers; remove it',
      'privacy/document.yml:6: "formerly": "/privacy" is an address of the site (the document "privacy" answers it): an old address must be one the site no longer answers; remove it',
      'privacy/document.yml:7: "formerly": "/terms/versions" is an address of the site (the document "terms" answers it): an old address must be one the site no longer answers; remove it',
      'privacy/document.yml:8: "formerly": "/sitemap.xml" is an address of the site (a file of the site): an old address must be one the site no longer answers; remove it'
    ]);
  });

  it('refuses an address claimed twice, by one document or by two', () => {
    expect(errors({'privacy/document.yml': formerly('/legal', '/policy', '/legal'), 'terms/document.yml': formerly('/policy')})).toEqual([
      'privacy/document.yml:5: "formerly": "/legal" is listed twice (first on line 3): remove one of the two lines',
      'terms/document.yml:3: "formerly": "/policy" is also listed by privacy/document.yml (line 4): an old address leads to one document; remove it from one of the two files'
    ]);
  });

  it('redirects only what the check accepts, to a document that has a version', () => {
    const claim = (address: string, document: string) => ({address, document, file: `content/${document}/document.yml`, line: 3});
    const documents = new Set(['privacy', 'terms']);
    const {redirects} = checkOldAddresses(
      [claim('/privacy-policy', 'privacy'), claim('/terms', 'privacy'), claim('/policy', 'privacy'), claim('/policy', 'terms'), claim('/cookie-policy', 'cookies')],
      (name) => documents.has(name)
    );
    expect(Object.fromEntries(redirects)).toEqual({'/privacy-policy': 'privacy'});
  });
});

describe('old addresses against the base branch', () => {
  function repository(yml: string) {
    const top = contentTree({...Object.fromEntries(Object.entries(versions).map(([name, text]) => [`content/${name}`, text])), 'content/privacy/document.yml': yml});
    const root = path.join(top, 'content');
    lockTree(root, day);
    const git = (...args: string[]) => execFileSync('git', ['-C', top, ...args], {stdio: 'pipe'});
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'content');
    git('checkout', '-q', '-b', 'change');
    return root;
  }
  const against = (root: string) =>
    readContent(root, day, {ref: 'main'})
      .issues.filter((issue) => issue.severity === 'error')
      .map((issue) => `${path.relative(root, path.resolve(issue.file))}:${issue.line}: ${issue.message}`);

  it('refuses dropping an old address that the base branch lists, even with the whole file', () => {
    const root = repository(formerly('/privacy-policy', '/legal/privacy'));
    expect(against(root)).toEqual([]);
    fs.writeFileSync(path.join(root, 'privacy/document.yml'), formerly('/privacy-policy', '/legal/privacy-notice'));
    expect(against(root)).toEqual([
      'privacy/document.yml:3: "formerly": "/legal/privacy" is listed on main and gone here: an old address is kept for good (readers and other sites still use it); put it back'
    ]);
    fs.rmSync(path.join(root, 'privacy/document.yml'));
    expect(against(root)).toHaveLength(2);
  });

  it('lets an old address go when a document now answers it, and moves it from one document to another', () => {
    const root = repository(formerly('/tos', '/privacy-policy'));
    fs.writeFileSync(path.join(root, 'privacy/document.yml'), formerly('/privacy-policy'));
    fs.writeFileSync(path.join(root, 'terms/document.yml'), formerly('/tos'));
    expect(against(root)).toEqual([]);
    fs.rmSync(path.join(root, 'terms/document.yml'));
    fs.mkdirSync(path.join(root, 'tos/en'), {recursive: true});
    fs.writeFileSync(path.join(root, 'tos/en/2026-04-02.md'), doc({title: 'Terms', changes: ''}));
    expect(against(root).filter((message) => message.includes('formerly'))).toEqual([]);
  });
});
