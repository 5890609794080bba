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
    expect(correct(['keep server logs', 'keep the server logs'])).toEqual({edits: [{before: 'keep server', after: 'keep the server'}], problems: []});
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
      refused(['the text changed in 4 places (at most 3): "handel" → "handle", "with with securty" → "with securty", "username" → "user name", "time" → "times"'])
    );
    expect(correct(['how we handel personal information', 'how personal details are handled'])).toEqual(
      refused(['4 words changed in one place (at most 3): "we handel personal information" → "personal details are handled"'])
    );
    expect(correct(['handel personal information', 'treat private data'], ['securty', 'security'], ['address and username', 'box or login'])).toEqual(
      refused(['7 words changed in all (at most 6)'])
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
