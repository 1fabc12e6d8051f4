// How far an organisation's name runs: lowercase domain nouns joined by "và", a capitalised
// part after "và", a dash between two parts of one name, an acronym in brackets closing a name,
// federations of associations, a local level after a national name and a bank's branch.
import { describe, expect, it } from 'vitest';
import { labels, mentionsOf } from './helpers.ts';

interface Case {
  text: string;
  must: string[];
  mustNot?: string[];
}

const cases: Case[] = [
  // lowercase domain nouns on both sides of "và"
  { text: 'Trung tâm Đào tạo du lịch và khách sạn Huế vừa tuyển sinh khóa mới.', must: ['Organization:Trung tâm Đào tạo du lịch và khách sạn Huế'] },
  { text: 'Năm nay Tổng công ty Dịch vụ vận tải biển và hàng hải mở thêm tuyến.', must: ['Organization:Tổng công ty Dịch vụ vận tải biển và hàng hải'] },
  // a capitalised domain noun runs over its lowercase syllables ("Vận tải biển")
  { text: 'Công ty Vận tải biển Hải Phòng nhận thêm 2 tàu.', must: ['Organization:Công ty Vận tải biển Hải Phòng'] },
  { text: 'Viện Kiểm định chất lượng và tiêu chuẩn công bố danh sách sản phẩm đạt chuẩn.', must: ['Organization:Viện Kiểm định chất lượng và tiêu chuẩn'] },
  // a verb inside the name bridges "và" to a capitalised part
  { text: 'Viện Nghiên cứu phát triển và Tư vấn chính sách công bố báo cáo thường niên.', must: ['Organization:Viện Nghiên cứu phát triển và Tư vấn chính sách'] },
  // "và" followed by something that is no part of the name
  { text: 'Ngân hàng Thế giới và các nhà tài trợ cam kết 2 tỷ USD.', must: ['Organization:Ngân hàng Thế giới'], mustNot: ['Organization:Ngân hàng Thế giới và các nhà tài trợ'] },
  { text: 'Công ty Điện lực kinh doanh và phân phối điện cho 3 huyện.', must: ['Organization:Công ty Điện lực'], mustNot: ['Organization:Công ty Điện lực kinh doanh và phân phối'] },
  { text: 'Sở Y tế phát triển và Bệnh viện Chợ Rẫy đã ký kết.', must: [], mustNot: ['Organization:Sở Y tế phát triển và Bệnh viện Chợ Rẫy'] },
  // a dash between two parts of one name
  { text: 'Bộ Văn hóa - Thông tin ban hành quy định mới về quảng cáo.', must: ['Organization:Bộ Văn hóa - Thông tin'], mustNot: ['Organization:Bộ Văn hóa'] },
  { text: 'Sở GD – ĐT Cần Thơ vừa công bố điểm chuẩn lớp 10.', must: ['Organization:Sở GD – ĐT Cần Thơ'], mustNot: ['Organization:Sở GD'] },
  { text: 'Đoàn kiểm tra của Sở Lao động - thương binh và xã hội tỉnh Bến Tre làm việc với doanh nghiệp.', must: ['Organization:Sở Lao động - thương binh và xã hội tỉnh Bến Tre'] },
  // dashes that do not join
  { text: 'Đại diện Ngân hàng Thế giới - WB cho biết khoản vay đã được duyệt.', must: ['Organization:Ngân hàng Thế giới'], mustNot: ['Organization:Ngân hàng Thế giới - WB'] },
  { text: 'Cuộc họp liên ngành Bộ Y tế - Bộ Tài chính kéo dài hai giờ.', must: ['Organization:Bộ Y tế', 'Organization:Bộ Tài chính'] },
  // an acronym in brackets closes a name that ends in a verb-like word
  { text: 'Trung tâm Nghiên cứu kinh doanh (CRB) khảo sát 500 doanh nghiệp.', must: ['Organization:Trung tâm Nghiên cứu kinh doanh'] },
  { text: 'Khoa Công nghệ thông tin (FIT) của trường tuyển 300 sinh viên.', must: ['Organization:Khoa Công nghệ thông tin'] },
  { text: 'Khoa học công nghệ là động lực của tăng trưởng.', must: [], mustNot: ['Organization:Khoa học công nghệ'] },
  // federations name their member associations
  { text: 'Liên hiệp các Hội khoa học và kỹ thuật Việt Nam phản biện dự án luật.', must: ['Organization:Liên hiệp các Hội khoa học và kỹ thuật Việt Nam'], mustNot: ['Organization:Liên hiệp'] },
  { text: 'Liên hiệp Các Hội Văn học nghệ thuật Đà Nẵng trao giải thưởng năm.', must: ['Organization:Liên hiệp Các Hội Văn học nghệ thuật Đà Nẵng'], mustNot: ['Organization:Liên hiệp Các'] },
  // a local level after a national name
  { text: 'Hội Chữ thập đỏ Việt Nam tỉnh Quảng Ngãi trao 200 phần quà.', must: ['Organization:Hội Chữ thập đỏ Việt Nam tỉnh Quảng Ngãi'] },
  { text: 'Ủy ban MTTQ Việt Nam huyện Cẩm Xuyên tiếp nhận tiền ủng hộ.', must: ['Organization:Ủy ban MTTQ Việt Nam huyện Cẩm Xuyên'] },
  // a branch named after its parent
  { text: 'Ngân hàng TMCP Công thương Việt Nam – Chi nhánh Thanh Hóa tài trợ 30 suất học bổng.', must: ['Organization:Ngân hàng TMCP Công thương Việt Nam – Chi nhánh Thanh Hóa'], mustNot: ['Organization:Chi nhánh Thanh Hóa'] },
  { text: 'Công ty Bảo hiểm Bảo Việt chi nhánh Nghệ An bồi thường cho khách hàng.', must: ['Organization:Công ty Bảo hiểm Bảo Việt chi nhánh Nghệ An'] },
  // a cue that needs a quote no longer cuts a name
  { text: 'Hiệp hội Thương mại và Dịch vụ Du lịch Đà Lạt họp thường niên.', must: ['Organization:Hiệp hội Thương mại và Dịch vụ Du lịch Đà Lạt'] },
  // a board is named by the organisation it runs; a bare board is no entity
  { text: 'Ban Giám đốc Ngân hàng Phát triển châu Á (ADB) đã thông qua khoản vay.', must: ['Organization:Ban Giám đốc Ngân hàng Phát triển châu Á'] },
  { text: 'Hội đồng quản trị Tập đoàn Hòa Phát họp bất thường.', must: ['Organization:Hội đồng quản trị Tập đoàn Hòa Phát'], mustNot: ['Organization:Tập đoàn Hòa Phát'] },
  { text: 'Sau đó Ban Giám đốc đã họp với công nhân.', must: [], mustNot: ['Organization:Ban Giám đốc'] },
  // Party committees
  { text: 'Bí thư Tỉnh ủy Nghệ An làm việc với doanh nghiệp.', must: ['Organization:Tỉnh ủy Nghệ An'] },
  { text: 'Thành ủy Hải Phòng ban hành nghị quyết về kinh tế biển.', must: ['Organization:Thành ủy Hải Phòng'] },
];

describe('organisation names: how far they run', () => {
  it.each(cases)('$text', ({ text, must, mustNot = [] }) => {
    const got = labels(mentionsOf(text));
    for (const m of must) expect(got).toContain(m);
    for (const m of mustNot) expect(got).not.toContain(m);
  });
});
