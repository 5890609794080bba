// The words of a legal text that carry its commitments, where a machine can read them: numbers with
// their units ("24 months", "十年", "30-day"), dates, e-mail and web addresses, negations ("not",
// "never", "不") and modals ("may", "must", "only", "应当"). Two texts that differ in these say
// something different, however small the edit. Pure: text in, terms out. Used to judge that an
// "editorial" change is not one, that a correction is only a spelling fix, and that a translation
// keeps the numbers of its English.
import {wordSegmenter} from '../diff';

type TermKind = 'number' | 'period' | 'date' | 'e-mail address' | 'web address' | 'negation' | 'modal';

/** `key` compares ("24 month"), `shown` is what the text says ("24 months"). */
export type Term = {kind: TermKind; key: string; shown: string};

const UNITS: Record<string, string> = {
  second: 'second', seconds: 'second', minute: 'minute', minutes: 'minute', hour: 'hour', hours: 'hour',
  day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month', months: 'month', year: 'year', years: 'year',
  秒: 'second', 秒钟: 'second', 分钟: 'minute', 小时: 'hour', 钟头: 'hour', 天: 'day', 日: 'day', 周: 'week', 星期: 'week', 个月: 'month', 月: 'month', 年: 'year'
};

const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19
};
const TENS: Record<string, number> = {twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90};
const SCALES: Record<string, number> = {hundred: 100, thousand: 1000, million: 1e6, billion: 1e9};

/** "twenty-four", "one hundred", "a dozen" → the number; null when the words are no number. */
function englishNumber(words: string[]): number | null {
  let total = 0;
  let current = 0;
  let any = false;
  for (const raw of words) {
    for (const word of raw.toLowerCase().split('-')) {
      if (word in SMALL) current += SMALL[word];
      else if (word in TENS) current += TENS[word];
      else if (word in SCALES) {
        current = Math.max(current, 1) * SCALES[word];
        if (SCALES[word] >= 1000) [total, current] = [total + current, 0];
      } else if (word === 'dozen') current = Math.max(current, 1) * 12;
      else return null;
      any = true;
    }
  }
  return any ? total + current : null;
}

const CHINESE_DIGITS: Record<string, number> = {〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9};
const CHINESE_SCALES: Record<string, number> = {十: 10, 百: 100, 千: 1000, 万: 10_000, 亿: 100_000_000};

/** "二十四", "十", "两", "一百零五" → the number. */
function chineseNumber(text: string): number | null {
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const c of text) {
    if (c in CHINESE_DIGITS) digit = CHINESE_DIGITS[c];
    else if (c in CHINESE_SCALES) {
      const scale = CHINESE_SCALES[c];
      if (scale >= 10_000) {
        total = (total + section + digit) * scale;
        [section, digit] = [0, 0];
      } else {
        section += (digit || 1) * scale;
        digit = 0;
      }
    } else return null;
  }
  return total + section + digit;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const NEGATIONS_EN = new Set(['not', 'no', 'never', 'none', 'nor', 'neither', 'cannot', 'without', 'nothing', 'nobody', 'unless', 'except']);
const MODALS_EN = new Set(['may', 'might', 'will', 'would', 'shall', 'should', 'must', 'can', 'could', 'only', 'solely', 'exclusively', 'always', 'required', 'optional']);
// Chinese words as Intl.Segmenter cuts them: "不" alone, not inside "不同" (different) or "不断".
const NEGATIONS_ZH = new Set(['不', '没', '没有', '无', '未', '非', '勿', '别', '不得', '不会', '不能', '不可', '不应', '不再', '不要', '禁止', '绝不', '从不', '从未', '并非', '除非', '除外']);
const MODALS_ZH = new Set(['可', '可以', '可能', '会', '将', '将会', '应', '应当', '应该', '须', '必须', '需', '需要', '仅', '只', '仅限', '只有', '仅在', '均', '一律', '始终', '总是', '务必', '有权']);

/** Contractions read as their negation: "don't" is "do not". */
const CONTRACTED = /^(?:[a-z]+n['’]t|can['’]t|won['’]t)$/i;

export const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const URL_LIKE = /\b(?:https?:\/\/|www\.)[^\s<>()（），。；：！？、“”‘’\]]+|\b(?:[a-z0-9-]+\.)+(?:io|com|org|net|cn|dev|ai|app|co)\b(?:\/[^\s<>()（），。；：！？、“”‘’\]]*)?/giu;
// "April 2, 2026", "2 April 2026", "2026-04-02", "2026 年 4 月 2 日".
const DATE_EN = new RegExp(`\\b(?:(${MONTHS.join('|')})\\s+(\\d{1,2}),?\\s+(\\d{4})|(\\d{1,2})\\s+(${MONTHS.join('|')}),?\\s+(\\d{4})|(\\d{4})-(\\d{2})-(\\d{2}))\\b`, 'giu');
const DATE_ZH = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/gu;

