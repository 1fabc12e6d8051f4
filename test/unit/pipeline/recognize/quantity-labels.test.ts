// A label before a number ("cấp 3", "tầng 5", "lớp 10") makes it no quantity, unless the label is
// the last syllable of a word: "cung cấp 25 triệu USD", "trực tuyến 500 người" are amounts and counts.
import { describe, expect, it } from 'vitest';
import { recognizeQuantities } from '../../../../src/pipeline/recognize/recognize-quantities.ts';
import { segmentSentences } from '../../../../src/pipeline/segment/segment-sentences.ts';

const values = (text: string): number[] => recognizeQuantities(text, segmentSentences(text)).quantities.map((q) => q.value);

const cases: Array<{ text: string; must: number[]; mustNot: number[] }> = [
  { text: 'Huyện cung cấp 7,5 triệu USD cho dự án.', must: [7_500_000], mustNot: [] },
  { text: 'Buổi lễ trực tuyến 500 người theo dõi.', must: [500], mustNot: [] },
  { text: 'Học sinh cấp 3 được miễn học phí.', must: [], mustNot: [3] },
  { text: 'Văn phòng đặt ở tầng 5 tòa nhà.', must: [], mustNot: [5] },
  { text: 'Tuyển sinh lớp 10 năm nay có 80.000 em dự thi.', must: [80_000], mustNot: [10] },
];

describe('quantities: labels before numbers', () => {
  it.each(cases)('$text', ({ text, must, mustNot }) => {
    const got = values(text);
    for (const v of must) expect(got).toContain(v);
    for (const v of mustNot) expect(got).not.toContain(v);
  });
});
