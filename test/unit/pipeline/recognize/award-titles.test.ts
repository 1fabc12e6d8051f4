// Award names that run past where an organisation-style name would stop: category titles in
// sentence case, awards given by a post of a body, titles after "danh hiệu", ranking lists.
// Sentences are made up.
import { describe, expect, it } from 'vitest';
import { labels, mentionsOf, resolve } from './helpers.ts';

interface Case {
  text: string;
  must: string[];
  mustNot?: string[];
}

const sentenceCase: Case[] = [
  { text: 'Ban tổ chức công bố Giải thưởng Dịch vụ công trực tuyến tiêu biểu của năm.', must: ['Award:Giải thưởng Dịch vụ công trực tuyến tiêu biểu'] },
  { text: 'Cuộc bình chọn có ba hạng mục: Giải thưởng Ứng dụng di động xuất sắc, Giải thưởng Thu hẹp khoảng cách số và giải Nhà báo trẻ triển vọng.', must: ['Award:Giải thưởng Ứng dụng di động xuất sắc', 'Award:Giải thưởng Thu hẹp khoảng cách số', 'Award:giải Nhà báo trẻ triển vọng'] },
  { text: 'Hợp tác xã nhận giải thưởng Nông sản sạch vùng cao năm 2022 tại Sơn La.', must: ['Award:giải thưởng Nông sản sạch vùng cao năm 2022'] },
  { text: 'Sở Y tế vừa được trao Giải thưởng Bệnh viện xanh dành cho các cơ sở khám chữa bệnh.', must: ['Award:Giải thưởng Bệnh viện xanh'] },
  // a title-case name ends with its capitals: the lowercase words after it are the sentence's
  { text: 'Giải thưởng Nhân tài Đất Việt ghi nhận những sản phẩm công nghệ mới.', must: ['Award:Giải thưởng Nhân tài Đất Việt'], mustNot: ['Award:Giải thưởng Nhân tài Đất Việt ghi nhận'] },
  { text: 'Công ty đoạt Giải thưởng Sao Khuê sau nhiều năm nỗ lực.', must: ['Award:Giải thưởng Sao Khuê'] },
  // "năm nay" is the sentence's time, not the title's
  { text: 'Ở giải Mâm xôi năm nay, bộ phim bị gọi tên nhiều lần.', must: ['Award:giải Mâm xôi'], mustNot: ['Award:giải Mâm xôi năm nay'] },
  // a superlative belongs to the title, "hay" included
  { text: 'Anh ba lần giành danh hiệu Cầu thủ hay nhất châu Á.', must: ['Award:danh hiệu Cầu thủ hay nhất châu Á'] },
  // a contest named by a code or a foreign word takes no lowercase words
  { text: 'Trận đấu ở giải U19 toàn quốc căng thẳng đến phút cuối.', must: [], mustNot: ['Award:giải U19 toàn quốc căng thẳng'] },
  { text: 'Cô thắng tại giải Wimbledon chủ nhật tuần trước.', must: [], mustNot: ['Award:giải Wimbledon chủ nhật tuần trước'] },
];

const titles: Case[] = [
  { text: 'Chủ tịch nước trao danh hiệu Anh hùng Lao động cho Tổng công ty Sông Đà.', must: ['Award:danh hiệu Anh hùng Lao động'] },
  { text: 'Bà được phong danh hiệu Nghệ sĩ Nhân dân năm 2019.', must: ['Award:danh hiệu Nghệ sĩ Nhân dân năm 2019'] },
  { text: 'Đơn vị giữ vững danh hiệu Lá cờ đầu ngành giao thông vận tải.', must: ['Award:danh hiệu Lá cờ đầu ngành giao thông vận tải'] },
  // no capitalised name after the cue: a common noun
  { text: 'Nhiều tập thể được đề nghị xét tặng danh hiệu thi đua.', must: [], mustNot: ['Award:danh hiệu thi đua'] },
];

const givenByPost: Case[] = [
  { text: 'Ba cán bộ nhận Bằng khen của Bộ trưởng Bộ Giao thông vận tải vì thành tích cứu hộ.', must: ['Award:Bằng khen của Bộ trưởng Bộ Giao thông vận tải'] },
  { text: 'Trường được tặng Giấy khen của Giám đốc Sở Giáo dục và Đào tạo.', must: ['Award:Giấy khen của Giám đốc Sở Giáo dục và Đào tạo'] },
  { text: 'Anh nhận Bằng khen của Chủ tịch UBND tỉnh Nghệ An.', must: ['Award:Bằng khen của Chủ tịch UBND tỉnh Nghệ An'] },
  { text: 'Hai tập thể nhận Bằng khen của Thủ tướng Chính phủ.', must: ['Award:Bằng khen của Thủ tướng Chính phủ'] },
];

