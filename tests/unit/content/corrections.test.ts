// What `npm run content:correct` accepts as the correction of a published version (a typo, never
// the meaning), the words it records, and how it says why it refuses the rest.
import {describe, expect, it} from 'vitest';
import {checkCorrection, CORRECTION_LIMITS} from '@/lib/content/corrections';
import {doc} from '../helpers';

// The text as recorded, typos included.
const body = `This policy explains how we handel personal information.

## 1. Scope

We keep server logs for a reasonable archival period. We protect your data with with securty measures.

- Account details: email address and username.
- Service logs: request time, token usage, and error codes.

## 2. Contact

We answer within 30 days. Write to privacy@example.com or read [our terms](https://example.com/terms).
`;
const recorded = doc({body});

/** The recorded English text with `from` replaced by `to`, compared with the recorded one. */
function correct(...replacements: [string, string][]) {
  const edited = replacements.reduce((text, [from, to]) => {
    if (!text.includes(from)) throw new Error(`"${from}" is not in the text`);
    return text.replace(from, to);
  }, body);
  return checkCorrection(recorded, doc({body: edited}), 'en');
}

const refused = (problems: string[]) => ({edits: [], problems});

describe('a correction', () => {
  it('accepts a misspelt word and records it before and after', () => {
    expect(correct(['securty', 'security'])).toEqual({edits: [{before: 'securty', after: 'security'}], problems: []});
  });

  it('records the word before and after where words are only removed or added, or only punctuation changed', () => {
    expect(correct(['with with', 'with'])).toEqual({edits: [{before: 'with with securty', after: 'with securty'}], problems: []});
    expect(correct(['usage, and', 'usage and'])).toEqual({edits: [{before: 'usage, and', after: 'usage and'}], problems: []});
  });

  it(`accepts up to ${CORRECTION_LIMITS.places} places, each recorded in the order of the text`, () => {
    expect(correct(['handel', 'handle'], ['with with', 'with'], ['username', 'user name'])).toEqual({
      edits: [
        {before: 'handel', after: 'handle'},
        {before: 'with with securty', after: 'with securty'},
        {before: 'username', after: 'user name'}
      ],
      problems: []
    });
    // Next to each other, two corrections are one place.
    expect(correct(['with with securty', 'with security'])).toEqual({edits: [{before: 'with securty', after: 'security'}], problems: []});
  });

  it('refuses a change of substance in a few words, quoting them', () => {
    expect(correct(['a reasonable archival period', 'ten years'])).toEqual(
      refused([
        '4 words changed in one place (at most 3): "a reasonable archival period" → "ten years"',
        'a number, date or period changed: "a reasonable archival period" → "ten years"'
      ])
    );
    // Within the word limits, the number still shows.
    expect(correct(['reasonable archival', 'ten-year archival'])).toEqual(refused(['a number, date or period changed: "reasonable" → "ten-year"']));
  });

  it('refuses a changed digit, number, date or period', () => {
    expect(correct(['30 days', '60 days'])).toEqual(refused(['a number, date or period changed: "30" → "60"']));
    expect(correct(['30 days', 'thirty days'])).toEqual(refused(['a number, date or period changed: "30" → "thirty"']));
    expect(correct(['30 days', '30 months'])).toEqual(refused(['a number, date or period changed: "days" → "months"']));
    expect(correct(['within 30 days', 'within 30 days from 2 May'])).toEqual(
      refused(['a number, date or period changed: "days. Write" → "days from 2 May. Write"'])
    );
  });

  it('refuses a changed e-mail address, web address or link target', () => {
    expect(correct(['privacy@example.com', 'legal@example.com'])).toEqual(
      refused(['an e-mail address changed: "privacy@example.com" → "legal@example.com"'])
    );
    expect(correct(['(https://example.com/terms)', '(https://example.com/privacy)'])).toEqual(
      refused(['a link changed: "https://example.com/terms" → "https://example.com/privacy"'])
    );
    expect(correct(['[our terms](https://example.com/terms)', 'our terms'])).toEqual(refused(['a link was removed: "https://example.com/terms"']));
    const referenced = '[terms]: https://example.com/terms\n';
    expect(
      checkCorrection(doc({body: `See the [terms].\n\n${referenced}`}), doc({body: `See the [terms].\n\n${referenced.replace('terms\n', 'privacy\n')}`}), 'en')
    ).toEqual(refused(['a link changed: "https://example.com/terms" → "https://example.com/privacy"']));
    expect(correct(['server logs', 'example.org logs'])).toEqual(
      refused(['a web address changed: "server" → "example.org"'])
    );
  });

  it(`refuses more than ${CORRECTION_LIMITS.places} places, ${CORRECTION_LIMITS.wordsInPlace} words in one place or ${CORRECTION_LIMITS.words} in all`, () => {
    expect(correct(['handel', 'handle'], ['with with', 'with'], ['username', 'user name'], ['request time', 'request times'])).toEqual(
      refused([
        '"time" is turned into "times", another word, not its spelling: "time" → "times"',
        'the text changed in 4 places (at most 3): "handel" → "handle", "with with securty" → "with securty", "username" → "user name", "time" → "times"'
      ])
    );
    expect(correct(['how we handel personal information', 'how personal details are handled'])).toEqual(
      refused(['4 words changed in one place (at most 3): "we handel personal information" → "personal details are handled"'])
    );
    expect(correct(['handel personal information', 'treat private data'], ['securty', 'security'], ['address and username', 'box or login'])).toEqual(
      refused([
        '"handel" is turned into "treat", another word, not its spelling: "handel personal information" → "treat private data"',
        '"address" is turned into "box", another word, not its spelling: "address and username" → "box or login"',
        '7 words changed in all (at most 6)'
      ])
    );
  });

  it('refuses a paragraph, heading or list item added or removed, and formatting changed alone', () => {
    expect(correct(['- Account details: email address and username.\n', ''])).toEqual(
      refused(['a list item was removed: "Account details: email address and username."'])
    );
    expect(correct(['## 2. Contact', '### 2. Contact'])).toEqual(
      refused(['the layout of the text changed (paragraphs, headings or list items split, joined, moved, or changed in kind or level): "2. Contact" → "2. Contact"'])
    );
    expect(correct(['securty', '**securty**'])).toEqual(refused(['only the formatting of "securty" changed (bold, italics, code or a link)']));
  });

  it('changes nothing when only spaces and line breaks changed: content:correct refuses that too', () => {
    expect(correct(['server logs for a', 'server logs\nfor  a'])).toEqual({edits: [], problems: []});
  });

  it('corrects the title and the description under the same rules, and no other field of the front matter', () => {
    expect(checkCorrection(doc({title: 'Privcy Policy', body}), doc({body}), 'en')).toEqual({edits: [{before: 'Privcy', after: 'Privacy'}], problems: []});
    expect(checkCorrection(doc({extra: 'effective: 2026-04-02\n', body}), doc({extra: 'effective: 2026-05-01\n', body}), 'en')).toEqual(
      refused(['"effective" in the front matter changed: "2026-04-02" → "2026-05-01"'])
    );
    expect(checkCorrection(doc({body}), doc({extra: 'summary: Fixed.\n', body, changes: ''}), 'en')).toEqual(
      refused(['"changes" was removed from the front matter', '"summary" was added to the front matter'])
    );
  });
});

