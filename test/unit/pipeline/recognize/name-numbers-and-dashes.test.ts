// Two ways a headed name goes on past where the rules used to stop: a bare number that numbers
// the unit or plant ("Văn phòng PMU | 18", "Nhà máy … | 2"), and a domain verb paired with the
// field before it by a dash ("Sở Kế hoạch - | đầu tư", like "Kế hoạch và Đầu tư"). Sentences are
// made up.
import { describe, expect, it } from 'vitest';
import { labels, mentionsOf } from './helpers.ts';

interface Case {
  text: string;
  must: string[];
  mustNot?: string[];
}

const numberCases: Case[] = [
  // a number, then a link or a verb of the sentence
  { text: 'Ông Hùng, Phó Văn phòng PMU 18 và hai cán bộ khác đã bị tạm giữ.', must: ['Organization:Văn phòng PMU 18'], mustNot: ['Organization:Văn phòng PMU'] },
  { text: 'Các thành viên Ban Chỉ đạo 127 của thành phố kiểm tra chợ đêm.', must: ['Organization:Ban Chỉ đạo 127'] },
  { text: 'Nhà máy Thủy điện Sông Bung 4 đã hòa lưới điện quốc gia.', must: ['Organization:Nhà máy Thủy điện Sông Bung 4'] },
  { text: 'Trường THCS Nguyễn Du 2 vừa khánh thành dãy phòng học mới.', must: ['Organization:Trường THCS Nguyễn Du 2'] },
  // a number, then the end of the sentence or a break
  { text: 'Khởi công Nhà máy Nhiệt điện Vĩnh Tân 3', must: ['Organization:Nhà máy Nhiệt điện Vĩnh Tân 3'] },
  { text: 'Hai xe của Công ty Xây dựng Thăng Long 12, đơn vị thi công, bị giữ lại.', must: ['Organization:Công ty Xây dựng Thăng Long 12'] },
  // a number that counts something: not the name's
  { text: 'Bệnh viện Bạch Mai 3 ngày qua đã tiếp nhận hơn trăm ca cấp cứu.', must: ['Organization:Bệnh viện Bạch Mai'], mustNot: ['Organization:Bệnh viện Bạch Mai 3'] },
  { text: 'Công ty Hoàng Anh 5 tháng đầu năm lãi gần trăm tỷ.', must: ['Organization:Công ty Hoàng Anh'], mustNot: ['Organization:Công ty Hoàng Anh 5'] },
  { text: 'Trường THCS Lê Lợi 2 năm liền đạt chuẩn quốc gia.', must: ['Organization:Trường THCS Lê Lợi'], mustNot: ['Organization:Trường THCS Lê Lợi 2'] },
  // a number the archive names the unit by: taken before any word, with the unit's place
  { text: 'Theo Ban Chỉ đạo 389 tỉnh Quảng Trị, số vụ buôn lậu đã giảm.', must: ['Organization:Ban Chỉ đạo 389 tỉnh Quảng Trị'], mustNot: ['Organization:Ban Chỉ đạo'] },
  { text: 'Phó Thủ tướng yêu cầu Ban Chỉ đạo 389 các địa phương kiểm tra chợ biên giới.', must: ['Organization:Ban Chỉ đạo 389'], mustNot: ['Organization:Ban Chỉ đạo'] },
  { text: 'Ban Chỉ đạo 389 quốc gia tổng kết công tác năm.', must: ['Organization:Ban Chỉ đạo 389 quốc gia'] },
  { text: 'Bé được chuyển lên Bệnh viện Nhi Đồng 1 TP HCM trong đêm.', must: ['Organization:Bệnh viện Nhi Đồng 1 TP HCM'] },
  { text: 'Bệnh viện Nhân dân 115 tiếp nhận nạn nhân lúc rạng sáng.', must: ['Organization:Bệnh viện Nhân dân 115'] },
  // … but not a house number before a street named after a person
  { text: 'Ông Hải mở Văn phòng Luật sư 282 Lê Văn Sỹ, quận 3.', must: ['Organization:Văn phòng Luật sư'], mustNot: ['Organization:Văn phòng Luật sư 282'] },
  // a range, a decimal, a year: never
  { text: 'Công ty Hoàng Anh 5, 6 năm nay vẫn lỗ.', must: ['Organization:Công ty Hoàng Anh'], mustNot: ['Organization:Công ty Hoàng Anh 5'] },
  { text: 'Theo báo cáo của Sở Y tế 2.000 người đã được tiêm.', must: ['Organization:Sở Y tế'], mustNot: ['Organization:Sở Y tế 2'] },
  { text: 'Kế hoạch của Sở Y tế 2024 đã được duyệt.', must: ['Organization:Sở Y tế'], mustNot: ['Organization:Sở Y tế 2024'] },
];

const dashCases: Case[] = [
  // a field, a dash, a domain verb: one department
  { text: 'Ông Tâm đề nghị Sở Kế hoạch - đầu tư lập danh sách dự án.', must: ['Organization:Sở Kế hoạch - đầu tư'], mustNot: ['Organization:Sở Kế hoạch'] },
  { text: 'Sở Giáo dục - đào tạo tỉnh vừa ban hành hướng dẫn thi.', must: ['Organization:Sở Giáo dục - đào tạo'] },
  { text: 'Theo Phòng Tài chính – kế hoạch huyện, dự toán đã được duyệt.', must: ['Organization:Phòng Tài chính – kế hoạch'] },
  // a dash after a company's proper name: the verb is the sentence's
  { text: 'Công ty Hoàng Long - đầu tư vào bất động sản là hướng đi mới.', must: ['Organization:Công ty Hoàng Long'], mustNot: ['Organization:Công ty Hoàng Long - đầu tư'] },
  // already whole before: unchanged
  { text: 'Sở Tài nguyên - môi trường cho biết đã kiểm tra.', must: ['Organization:Sở Tài nguyên - môi trường'] },
  { text: 'Bộ Kế hoạch - Đầu tư đã trình Chính phủ đề án.', must: ['Organization:Bộ Kế hoạch - Đầu tư'] },
];

function check(c: Case) {
  const got = labels(mentionsOf(c.text));
  for (const m of c.must) expect(got, c.text).toContain(m);
  for (const m of c.mustNot ?? []) expect(got, c.text).not.toContain(m);
}

describe('a number right after a name', () => {
  it.each(numberCases)('$text', check);
});

describe('a domain verb after a dash inside a name', () => {
  it.each(dashCases)('$text', check);
});
