// The counted noun after a number, read whole: a listed head grown into its word ("xe đạp"),
// a three-syllable noun the dictionary knows by its last two ("nhà cung cấp"), an abbreviation.
import { describe, expect, it } from 'vitest';
import { recognizeQuantities } from '../../../../src/pipeline/recognize/recognize-quantities.ts';
import { segmentSentences } from '../../../../src/pipeline/segment/segment-sentences.ts';

function countsOf(text: string) {
  return recognizeQuantities(text, segmentSentences(text)).quantities.filter((q) => q.kind === 'count');
}

describe('recognizeQuantities: the whole counted noun', () => {
  it.each<[sentence: string, value: number, unit: string]>([
    ['Cảnh sát thu giữ 1.250 xe đạp không rõ nguồn gốc.', 1250, 'xe đạp'],
    ['Trang trại nuôi khoảng 3.000 con bò sữa.', 3000, 'con bò'],
    ['Nhà máy có công suất 2 triệu con gà mỗi năm.', 2_000_000, 'con gà'],
    ['Đoàn xe gồm 20 chiếc xe tải chở hàng cứu trợ.', 20, 'chiếc xe'],
    ['Sàn thương mại điện tử đã có 45.000 nhà cung cấp tham gia.', 45_000, 'nhà cung cấp'],
    ['Cả nước hiện có 18 khu kinh tế ven biển.', 18, 'khu kinh tế'],
    ['Chương trình hỗ trợ ít nhất 300 DNNVV do phụ nữ làm chủ.', 300, 'DNNVV'],
    ['Tỉnh đã thành lập 12 KCN trong giai đoạn vừa qua.', 12, 'KCN'],
    // unchanged: a two-syllable noun, and a listed noun with no longer word after it
    ['Hội thi thu hút 120 đội thi đến từ các tỉnh.', 120, 'đội thi'],
    ['Công ty xuất xưởng 5.000 xe mỗi tháng.', 5000, 'xe'],
  ])('%s → %s %s', (sentence, value, unit) => {
    expect(countsOf(sentence).map((q) => [q.value, q.unit])).toContainEqual([value, unit]);
  });

  it('a head grown into its word keeps the head\'s measure', () => {
    const [bikes] = countsOf('Cảnh sát thu giữ 1.250 xe đạp không rõ nguồn gốc.');
    const [cars] = countsOf('Công ty xuất xưởng 5.000 xe mỗi tháng.');
    expect(bikes?.measure).toBe(cars?.measure);
  });

  it.each([
    'Giá vé tăng 10 USD so với tháng trước.',
    'Mẫu máy mới ra mắt ngày 15 tháng 3.',
    'Anh ấy đã chạy 42 km trong cuộc thi.',
  ])('no abbreviation noun where there is none: %s', (sentence) => {
    expect(countsOf(sentence).map((q) => q.unit)).not.toContainEqual(expect.stringMatching(/^\p{Lu}{3,}$/u));
  });
});
