// What the mined archive counts (data/mined/) change in recognition: English words from software
// menus and accounting are no organisations, foreign persons are persons, a brand the archive
// knows is found even named once with no cue, and an acronym merges with its expansion.
// Sentences are made up for the test.
import { describe, expect, it } from 'vitest';
import { labels, mentionsOf, resolve } from './helpers.ts';

describe('English runs that are no organisations', () => {
  it.each([
    ['Để in bảng tính, bạn mở Page Setup rồi chỉnh lề trang.', 'Page Setup'],
    ['Kéo trường Doanh thu vào khung PivotTable Fields để tổng hợp.', 'PivotTable Fields'],
    ['Bấm đúp vào cột và dùng AutoFit Window cho vừa nội dung.', 'AutoFit Window'],
    ['Chỉ tiêu Return On Equity của nhóm ngân hàng giảm trong quý.', 'Return On Equity'],
    ['Muốn bỏ vùng in, hãy dùng lệnh Clear Print Area.', 'Clear Print Area'],
  ])('%s', (text, run) => {
    const found = labels(mentionsOf(text));
    expect(found, text).not.toContain(`Organization:${run}`);
  });
});

describe('foreign persons are persons, not organisations', () => {
  it.each([
    ['Tỷ phú Gustav Magnar Witzoe vừa mua thêm cổ phần.', 'Gustav Magnar Witzoe'],
    ['Sau cuộc tranh luận, Kerry vẫn dẫn trước ở hai bang.', 'Kerry'],
  ])('%s', (text, name) => {
    const found = labels(mentionsOf(text));
    expect(found, text).not.toContain(`Organization:${name}`);
    expect(found, text).toContain(`Person:${name}`);
  });
});

describe('brands the archive names as organisations', () => {
  it.each([
    ['Lợi nhuận Microsoft năm nay cao hơn dự báo.', 'Microsoft'],
    ['Lãi ròng Kienlongbank quý ba tăng gấp đôi.', 'Kienlongbank'],
  ])('are found named once with no cue: %s', (text, name) => {
    expect(labels(mentionsOf(text))).toContain(`Organization:${name}`);
  });

  it('keep the article\'s own product context first', () => {
    expect(labels(mentionsOf('Nhiều người chọn mẫu Focus cho gia đình.'))).not.toContain('Organization:Focus');
  });
});

describe('aliases from the archive', () => {
  it('an acronym the article never defines merges with its expansion', () => {
    const { entityOf } = resolve('Ngân hàng Nhà nước vừa hạ lãi suất điều hành. Theo NHNN, tín dụng đã tăng 8%.');
    expect(entityOf('NHNN')).toBeDefined();
    expect(entityOf('NHNN')).toBe(entityOf('Ngân hàng Nhà nước'));
  });

  it('the acronym goes to the article\'s own name that ends with it', () => {
    const { entityOf } = resolve('Công ty Cổ phần Chứng khoán Bắc Hải SSI tăng vốn. Năm nay SSI lãi lớn.');
    expect(entityOf('SSI')).toBe(entityOf('Công ty Cổ phần Chứng khoán Bắc Hải SSI'));
  });

  it('a headed name carries the English name the archive gives it in brackets', () => {
    const { resolution } = resolve('Ngân hàng Thế giới cam kết hỗ trợ Việt Nam.');
    const bank = resolution.entities.find((e) => e.name === 'Ngân hàng Thế giới');
    expect(bank?.aliases).toContain('WB');
  });
});