describe('a correction fixes spelling, never meaning', () => {
  const policy = `We do not sell personal information. Data is protected with TLS. We may share data with providers; we will notify you.

Our services are intended for adults. Logs are kept on a rolling basis and cleared automatically, for a reasonable period of time, and only for security.
`;
  const attempt = (from: string, to: string) => checkCorrection(doc({body: policy}), doc({body: policy.replace(from, to)}), 'en').problems;

  it.each([
    ['do not sell', 'do sell', 'a word was removed: "do not sell" → "do sell"'],
    ['is protected', 'is not protected', 'a word was added: "is protected" → "is not protected"'],
    ['We may share', 'We will share', '"may" is turned into "will", a word that carries the meaning of the sentence: "may" → "will"'],
    ['we will notify', 'we may notify', '"will" is turned into "may", a word that carries the meaning of the sentence: "will" → "may"'],
    ['for adults', 'for minors', '"adults" is turned into "minors", another word, not its spelling: "adults" → "minors"'],
    ['a rolling basis', 'a permanent basis', '"rolling" is turned into "permanent", another word, not its spelling: "rolling" → "permanent"'],
    ['cleared automatically', 'cleared manually', '"automatically" is turned into "manually", another word, not its spelling: "automatically" → "manually"'],
    ['for a reasonable period', 'for an indefinite period', '"reasonable" is turned into "indefinite", another word, not its spelling: "a reasonable" → "an indefinite"'],
    ['and only for', 'and also for', '"only" is turned into "also", a word that carries the meaning of the sentence: "only" → "also"']
  ])('"%s" → "%s" is refused', (from, to, problem) => {
    expect(attempt(from, to)).toEqual([problem]);
  });

  it('"time" → "minutes" is refused as a period', () => {
    expect(attempt('period of time', 'period of minutes')).toEqual(['a number, date or period changed: "time" → "minutes"']);
  });

  it.each([
    ['protected', 'protectd', 'protected'],
    ['Data is', 'Dta is', 'Data is'],
    ['intended', 'intendd', 'intended']
  ])('a misspelling fixed is accepted ("%s")', (word, typo, fixed) => {
    const recorded = doc({body: policy.replace(word, typo)});
    expect(checkCorrection(recorded, doc({body: policy.replace(word, fixed)}), 'en').problems).toEqual([]);
  });

  it('so are British and American spellings, letter case and hyphens', () => {
    const text = 'We anonymize data. Email us.\n';
    expect(checkCorrection(doc({body: text}), doc({body: 'We anonymise data. E-mail us.\n'}), 'en').problems).toEqual([]);
    expect(checkCorrection(doc({body: text}), doc({body: 'We anonymize data. EMAIL us.\n'}), 'en').problems).toEqual([]);
  });

  it('in Chinese, one wrongly written character for another, never a word of meaning', () => {
    const zh = '## 1. 适用范围\n\n我们会保存您的帐户信息，我们不会出售个人信息。\n';
    const change = (from: string, to: string) => checkCorrection(doc({title: '隐私政策', body: zh}), doc({title: '隐私政策', body: zh.replace(from, to)}), 'zh').problems;
    expect(change('帐户', '账户')).toEqual([]);
    expect(change('不会出售', '会出售')).toEqual(['characters were removed: "不会" → "会"']);
    expect(change('我们会保存', '我们将保存')).toEqual(['"会" is replaced by "将", a character that carries the meaning of the sentence: "会" → "将"']);
    expect(change('出售', '共享')).toEqual(['2 characters were replaced in one place (a correction replaces one wrongly written character): "出售" → "共享"']);
  });
});

describe('a correction in Chinese', () => {
  const zh = '## 1. 适用范围\n\n我们会在合理的存档期限内保存您的帐户信息，详见第 2 节。\n';
  const check = (from: string, to: string) => checkCorrection(doc({title: '隐私政策', body: zh}), doc({title: '隐私政策', body: zh.replace(from, to)}), 'zh');

  it('counts the words as segmented and records them', () => {
    expect(check('帐户', '账户')).toEqual({edits: [{before: '帐户', after: '账户'}], problems: []});
  });

  it('refuses a change of substance, a number in Chinese or in digits', () => {
    expect(check('合理的存档期限', '十年')).toEqual(
      refused(['4 words changed in one place (at most 3): "合理的存档期限" → "十年"', 'a number, date or period changed: "合理的存档期限" → "十年"'])
    );
    expect(check('第 2 节', '第 3 节')).toEqual(refused(['a number, date or period changed: "2" → "3"']));
  });
});
