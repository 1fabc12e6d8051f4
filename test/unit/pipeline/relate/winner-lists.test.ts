// A list of winners after the award: "… được tặng ⟨A⟩ gồm: ⟨O1⟩, ⟨O2⟩; ⟨O3⟩" → each WON ⟨A⟩,
// across the ";" groups of the list; a parent in brackets is no winner.
import { describe, expect, it } from 'vitest';
import { checkCase, type RelateCase } from './run-relate.ts';

const CASES: RelateCase[] = [
  {
    text: 'Năm đơn vị được tặng [Award:Cờ thi đua ngành Thuế] gồm: [Org:Chi cục Thuế Quận 1], [Org:Chi cục Thuế Thủ Đức] và [Org:Cục Thuế Bình Dương].',
    want: ['Chi cục Thuế Quận 1 -WON-> Cờ thi đua ngành Thuế', 'Chi cục Thuế Thủ Đức -WON-> Cờ thi đua ngành Thuế', 'Cục Thuế Bình Dương -WON-> Cờ thi đua ngành Thuế'],
  },
  {
    text: 'Các doanh nghiệp nhận [Award:Giải Bạc Sáng tạo 2022] bao gồm: nhóm sản xuất: [Org:Công ty CP Dệt Hòa Bình], [Org:Công ty TNHH Gốm Minh Long]; nhóm dịch vụ: [Org:Công ty CP Du lịch Sen Vàng].',
    want: ['Công ty CP Dệt Hòa Bình -WON-> Giải Bạc Sáng tạo 2022', 'Công ty TNHH Gốm Minh Long -WON-> Giải Bạc Sáng tạo 2022', 'Công ty CP Du lịch Sen Vàng -WON-> Giải Bạc Sáng tạo 2022'],
  },
  {
    text: 'Những cá nhân đoạt [Award:giải Cây bút trẻ] là: [Per:Trần Minh Khoa], [Per:Lê Thu Hà].',
    want: ['Trần Minh Khoa -WON-> giải Cây bút trẻ', 'Lê Thu Hà -WON-> giải Cây bút trẻ'],
  },
  {
    text: 'Hai trường được trao [Award:Bằng công nhận chuẩn quốc gia] gồm: [Org:Trường Tiểu học Hòa Bình] ([Org:Phòng Giáo dục quận Ba Đình]) và [Org:Trường THCS Kim Liên].',
    want: ['Trường Tiểu học Hòa Bình -WON-> Bằng công nhận chuẩn quốc gia', 'Trường THCS Kim Liên -WON-> Bằng công nhận chuẩn quốc gia'],
    not: ['Phòng Giáo dục quận Ba Đình -WON-> *'],
  },
  {
    text: 'Hai vở diễn đoạt [Award:giải Vàng sân khấu] là: [Per:Trần Hưng Đạo] của [Per:Lê Duy Hạnh] và [Per:Nguyễn Trãi] của [Per:Phạm Thu Trang].',
    want: [],
    not: ['Trần Hưng Đạo -WON-> *', 'Nguyễn Trãi -WON-> *'],
  },
  {
    text: 'Hội đồng xét chọn [Award:Giải Sao Khuê] gồm: [Org:Hiệp hội Phần mềm Việt Nam] và [Org:Bộ Thông tin và Truyền thông].',
    want: [],
    not: ['Hiệp hội Phần mềm Việt Nam -WON-> *', 'Bộ Thông tin và Truyền thông -WON-> *'],
  },
  {
    text: 'Ban tổ chức [Award:giải Báo chí Xanh] gồm có: [Org:Báo Tuổi Trẻ], [Org:Đài Phát thanh TP.HCM].',
    want: [],
    not: ['Báo Tuổi Trẻ -WON-> *'],
  },
];

describe('winners listed after the award they received', () => {
  it.each(CASES)('$text', (c) => checkCase(c, expect));
});

const CONTINUED: RelateCase[] = [
  {
    text: 'Ba đơn vị được tặng [Award:Giải thưởng Xanh 2023] gồm: 2 doanh nghiệp sản xuất: [Org:Công ty CP Giấy Sông Lam], [Org:Công ty TNHH Nhựa Bình Minh Xanh].\n1 doanh nghiệp dịch vụ: [Org:Công ty CP Vận tải Hạ Long].',
    want: ['Công ty CP Giấy Sông Lam -WON-> Giải thưởng Xanh 2023', 'Công ty CP Vận tải Hạ Long -WON-> Giải thưởng Xanh 2023'],
  },
  {
    text: 'Ba đơn vị được tặng [Award:Giải thưởng Xanh 2023] gồm: [Org:Công ty CP Giấy Sông Lam].\nSau lễ trao, [Org:Công ty CP Vận tải Hạ Long] ký hợp đồng mới.',
    want: ['Công ty CP Giấy Sông Lam -WON-> Giải thưởng Xanh 2023'],
    not: ['Công ty CP Vận tải Hạ Long -WON-> *'],
  },
  {
    text: 'Bốn đơn vị thuộc và trực thuộc [Org:Tổng cục Thống kê] được tặng [Award:Bằng khen của Bộ] gồm: [Org:Vụ Thống kê Dân số]; [Org:Cục Thống kê Hà Nam].',
    want: ['Vụ Thống kê Dân số -WON-> Bằng khen của Bộ', 'Vụ Thống kê Dân số -PART_OF-> Tổng cục Thống kê', 'Cục Thống kê Hà Nam -PART_OF-> Tổng cục Thống kê'],
    not: ['Tổng cục Thống kê -WON-> *'],
  },
  {
    text: 'Các đơn vị trực thuộc [Org:Sở Xây dựng] gồm: [Org:Thanh tra Sở], [Org:Trung tâm Kiểm định chất lượng].',
    want: ['Thanh tra Sở -PART_OF-> Sở Xây dựng', 'Trung tâm Kiểm định chất lượng -PART_OF-> Sở Xây dựng'],
  },
];

describe('a list goes on in the category lines that follow it; units listed after their parent', () => {
  it.each(CONTINUED)('$text', (c) => checkCase(c, expect));
});

const OWNER_IS_NO_WINNER: RelateCase[] = [
  { text: 'Hai cán bộ thuộc [Org:Cục Hải quan Lạng Sơn] được tặng [Award:Bằng khen của Bộ trưởng] vì thành tích chống buôn lậu.', want: [], not: ['Cục Hải quan Lạng Sơn -WON-> *'] },
  { text: 'Một nhóm kỹ sư của [Org:Tập đoàn Sông Đà] vừa giành [Award:giải Sáng tạo kỹ thuật].', want: [], not: ['Tập đoàn Sông Đà -WON-> *'] },
  { text: '[Org:Công ty Điện lực Gia Lai] được tặng [Award:Cờ thi đua của Chính phủ] năm nay.', want: ['Công ty Điện lực Gia Lai -WON-> Cờ thi đua của Chính phủ'] },
];

describe('whoever owns the winners ("cán bộ thuộc ⟨X⟩", "kỹ sư của ⟨X⟩") is no winner', () => {
  it.each(OWNER_IS_NO_WINNER)('$text', (c) => checkCase(c, expect));
});
