// The word-shape cache (src/pipeline/lexicon/tokens.ts) is bounded: it starts over when full
// and does not keep long words. Neither may change a token: a sentence tokenized before the
// cache fills, after it started over, and a long word seen twice give the same tokens.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../../src/pipeline/lexicon/tokens.ts';

const all = (text: string) => tokenize(text, 0, text.length);
const SENTENCE = 'Sở TT&TT TP.HCM và Ngân hàng Thế giới (WB) ký thỏa thuận với Intel, Moody’s và GD-ĐT ngày 12/3.';
const LONG = 'Internationalisation và ThànhphốHồChíMinh, mã VN2024ABCDEFGHIJ';

describe('the word-shape cache never changes a token', () => {
  it('gives the same tokens before and after it starts over, and for long words', () => {
    const before = all(SENTENCE);
    const longBefore = all(LONG);
    // 30,000 distinct words: more than the cache holds, so it starts over at least once.
    all(Array.from({ length: 30_000 }, (_, i) => `Từ${i.toString(36)}`).join(' '));
    expect(all(SENTENCE)).toEqual(before);
    expect(all(LONG)).toEqual(longBefore);
    const [word] = longBefore;
    expect(word).toMatchObject({ text: 'Internationalisation', fold: 'internationalisation', lower: 'internationalisation', cap: true, acronym: false, latin: true });
  });
});