const rankings: Case[] = [
  { text: 'Doanh nghiệp lọt Top 500 Doanh nghiệp lớn nhất Việt Nam năm 2021.', must: ['Award:Top 500 Doanh nghiệp lớn nhất Việt Nam năm 2021'] },
  { text: 'Ứng dụng của hãng lọt vào Top 10 ứng dụng học tập hữu ích.', must: ['Award:Top 10 ứng dụng học tập hữu ích'] },
  { text: 'Ngân hàng đứng trong Top 50 Công ty niêm yết tốt nhất do tạp chí bình chọn.', must: ['Award:Top 50 Công ty niêm yết tốt nhất'] },
  { text: 'Trường nằm trong Top 20 trường ĐH đào tạo kỹ thuật hàng đầu, theo bảng xếp hạng.', must: ['Award:Top 20 trường ĐH đào tạo kỹ thuật hàng đầu'] },
  // a description cut in its middle names no list
  { text: 'Hãng đứng đầu TOP 20 doanh nghiệp logistics hàng đầu cả nước.', must: [], mustNot: ['Award:TOP 20 doanh nghiệp'] },
  { text: 'Cảng lọt TOP 25 cảng container lớn và hiện đại nhất thế giới.', must: [], mustNot: ['Award:TOP 25 cảng container lớn'] },
  { text: 'Trường thuộc Top 5 trường ĐH có tỉ lệ việc làm cao nhất.', must: [], mustNot: ['Award:Top 5 trường ĐH'] },
  // a list that ranks by nothing (no superlative, place or year) and that nothing enters is a listicle's
  { text: 'Top 10 mẫu xe đứng đầu về doanh số tháng này không đổi.', must: [], mustNot: ['Award:Top 10 mẫu xe'] },
  { text: 'Bạn đọc tham khảo Top 5 chứng chỉ kế toán mà người mới nên có.', must: [], mustNot: ['Award:Top 5 chứng chỉ kế toán'] },
  { text: 'Phần mềm của công ty lọt Top 10 giải pháp số tiềm năng.', must: ['Award:Top 10 giải pháp số tiềm năng'] },
  { text: 'Thương hiệu hướng tới Top 30 thương hiệu lớn châu Á.', must: ['Award:Top 30 thương hiệu lớn châu Á'] },
  // "Top" with no size or no description names no list
  { text: 'Sản phẩm này vào Top 5 năm nay.', must: [], mustNot: ['Award:Top 5 năm'] },
];

function check({ text, must, mustNot = [] }: Case): void {
  const found = labels(mentionsOf(text));
  for (const m of must) expect(found).toContain(m);
  for (const m of mustNot) expect(found).not.toContain(m);
}

describe('award titles', () => {
  it.each(sentenceCase)('sentence case: $text', check);
  it.each(titles)('after "danh hiệu": $text', check);
  it.each(givenByPost)('given by a post: $text', check);
  it.each(rankings)('ranking list: $text', check);

  it('a title-case award with its foreign name in brackets takes its lowercase words', () => {
    const found = labels(mentionsOf('Ngân hàng nhận Giải thưởng Chất lượng Dịch vụ thẻ xuất sắc (Card Quality Award) năm thứ hai.'));
    expect(found).toContain('Award:Giải thưởng Chất lượng Dịch vụ thẻ xuất sắc');
  });

  it('one award under two cues and its bracketed foreign name is one entity', () => {
    const text = 'Ngân hàng nhận giải Chất lượng dịch vụ thẻ xuất sắc. Đây là lần thứ hai ngân hàng đón nhận Giải thưởng Chất lượng Dịch vụ thẻ xuất sắc (Card Quality Award) do đối tác trao.';
    const { entityOf } = resolve(text);
    expect(entityOf('giải Chất lượng dịch vụ thẻ xuất sắc')).toBeDefined();
    expect(entityOf('Giải thưởng Chất lượng Dịch vụ thẻ xuất sắc')).toBe(entityOf('giải Chất lượng dịch vụ thẻ xuất sắc'));
    expect(entityOf('Card Quality Award')).toBe(entityOf('giải Chất lượng dịch vụ thẻ xuất sắc'));
  });

  it('a shortlist and its category, named apart in one article, are one award', () => {
    const text = 'Ứng dụng lọt Top 10 sản phẩm số tiềm năng. Giải có hai hạng mục: Giải thưởng Sản phẩm số tiềm năng và Giải thưởng Nền tảng số xuất sắc.';
    const { entityOf } = resolve(text);
    expect(entityOf('Top 10 sản phẩm số tiềm năng')).toBeDefined();
    expect(entityOf('Top 10 sản phẩm số tiềm năng')).toBe(entityOf('Giải thưởng Sản phẩm số tiềm năng'));
    expect(entityOf('Giải thưởng Nền tảng số xuất sắc')).not.toBe(entityOf('Giải thưởng Sản phẩm số tiềm năng'));
  });
});