const pad = (n: number | string) => String(n).padStart(2, '0');

/** Takes out what `pattern` finds, as terms, and leaves spaces in its place. */
function take(text: string, pattern: RegExp, term: (match: RegExpExecArray) => Term | null, terms: Term[]): string {
  return text.replace(pattern, (...args) => {
    const match = args.slice(0, -2) as unknown as RegExpExecArray;
    const found = term(match);
    if (found) terms.push(found);
    return ' '.repeat(String(args[0]).length);
  });
}

/** Markdown to the words a reader sees: link targets kept apart (their addresses are terms). */
function readable(markdown: string): {text: string; targets: string[]} {
  const targets: string[] = [];
  const text = markdown
    .replace(/\]\(([^)\s]+)[^)]*\)/g, (_, target: string) => {
      targets.push(target);
      return ']';
    })
    .replace(/^\s*\[[^\]]+\]:\s*(\S+).*$/gm, (_, target: string) => {
      targets.push(target);
      return '';
    })
    .replace(/^#{1,6}\s+\d+(?:\.\d+)*\.?/gm, ' ')
    .replace(/[*_`~#>|[\]]/g, ' ');
  return {text, targets};
}

/** Every term of a Markdown text, in order of kind; numbers that name a section ("section 6", "第 6 节") are left out. */
export function termsOf(markdown: string, locale: string): Term[] {
  const terms: Term[] = [];
  const {text: prose, targets} = readable(markdown);
  for (const target of targets) {
    const address = target.replace(/^mailto:/i, '');
    if (/^mailto:/i.test(target)) terms.push({kind: 'e-mail address', key: address.toLowerCase(), shown: address});
    else if (/^https?:/i.test(target)) terms.push({kind: 'web address', key: target.replace(/\/$/, '').toLowerCase(), shown: target});
  }
  let text = take(prose, EMAIL, (m) => ({kind: 'e-mail address', key: m[0].toLowerCase(), shown: m[0]}), terms);
  text = take(text, URL_LIKE, (m) => ({kind: 'web address', key: m[0].replace(/[/.]$/, '').replace(/^https?:\/\//i, '').toLowerCase(), shown: m[0]}), terms);
  text = take(
    text,
    DATE_EN,
    (m) => {
      const [month, day, year] = m[1] ? [m[1], m[2], m[3]] : m[5] ? [m[5], m[4], m[6]] : [null, m[9], m[7]];
      const number = month ? MONTHS.indexOf(month.toLowerCase()) + 1 : Number(m[8]);
      return {kind: 'date', key: `${year}-${pad(number)}-${pad(day!)}`, shown: m[0]};
    },
    terms
  );
  text = take(text, DATE_ZH, (m) => ({kind: 'date', key: `${m[1]}-${pad(m[2])}-${pad(m[3])}`, shown: m[0]}), terms);
  // Section numbers are references, not commitments; a renumbered section changes them.
  text = text.replace(/\b(?:sections?|§)\s*\d+(?:\.\d+)*(?:\s*(?:,|and|or|to)\s*\d+(?:\.\d+)*)*/giu, ' ').replace(/第\s*\d+(?:\.\d+)*\s*[节条章款项]/gu, ' ');
  return locale === 'zh' ? [...terms, ...chineseTerms(text)] : [...terms, ...englishTerms(text)];
}

function englishTerms(text: string): Term[] {
  const terms: Term[] = [];
  const words = [...wordSegmenter('en').segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
  // Rejoin what the segmenter cut: "twenty-four", "30-day" and "don't" are one word each.
  const joined = text.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? words;
  for (let i = 0; i < joined.length; i++) {
    const word = joined[i];
    const lower = word.toLowerCase();
    if (NEGATIONS_EN.has(lower) || CONTRACTED.test(word)) {
      terms.push({kind: 'negation', key: CONTRACTED.test(word) ? 'not' : lower, shown: word});
      continue;
    }
    if (MODALS_EN.has(lower)) {
      terms.push({kind: 'modal', key: lower, shown: word});
      continue;
    }
    if (MONTHS.includes(lower) && lower !== 'may') {
      terms.push({kind: 'date', key: lower, shown: word});
      continue;
    }
    // A number: digits ("24", "1,000", "30-day") or words ("twenty-four", "one hundred").
    const hyphenated = /^(\d+(?:[.,]\d+)*)-([a-z]+)$/i.exec(word);
    let value: number | null = null;
    let span = 1;
    let unit: string | undefined;
    if (hyphenated) {
      value = Number(hyphenated[1].replace(/,/g, ''));
      unit = UNITS[hyphenated[2].toLowerCase()];
    } else if (/^\d+(?:[.,]\d+)*$/.test(word)) {
      value = Number(word.replace(/,(?=\d{3}\b)/g, ''));
    } else if (englishNumber([word]) !== null && lower !== 'one') {
      while (i + span < joined.length && englishNumber(joined.slice(i, i + span + 1)) !== null) span++;
      value = englishNumber(joined.slice(i, i + span));
    }
    if (value === null) {
      // A unit alone ("kept for days"); "second" and "minute" alone are other words ("the second", "minute details").
      if (UNITS[lower] && lower !== 'second' && lower !== 'minute') terms.push({kind: 'period', key: UNITS[lower], shown: word});
      continue;
    }
    unit ??= UNITS[joined[i + span]?.toLowerCase() ?? ''];
    const shown = joined.slice(i, i + span + (unit && !hyphenated ? 1 : 0)).join(' ');
    terms.push(unit ? {kind: 'period', key: `${value} ${unit}`, shown} : {kind: 'number', key: String(value), shown});
    i += span - 1 + (unit && !hyphenated ? 1 : 0);
  }
  // "one" counts only with a unit ("one year"), being also a pronoun ("one of our providers").
  for (const m of text.matchAll(/\bone[\s-]+(seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b/giu)) {
    terms.push({kind: 'period', key: `1 ${UNITS[m[1].toLowerCase()]}`, shown: m[0]});
  }
  return terms;
}

const CHINESE_UNIT = '(个月|秒钟|分钟|小时|钟头|星期|秒|天|日|周|月|年)';

function chineseTerms(text: string): Term[] {
  const terms: Term[] = [];
  // Numbers with a unit: "24 个月", "十年", "两周", "30 天".
  let rest = text.replace(new RegExp(`(\\d+(?:[.,]\\d+)*|[〇零一二两三四五六七八九十百千万亿]+)\\s*${CHINESE_UNIT}`, 'gu'), (found, number: string, unit: string) => {
    const value = /\d/.test(number) ? Number(number.replace(/,/g, '')) : chineseNumber(number);
    // "一" alone before 天/日/年 is often a word ("一天" as "one day", but "统一"): only with a unit it counts, and it has one here.
    if (value === null) return found;
    terms.push({kind: 'period', key: `${value} ${UNITS[unit]}`, shown: found});
    return ' '.repeat(found.length);
  });
  rest = rest.replace(/\d+(?:[.,]\d+)*/gu, (found) => {
    terms.push({kind: 'number', key: String(Number(found.replace(/,/g, ''))), shown: found});
    return ' '.repeat(found.length);
  });
  for (const {segment, isWordLike} of wordSegmenter('zh').segment(rest)) {
    if (!isWordLike) continue;
    if (NEGATIONS_ZH.has(segment)) terms.push({kind: 'negation', key: segment, shown: segment});
    else if (MODALS_ZH.has(segment)) terms.push({kind: 'modal', key: segment, shown: segment});
    else if (UNITS[segment] && segment !== '日' && segment !== '月') terms.push({kind: 'period', key: UNITS[segment], shown: segment});
  }
  return terms;
}

/** What one list has that the other has not, counting repeats, items compared by `key`: {removed, added}. */
export function multisetDifference<T>(before: T[], after: T[], key: (item: T) => string): {removed: T[]; added: T[]} {
  const take = (from: T[], other: T[]) => {
    const left = other.map(key);
    return from.filter((item) => {
      const at = left.indexOf(key(item));
      if (at >= 0) left.splice(at, 1);
      return at < 0;
    });
  };
  return {removed: take(before, after), added: take(after, before)};
}

/** What one list of terms has that the other has not, counting repeats. */
export const termDifference = (before: Term[], after: Term[]) => multisetDifference(before, after, (term) => `${term.kind}\0${term.key}`);

/** "adds "not"; removes "may"", for a message. */
export function describeDifference({removed, added}: {removed: Term[]; added: Term[]}): string {
  const list = (terms: Term[]) => [...new Set(terms.map((term) => `"${term.shown}"`))].join(', ');
  return [removed.length > 0 && `removes ${list(removed)}`, added.length > 0 && `adds ${list(added)}`].filter(Boolean).join('; ');
}
