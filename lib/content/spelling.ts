// Whether an edit of one word fixes its spelling or turns it into another word. A misspelling is no
// word of the dictionary ("securty"); a word of the dictionary turned into another ("adults" →
// "minors", "form" → "from") is a change of meaning, however small the edit, unless the two are the
// same word spelt the American and the British way ("anonymize" / "anonymise"). Hunspell's en-US and
// en-GB dictionaries (dictionary-en, dictionary-en-gb, read with nspell), loaded on first use. Pure
// but for that read.
import fs from 'node:fs';
import nodeModule from 'node:module';
import path from 'node:path';
import nspell from 'nspell';

type Speller = {correct(word: string): boolean};

let spellers: Speller[] | undefined;

/** The dictionaries, from the project's node_modules (their packages export no file paths to bundle). */
function dictionaries(): Speller[] {
  if (!spellers) {
    const require = nodeModule.createRequire(path.join(process.cwd(), 'package.json'));
    spellers = ['dictionary-en', 'dictionary-en-gb'].map((name) => {
      const folder = path.dirname(require.resolve(name));
      return nspell(fs.readFileSync(path.join(folder, 'index.aff')), fs.readFileSync(path.join(folder, 'index.dic')));
    });
  }
  return spellers;
}

/** Whether a word is spelt right in American or British English. */
function isEnglishWord(word: string): boolean {
  return dictionaries().some((speller) => speller.correct(word) || speller.correct(word.toLowerCase()));
}

/** Letters only, lower case: "E-mail" and "email", "Data" and "data" are the same word. */
const bare = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** American and British spellings of one word, written alike. */
function american(word: string): string {
  return bare(word)
    .replace(/isation/g, 'ization')
    .replace(/is(e|es|ed|ing|er|ers)$/, 'iz$1')
    .replace(/ys(e|es|ed|ing)$/, 'yz$1')
    .replace(/our(s|ed|ing|able)?$/, 'or$1')
    .replace(/tre(s)?$/, 'ter$1')
    .replace(/ence$/, 'ense')
    .replace(/ogue(s)?$/, 'og$1')
    .replace(/([aeiou])ll(ed|ing|er|ers)$/, '$1l$2');
}

/** The same word spelt two ways: American and British, or the article "a" before a vowel. */
const spellingVariants = (a: string, b: string) => american(a) === american(b) || [bare(a), bare(b)].sort().join(' ') === 'a an';

/** Damerau–Levenshtein distance (adjacent letters swapped count as one edit). */
function editDistance(a: string, b: string): number {
  const rows = Array.from({length: a.length + 1}, (_, i) => Array.from({length: b.length + 1}, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1);
    }
  }
  return rows[a.length][b.length];
}

const LATIN_WORD = /[\p{Script=Latin}\p{N}]+(?:[-'’.][\p{Script=Latin}\p{N}]+)*/gu;
const HAN = /\p{Script=Han}/gu;

/**
 * Why the edit of `before` into `after` (the words a correction touches, with a word of context on
 * each side) is more than a spelling fix, or null (`shown` quotes the edit in the message): a word added or removed, a word turned into another, a word that
 * carries a commitment changed (`carries`: a negation, a modal, a number). In Chinese, one wrongly
 * written character may be replaced by another (错别字), one for one.
 */
export function spellingProblem(before: string, after: string, shown: string, carries: (word: string) => boolean): string | null {
  // The same letters, spaced, cased or punctuated otherwise: "user name" → "username", "Email" → "E-mail".
  if (bare(before) === bare(after)) return null;
  const was = before.match(LATIN_WORD) ?? [];
  const is = after.match(LATIN_WORD) ?? [];
  // A word written twice by mistake: "with with" → "with".
  const doubled = was.length === is.length + 1 ? was.findIndex((word, i) => bare(word) === bare(was[i + 1] ?? '')) : -1;
  if (doubled >= 0) was.splice(doubled, 1);
  if (was.length !== is.length) return `a word was ${was.length > is.length ? 'removed' : 'added'}: ${shown}`;
  for (const [i, old] of was.entries()) {
    const now = is[i];
    if (bare(old) === bare(now) || spellingVariants(old, now)) continue;
    const turned = `"${old}" is turned into "${now}"`;
    if (carries(old) || carries(now)) return `${turned}, a word that carries the meaning of the sentence: ${shown}`;
    const distance = editDistance(bare(old), bare(now));
    if (distance > (bare(old).length <= 4 ? 1 : 2) || isEnglishWord(old)) return `${turned}, another word, not its spelling: ${shown}`;
  }
  const oldHan = before.match(HAN) ?? [];
  const newHan = after.match(HAN) ?? [];
  if (oldHan.length !== newHan.length) return `${oldHan.length > newHan.length ? 'characters were removed' : 'characters were added'}: ${shown}`;
  const replaced = oldHan.flatMap((c, i) => (c === newHan[i] ? [] : [[c, newHan[i]] as const]));
  if (replaced.length > 1) return `${replaced.length} characters were replaced in one place (a correction replaces one wrongly written character): ${shown}`;
  const [pair] = replaced;
  if (pair && (carries(pair[0]) || carries(pair[1]))) return `"${pair[0]}" is replaced by "${pair[1]}", a character that carries the meaning of the sentence: ${shown}`;
  return null;
}
