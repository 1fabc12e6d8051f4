// Issue #12 item 6: the work per sentence is bounded. A line with no punctuation is cut into
// sentences of at most MAX_SENTENCE_CHARS, at spaces where there are any, with offsets that
// still slice the text exactly; a run of letters millions long neither overflows the
// tokenizer's regular expression nor splits a surrogate pair.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../../src/pipeline/lexicon/tokens.ts';
import { MAX_SENTENCE_CHARS, segmentSentences } from '../../../../src/pipeline/segment/segment-sentences.ts';

const WORDS = ['Ngân', 'hàng', 'Thế', 'giới', 'tài', 'trợ', 'dự', 'án', 'của', 'Đà', 'Nẵng', '2011', 'với', 'vốn', '29,3', 'triệu', 'USD'];
const unpunctuated = (chars: number) => Array.from({ length: Math.ceil(chars / 4) }, (_, i) => WORDS[(i * 7) % WORDS.length]).join(' ').slice(0, chars);

describe('long runs are cut into bounded sentences with exact offsets', () => {
  it.each<[string, string]>([
    ['a 500 KB line of words, no punctuation', unpunctuated(500_000)],
    ['a 30 KB run with no space at all', 'Đ'.repeat(30_000)],
    ['a long line between two normal sentences', `Đà Nẵng có mưa. ${unpunctuated(9_000)}\nDự án hoàn thành năm 2012.`],
    ['emoji (surrogate pairs) across the limits', '😀'.repeat(5_000)],
    ['spaces only at odd places', `${'a'.repeat(MAX_SENTENCE_CHARS - 1)} ${'b'.repeat(MAX_SENTENCE_CHARS + 7)} c`],
  ])('%s', (_name, text) => {
    const sentences = segmentSentences(text);
    for (const s of sentences) {
      expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.text).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    }
    // Nothing but white space is lost between sentences.
    const covered = sentences.map((s) => s.text).join('');
    expect(covered).toBe(text.replace(/\s+/g, (m, offset: number) => (sentences.some((s) => offset > s.start && offset < s.end) ? m : '')));
    expect(sentences.map((s) => s.index)).toEqual(sentences.map((_, i) => i));
  });

  it('leaves sentences of ordinary length alone', () => {
    const text = 'Sở Thông tin và Truyền thông Đà Nẵng nhận giải thưởng. Dự án được Ngân hàng Thế giới tài trợ.';
    expect(segmentSentences(text).map((s) => s.text)).toEqual([
      'Sở Thông tin và Truyền thông Đà Nẵng nhận giải thưởng.',
      'Dự án được Ngân hàng Thế giới tài trợ.',
    ]);
  });
});

describe('the tokenizer on a run of millions of letters', () => {
  it('does not overflow, and cuts the run into tokens of at most 100 letters', () => {
    const text = `Đà ${'A'.repeat(3_000_000)} Nẵng`; // two-byte string, as any Vietnamese text is
    const tokens = tokenize(text, 0, text.length);
    expect(tokens[0]!.text).toBe('Đà');
    expect(tokens.at(-1)!.text).toBe('Nẵng');
    expect(Math.max(...tokens.slice(0, 50).map((t) => t.end - t.start))).toBeLessThanOrEqual(100);
    expect(tokens.slice(1, -1).reduce((n, t) => n + t.end - t.start, 0)).toBe(3_000_000);
  });
});
