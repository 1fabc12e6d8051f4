// segmentText: the article view's highlighting, cut at every mark's edges, marks may overlap.
import { describe, expect, it } from 'vitest';
import { segmentText, type Mark } from '../../../src/explorer/client/spans.ts';

const sentence = 'Dự án trên được tài trợ bởi Ngân hàng Thế giới (WB) tại Đà Nẵng.';
const at = (words: string, value: string, offset = 0): Mark<string> => {
  const start = sentence.indexOf(words) + offset;
  return { start, end: start + words.length, value };
};
const shown = (segments: ReturnType<typeof segmentText<string>>) => segments.map((s) => [s.text, s.marks.join('+')]);

describe('segmentText', () => {
  it.each([
    {
      case: 'no marks: the text whole',
      marks: [],
      expected: [[sentence, '']],
    },
    {
      case: 'a mention inside the evidence',
      marks: [at('được tài trợ bởi Ngân hàng Thế giới', 'evidence'), at('Ngân hàng Thế giới', 'mention')],
      expected: [['Dự án trên ', ''], ['được tài trợ bởi ', 'evidence'], ['Ngân hàng Thế giới', 'evidence+mention'], [' (WB) tại Đà Nẵng.', '']],
    },
    {
      case: 'overlapping marks, neither inside the other',
      marks: [at('trên được', 'a'), at('được tài', 'b')],
      expected: [['Dự án ', ''], ['trên ', 'a'], ['được', 'a+b'], [' tài', 'b'], [' trợ bởi Ngân hàng Thế giới (WB) tại Đà Nẵng.', '']],
    },
    {
      case: 'marks at both ends and an empty one',
      marks: [at('Dự án', 'start'), at('Đà Nẵng.', 'end'), { start: 5, end: 5, value: 'empty' }],
      expected: [['Dự án', 'start'], [' trên được tài trợ bởi Ngân hàng Thế giới (WB) tại ', ''], ['Đà Nẵng.', 'end']],
    },
  ])('$case', ({ marks, expected }) => {
    const segments = segmentText(sentence, 0, marks);
    expect(shown(segments)).toEqual(expected);
    expect(segments.map((s) => s.text).join('')).toBe(sentence);
  });

  it('takes article offsets: a sentence that starts at 100, marks outside it ignored or clipped', () => {
    const offset = 100;
    const marks: Array<Mark<string>> = [
      { start: 20, end: 40, value: 'before' },
      { start: 90, end: 105, value: 'clipped' }, // starts in the previous sentence
      { start: offset + sentence.indexOf('Ngân hàng'), end: offset + sentence.indexOf(' (WB)'), value: 'mention' },
      { start: offset + sentence.length, end: offset + sentence.length + 9, value: 'after' },
    ];
    const segments = segmentText(sentence, offset, marks);
    expect(shown(segments)).toEqual([['Dự án', 'clipped'], [' trên được tài trợ bởi ', ''], ['Ngân hàng Thế giới', 'mention'], [' (WB) tại Đà Nẵng.', '']]);
    expect(segments[2]).toMatchObject({ start: offset + sentence.indexOf('Ngân hàng'), end: offset + sentence.indexOf(' (WB)') });
  });
});
