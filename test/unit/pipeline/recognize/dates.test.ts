// Dates and years in the text (DateMention), and number words.
import { describe, expect, it } from 'vitest';
import { wordsValue } from '../../../../src/pipeline/recognize/quantities/find-number-words.ts';
import { recognizeQuantities } from '../../../../src/pipeline/recognize/recognize-quantities.ts';
import { segmentSentences } from '../../../../src/pipeline/segment/segment-sentences.ts';

function datesOf(text: string) {
  return recognizeQuantities(text, segmentSentences(text)).dates.map((d) => ({ text: d.text, year: d.year, date: d.date }));
}

describe('dates', () => {
  it.each<[string, Array<{ text: string; year: number; date?: string }>]>([
    ['Giải thưởng năm 2011 được trao.', [{ text: 'năm 2011', year: 2011 }]],
    ['Quyết định ký ngày 06/9/2019 tại Hà Nội.', [{ text: 'ngày 06/9/2019', year: 2019, date: '2019-09-06' }]],
    ['Kể từ ngày 25/03/2006 công ty áp dụng giá mới.', [{ text: 'ngày 25/03/2006', year: 2006, date: '2006-03-25' }]],
    ['Hạn chót là 24-01-2022.', [{ text: '24-01-2022', year: 2022, date: '2022-01-24' }]],
    ['Từ tháng 2 đến tháng 11-2014, lượng khách quốc tế giảm nhẹ.', [{ text: 'tháng 11-2014', year: 2014 }]],
    ['Kế hoạch áp dụng từ tháng 3/2020.', [{ text: 'tháng 3/2020', year: 2020 }]],
    ['Kết quả quý I/2020 khả quan.', [{ text: 'quý I/2020', year: 2020 }]],
    ['Lễ khai giảng năm học 2005-2006.', [{ text: '2005', year: 2005 }, { text: '2006', year: 2006 }]],
    ['Hội chợ nông sản Việt Nam - Thái Lan 2016 bế mạc.', [{ text: '2016', year: 2016 }]],
    ['Công bố ngày 2022-01-24.', [{ text: '2022-01-24', year: 2022, date: '2022-01-24' }]],
  ])('%s', (sentence, want) => {
    expect(datesOf(sentence)).toEqual(want.map((w) => ({ date: undefined, ...w })));
  });

  it.each([
    'Ngày 22/3, tại Hà Nội, hai bên gặp nhau.', // no year
    'Cuộc họp báo chiều 27-12 tại TP.HCM.',
    'Ngày 30/02/2022 không tồn tại.', // not a real day
    'Có 1.800 máy tính và 29,3 triệu USD.',
    'Quyết định số 2534/QĐ-BCT.',
  ])('no date in: %s', (sentence) => {
    expect(datesOf(sentence).filter((d) => d.date !== undefined || /^(19|20)\d\d$/.test(String(d.year)) && d.text.length > 4)).toEqual([]);
  });
});

describe('number words', () => {
  it.each<[string, number | null]>([
    ['hai', 2], ['năm', 5], ['mười', 10], ['mười hai', 12], ['mười lăm', 15], ['hai mươi', 20],
    ['hai mươi lăm', 25], ['ba mươi mốt', 31], ['bốn mươi tư', 44], ['ba trăm', 300], ['hai trăm linh năm', 205],
    ['mươi', null], ['tư', null], ['lăm', null], ['hai hai', null],
  ])('%s → %s', (words, value) => {
    expect(wordsValue(words.split(' '))).toBe(value);
  });
});

describe('the year of a quantity', () => {
  it.each<[string, number | undefined]>([
    ['Trước đó, năm 2010, FutureGov đã nhận được 765 đề cử.', 2010],
    ['Năm 2021, lợi nhuận trước thuế của hãng đạt 845,27 tỷ đồng.', 2021],
    ['Giải thưởng có 498 đề cử.', undefined],
    ['Doanh thu đạt 5 tỷ đồng, tăng so với năm 2018.', undefined], // the year comes after: a comparison
    ['Năm 2018 đạt 3 tỷ đồng, năm 2019 đạt 5 tỷ đồng.', undefined], // two years: unsure
  ])('%s → %s', (sentence, year) => {
    const { quantities } = recognizeQuantities(sentence, segmentSentences(sentence));
    expect(quantities.length).toBeGreaterThan(0);
    for (const q of quantities) expect(q.year).toBe(year);
  });
});
