import {createHash} from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {readContent} from '@/lib/content/load';
import {hashBytes, LOCK_FILE, parseLock, recordCorrection, serializeLock} from '@/lib/content/lock';
import {check, contentTree, doc, lockTree} from '../helpers';

const day = '2026-06-15';

/** Three English versions, recorded: two in force in turn, and one announced for 1 July. */
function published() {
  const root = contentTree({
    'privacy/en/2026-04-02.md': doc({body: '## 1. Scope\n\nThe first text.\n'}),
    'privacy/en/2026-05-01.md': doc({body: '## 1. Scope\n\nThe second text.\n'}),
    'privacy/en/2026-06-10.md': doc({extra: 'effective: 2026-07-20\n', body: '## 1. Scope\n\nThe upcoming text.\n'})
  });
  lockTree(root, day);
  return root;
}

const file = (root: string, name: string) => path.join(root, 'privacy/en', name);
const lockOf = (root: string) => JSON.parse(fs.readFileSync(path.join(root, LOCK_FILE), 'utf8'));

describe('the lock file', () => {
  it('records a version when it is published, upcoming ones included, and then has nothing to say', () => {
    const root = published();
    expect(Object.keys(lockOf(root).versions)).toEqual(['privacy/en/2026-04-02.md', 'privacy/en/2026-05-01.md', 'privacy/en/2026-06-10.md']);
    expect(check(root, day)).toEqual([]);
  });

  it('is readable: one entry per version, sorted, each with its SHA-256', () => {
    const text = fs.readFileSync(path.join(published(), LOCK_FILE), 'utf8');
    expect(text).toMatch(/^{\n {2}"about": "[^"]+",\n {2}"versions": {\n {4}"privacy\/en\/2026-04-02\.md": {\n {6}"sha256": "[0-9a-f]{64}"\n {4}},\n/);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('refuses an edited published version and says to add a new one', () => {
    const root = published();
    fs.appendFileSync(file(root, '2026-04-02.md'), '\nOne more sentence.\n');
    expect(check(root, day)).toEqual([
      'privacy/en/2026-04-02.md:1: this published version was changed: published versions are permanent. Undo the change and add a new version instead (npm run policy:new -- privacy en); only a typo may be corrected, see "Corrections" in content/README.md'
    ]);
  });

  it('refuses a renamed published version', () => {
    const root = published();
    fs.renameSync(file(root, '2026-05-01.md'), file(root, '2026-05-02.md'));
    expect(check(root, day)).toEqual([
      'privacy/en/2026-05-02.md:1: this is the published version privacy/en/2026-05-01.md, renamed: give it back its name; published versions are permanent'
    ]);
  });

  it('refuses a deleted published version', () => {
    const root = published();
    fs.rmSync(file(root, '2026-04-02.md'));
    expect(check(root, day)).toEqual([
      'privacy/en/2026-04-02.md:1: this published version was deleted: restore it; published versions are permanent (to replace it, add a new version: npm run policy:new -- privacy en)'
    ]);
  });

  it('locks an announced version before it applies, and lets a new one change freely until it is recorded', () => {
    const root = published();
    fs.appendFileSync(file(root, '2026-06-10.md'), '\nReworded after the announcement.\n');
    expect(check(root, day)[0]).toMatch(/^privacy\/en\/2026-06-10\.md:1: this published version was changed/);
    fs.writeFileSync(file(root, '2026-06-10.md'), doc({extra: 'effective: 2026-07-20\n', body: '## 1. Scope\n\nThe upcoming text.\n'}));
    fs.writeFileSync(file(root, '2026-06-15.md'), doc({body: '## 1. Scope\n\nA draft.\n'}));
    fs.appendFileSync(file(root, '2026-06-15.md'), '\nReworded in the pull request.\n');
    expect(check(root, day)).toEqual([
      'privacy/en/2026-06-15.md:1: warning: new version, not yet recorded in versions.lock.json: it is recorded when merged (npm run content:lock)',
      'privacy/en/2026-06-10.md:4: warning: this version applies from 2026-07-20 but was written before en/2026-06-15.md, which applies sooner (2026-06-15): it does not contain that version\'s changes, and on 2026-07-20 they would be undone (the comparison of the two shows them as removed). Publish a version with both, applying on 2026-07-20: npm run policy:new -- privacy en --effective 2026-07-20'
    ]);
  });

  it('warns that an announced version never applies while the version replacing it is new, and then says no more', () => {
    const root = published();
    // Published today, applying the same day as the announced one: it takes its place.
    fs.writeFileSync(file(root, '2026-06-15.md'), doc({extra: 'effective: 2026-07-20\n', body: '## 1. Scope\n\nThe upcoming text, mended.\n'}));
    expect(check(root, day)).toEqual([
      'privacy/en/2026-06-15.md:1: warning: new version, not yet recorded in versions.lock.json: it is recorded when merged (npm run content:lock)',
      'privacy/en/2026-06-10.md:4: warning: never applies: en/2026-06-15.md, published after it, takes effect the same day (2026-07-20); the history shows this version as replaced by it'
    ]);
    lockTree(root, day);
    expect(check(root, day)).toEqual([]);
  });

  it('refuses content without its lock file, and a damaged lock file, at the line of the damage', () => {
    const root = published();
    const text = fs.readFileSync(path.join(root, LOCK_FILE), 'utf8');
    fs.writeFileSync(path.join(root, LOCK_FILE), text.replace(/"sha256": "[0-9a-f]{3}/, '"sha256": "xyz'));
    expect(check(root, day)).toEqual([
      'versions.lock.json:4: the lock file is damaged at versions.privacy/en/2026-04-02.md.sha256: must be 64 hexadecimal digits; restore it from the main branch'
    ]);
    fs.writeFileSync(path.join(root, LOCK_FILE), text.replace('"versions": {', '"versions": {,'));
    expect(check(root, day)).toEqual([expect.stringMatching(/^versions\.lock\.json:3: the lock file is not valid JSON: restore it from the main branch/)]);
    fs.rmSync(path.join(root, LOCK_FILE));
    const missing = 'published, but the lock file versions.lock.json is missing: restore it from the main branch (only a new content folder starts one: npm run content:lock -- --init)';
    expect(check(root, day)).toEqual([`privacy/en/2026-04-02.md:1: ${missing}`, `privacy/en/2026-05-01.md:1: ${missing}`, `privacy/en/2026-06-10.md:1: ${missing}`]);
  });

  it('hashes the bytes, as sha256sum does, so anyone can check a downloaded version against the record', () => {
    expect(hashBytes('a\nb\n')).toBe(createHash('sha256').update(Buffer.from('a\nb\n')).digest('hex'));
    // .gitattributes keeps content/ byte for byte in every checkout, so a line ending is a change.
    expect(hashBytes('a\r\nb\r\n')).not.toBe(hashBytes('a\nb\n'));
    expect(fs.readFileSync('.gitattributes', 'utf8')).toMatch(/^content\/\*\* -text$/m);
  });

  it('accepts a correction with its reason, keeps the previous hash and shows it on the version', () => {
    const root = published();
    const target = file(root, '2026-04-02.md');
    fs.writeFileSync(target, fs.readFileSync(target, 'utf8').replace('first text', 'first text, corrected'));
    const lock = parseLock(fs.readFileSync(path.join(root, LOCK_FILE), 'utf8'));
    if (!('lock' in lock)) throw new Error('lock expected');
    const before = lock.lock.versions['privacy/en/2026-04-02.md'].sha256;
    const hash = hashBytes(fs.readFileSync(target));
    fs.writeFileSync(path.join(root, LOCK_FILE), serializeLock(recordCorrection(lock.lock, 'privacy/en/2026-04-02.md', hash, 'Fixed a typo.', day)));
    expect(check(root, day)).toEqual([]);
    expect(lockOf(root).versions['privacy/en/2026-04-02.md']).toEqual({
      sha256: hash,
      corrections: [{date: day, reason: 'Fixed a typo.', previous: before}]
    });
    const versions = readContent(root, day).versions;
    expect(versions.find((v) => v.date === '2026-04-02')?.corrections).toEqual([{date: day, reason: 'Fixed a typo.', previous: expect.stringMatching(/^[0-9a-f]{64}$/)}]);
    expect(versions.find((v) => v.date === '2026-05-01')?.corrections).toEqual([]);
  });

  it('records the words of a correction with it, and reads corrections recorded before words were', () => {
    const root = published();
    const target = file(root, '2026-04-02.md');
    fs.writeFileSync(target, fs.readFileSync(target, 'utf8').replace('first text', 'first txt'));
    const lock = parseLock(fs.readFileSync(path.join(root, LOCK_FILE), 'utf8'));
    if (!('lock' in lock)) throw new Error('lock expected');
    const hash = hashBytes(fs.readFileSync(target));
    const edits = [{before: 'text', after: 'txt'}];
    fs.writeFileSync(path.join(root, LOCK_FILE), serializeLock(recordCorrection(lock.lock, 'privacy/en/2026-04-02.md', hash, 'Typo.', day, edits)));
    expect(check(root, day)).toEqual([]);
    expect(lockOf(root).versions['privacy/en/2026-04-02.md'].corrections).toEqual([{date: day, reason: 'Typo.', previous: expect.stringMatching(/^[0-9a-f]{64}$/), edits}]);
    expect(readContent(root, day).versions.find((v) => v.date === '2026-04-02')?.corrections[0].edits).toEqual(edits);
    // The fixture's lock file has one correction with its words and one without.
    const fixture = parseLock(fs.readFileSync(path.join('tests/fixtures/content', LOCK_FILE), 'utf8'));
    if (!('lock' in fixture)) throw new Error(`fixture lock: ${fixture.problem.message}`);
    expect(fixture.lock.versions['privacy/en/2026-04-02.md'].corrections?.[0].edits).toEqual([{before: 'explians', after: 'explains'}]);
    expect(fixture.lock.versions['privacy/zh/2026-03-17.md'].corrections?.[0].edits).toBeUndefined();
    // An edit is its words before and after, nothing else.
    const text = fs.readFileSync(path.join(root, LOCK_FILE), 'utf8');
    expect(parseLock(text.replace('"after": "txt"', '"after": "txt", "where": "1"'))).toEqual({
      problem: {line: 4, message: expect.stringMatching(/^the lock file is damaged at versions\.privacy\/en\/2026-04-02\.md\.corrections\.0\.edits\.0: /)}
    });
  });
});
