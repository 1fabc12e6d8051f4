// Awards, projects, events and documents by their cue words; back-references; things never entities.
import { describe, expect, it } from 'vitest';
import { labels, mentionsOf } from './helpers.ts';

interface Case {
  text: string;
  must: string[];
  mustNot?: string[];
  /** Expected display name of the first mention of that type, when it differs from the span. */
  names?: Record<string, string>;
}

const cases: Case[] = [
  { text: 'Công ty nhận giải thưởng "Doanh nghiệp số xuất sắc năm 2023" tại Hà Nội.', must: ['Award:giải thưởng "Doanh nghiệp số xuất sắc năm 2023"'], names: { Award: 'Doanh nghiệp số xuất sắc năm 2023' } },
  { text: 'Đơn vị vừa được trao Giải thưởng "Sao Khuê" cho sản phẩm phần mềm.', must: ['Award:Giải thưởng "Sao Khuê"'], names: { Award: 'Sao Khuê' } },
  { text: 'Giải thưởng FutureGov năm nay có nhiều đề cử.', must: ['Award:Giải thưởng FutureGov'] },
  { text: 'Nhà trường được tặng Huân chương Lao động hạng Ba.', must: ['Award:Huân chương Lao động hạng Ba'] },
  { text: 'Ngân hàng được Thủ tướng tặng Bằng khen "Có thành tích xuất sắc trong công tác an sinh xã hội".', must: ['Award:Bằng khen "Có thành tích xuất sắc trong công tác an sinh xã hội"'] },
  { text: 'Năm 2022, trường nghề được nhận Cờ thi đua của Chính phủ nhờ thành tích đào tạo.', must: ['Award:Cờ thi đua của Chính phủ'] },
  { text: 'Học sinh trường đoạt giải Nhất cuộc thi lập trình.', must: [], mustNot: ['Award:giải Nhất'] },
  { text: 'Công trình đạt giải Vàng tại triển lãm.', must: [], mustNot: ['Award:giải Vàng'] },
  { text: 'Dự án "Số hóa hồ sơ hộ tịch tỉnh Bắc Ninh" được vay vốn ưu đãi.', must: ['Project:Dự án "Số hóa hồ sơ hộ tịch tỉnh Bắc Ninh"'], names: { Project: 'Số hóa hồ sơ hộ tịch tỉnh Bắc Ninh' } },
  { text: 'Nguồn vốn được giải ngân thông qua tiểu dự án cấp nước sạch nông thôn tại Hà Tĩnh với tổng mức 5 triệu USD.', must: ['Project:tiểu dự án cấp nước sạch nông thôn tại Hà Tĩnh'] },
  { text: 'Đề án "Phát triển nguồn nhân lực công nghệ cao" được phê duyệt.', must: ['Project:Đề án "Phát triển nguồn nhân lực công nghệ cao"'] },
  { text: 'JICA tài trợ cho Chương trình nâng cao năng lực quản lý đất đai tỉnh Gia Lai, được triển khai từ năm 2021.', must: ['Project:Chương trình nâng cao năng lực quản lý đất đai tỉnh Gia Lai'] },
  { text: 'Intel triển khai chương trình Teach to the Future tại nhiều trường.', must: ['Project:Teach'], mustNot: ['Organization:Teach'] },
  { text: 'Thành phố hướng đến các chương trình "Đô thị thông minh" hiệu quả nhất.', must: [], mustNot: ['Project:chương trình "Đô thị thông minh"'] },
  { text: 'Dự án triển khai ở nhiều địa phương trong năm nay.', must: [], mustNot: ['Project:Dự án triển khai'] },
  // "⟨Name⟩ là chương trình …": a sentence-case programme title defined by its sentence.
  { text: 'Tiếp sức mùa thi là phong trào tình nguyện do Thành đoàn tổ chức hằng năm.', must: ['Project:Tiếp sức mùa thi'] },
  { text: 'Vì biển đảo quê hương là chương trình do Đài Truyền hình Việt Nam thực hiện.', must: ['Project:Vì biển đảo quê hương'] },
  { text: 'Sắc màu văn hóa là một cuộc thi dành cho sinh viên toàn quốc.', must: ['Event:Sắc màu văn hóa'] },
  { text: 'Đây là chương trình lớn nhất từ trước đến nay.', must: [], mustNot: ['Project:Đây'] },
  { text: 'Điều quan trọng là chương trình phải được duy trì.', must: [], mustNot: ['Project:Điều quan trọng'] },
  { text: 'Sở Y tế Hà Nội là đơn vị tổ chức chương trình.', must: ['Organization:Sở Y tế Hà Nội'], mustNot: ['Project:Sở Y tế Hà Nội'] },
  { text: 'Học bổng này là chương trình của Intel.', must: [], mustNot: ['Project:Học bổng này'] },
  { text: 'Năm 2023 là năm thứ ba chương trình được tổ chức.', must: [], mustNot: ['Project:Năm 2023'] },
  // An edition number makes a lowercase event noun and its words one recurring event's name.
  { text: 'Trong buổi gặp báo chí về triển lãm nông nghiệp công nghệ cao AgriTech lần thứ 4 ngày 7-9 tại Hà Nội, ban tổ chức công bố danh sách gian hàng.', must: ['Event:triển lãm nông nghiệp công nghệ cao AgriTech lần thứ 4', 'Place:Hà Nội'] },
  { text: 'Hội thảo khoa học công nghệ lần thứ 5 sẽ diễn ra tại Đà Nẵng.', must: [], mustNot: ['Event:Hội thảo khoa học công nghệ lần thứ 5 sẽ'] },
  { text: 'Ban tổ chức cho biết hội chợ nông sản an toàn lần thứ 3 thu hút 200 gian hàng.', must: ['Event:hội chợ nông sản an toàn lần thứ 3'] },
  { text: 'Đây là lần thứ 3 hội thảo được tổ chức tại Huế.', must: ['Place:Huế'], mustNot: ['Event:hội thảo được tổ chức'] },
  { text: 'Các đại biểu dự hội nghị và thảo luận trong lần thứ 2 gặp mặt.', must: [], mustNot: ['Event:hội nghị và thảo luận trong lần thứ 2'] },
  { text: 'Hội nghị Thượng đỉnh ASEAN lần thứ 40 khai mạc hôm nay.', must: ['Event:Hội nghị Thượng đỉnh ASEAN'] },
  { text: 'Diễn đàn Kinh tế Việt Nam - Nhật Bản 2023 thu hút 300 doanh nghiệp.', must: ['Event:Diễn đàn Kinh tế Việt Nam - Nhật Bản 2023'], mustNot: ['Place:Nhật Bản'] },
  { text: 'Hội thảo "Chuyển đổi số trong ngân hàng" diễn ra tại TP.HCM.', must: ['Event:Hội thảo "Chuyển đổi số trong ngân hàng"', 'Place:TP.HCM'] },
  { text: 'Triển lãm Vietnam Expo 2024 có 500 gian hàng.', must: ['Event:Triển lãm Vietnam Expo 2024'] },
  { text: 'Hội nghị đã thông qua nghị quyết.', must: [], mustNot: ['Event:Hội nghị'] },
  // "LHP", the press's abbreviation of "Liên hoan phim" (a film festival): an event, not an organisation
  { text: 'Bộ phim đoạt giải Gấu Bạc tại LHP Berlin năm ấy.', must: ['Event:LHP Berlin'], mustNot: ['Organization:LHP Berlin'] },
  { text: 'Đạo diễn mang phim mới tới LHP quốc tế Busan.', must: ['Event:LHP quốc tế Busan'] },
  { text: 'Theo Quyết định số 2534/QĐ-BCT, dự án được điều chỉnh.', must: ['Document:Quyết định số 2534/QĐ-BCT'], names: { Document: 'Quyết định 2534/QĐ-BCT' } },
  { text: 'Chương trình thực hiện theo Quyết định số 749/QĐ-TTg của Thủ tướng.', must: ['Document:Quyết định số 749/QĐ-TTg'] },
  { text: 'Bộ trưởng trao Bằng khen của Bộ cho 5 tập thể.', must: [], mustNot: ['Award:Bằng khen của Bộ'] },
  { text: 'Công ty được tặng Bằng khen của Bộ Tài chính năm 2020.', must: ['Award:Bằng khen của Bộ Tài chính'] },
  { text: 'Nghị định 13/2023/NĐ-CP quy định về bảo vệ dữ liệu cá nhân.', must: ['Document:Nghị định 13/2023/NĐ-CP'] },
  { text: 'Ngân hàng thực hiện theo Thông tư 41 của Ngân hàng Nhà nước.', must: ['Document:Thông tư 41', 'Organization:Ngân hàng Nhà nước'] },
  { text: 'Quốc hội thông qua Luật Giao dịch điện tử sửa đổi.', must: ['Document:Luật Giao dịch điện tử'] },
  { text: 'Doanh nghiệp có 3 quyết định khen thưởng trong năm.', must: [], mustNot: ['Document:quyết định 3'] },
  { text: 'Hai ngân hàng vừa ký thỏa thuận hợp tác trong lĩnh vực tín dụng xanh với nhau.', must: ['Document:thỏa thuận hợp tác trong lĩnh vực tín dụng xanh'] },
  { text: 'Hai bộ đã ký Biên bản ghi nhớ (MOU) về hợp tác an ninh mạng, vào sáng nay.', must: ['Document:Biên bản ghi nhớ (MOU) về hợp tác an ninh mạng'] },
  { text: 'Dự án trên được tài trợ bởi Ngân hàng Thế giới.', must: ['Project:Dự án trên', 'Organization:Ngân hàng Thế giới'] },
  { text: 'Giải thưởng này ghi nhận nỗ lực của ngành y tế.', must: ['Award:Giải thưởng này'] },
  { text: 'Các dự án trên địa bàn tỉnh đều chậm tiến độ.', must: [], mustNot: ['Project:dự án trên'] },
  // a bare head opening the sentence as its subject is the one just named; "do" (by) is not "đó" (that)
  { text: 'Dự án do Ngân hàng Thế giới tài trợ.', must: ['Project:Dự án', 'Organization:Ngân hàng Thế giới'], mustNot: ['Project:Dự án do'] },
  { text: 'Dự án đó được Ngân hàng Thế giới tài trợ.', must: ['Project:Dự án đó'] },
  { text: 'Chương trình được UNDP hỗ trợ từ năm 2019.', must: ['Project:Chương trình'] },
  { text: 'Theo ông Giang, dự án được đầu tư 120 tỷ đồng từ ngân sách tỉnh.', must: ['Project:dự án'] },
  { text: 'Trong năm, tỉnh có 12 dự án được đầu tư mới.', must: [], mustNot: ['Project:dự án'] },
  { text: 'Các dự án do Ngân hàng Thế giới tài trợ đều đúng tiến độ.', must: [], mustNot: ['Project:dự án', 'Project:dự án do'] },
  { text: 'Dự án của Sở Y tế là một trong năm đề cử.', must: [], mustNot: ['Project:Dự án'] },
  { text: 'Giải thưởng là sự ghi nhận nỗ lực của ngành y tế.', must: [], mustNot: ['Award:Giải thưởng'] },
  { text: 'Dự án dự kiến hoàn thành vào năm 2028.', must: ['Project:Dự án'] },
  { text: 'Dự án nâng cấp quốc lộ 1A được khởi công hôm qua.', must: [], mustNot: ['Project:Dự án'] },
  { text: 'Năm ngoái, Ngân hàng này lãi lớn.', must: ['Organization:Ngân hàng này'] },
  { text: 'Ông Hùng cho biết thêm về kế hoạch.', must: ['Person:Hùng'] },
  { text: 'Sáng 12/3, Sở đã tổ chức lễ ký kết.', must: ['Organization:Sở'] },
  { text: 'Năm 2011 có 498 đề cử và 16 quốc gia tham gia.', must: [], mustNot: ['Organization:2011', 'Place:16'] },
  { text: 'Được đặt tên là "Kết nối tri thức", chương trình này hướng tới 2 triệu học sinh.', must: ['Project:Kết nối tri thức'] },
  { text: 'Quỹ học bổng mang tên "Vừ A Dính" được thành lập năm 2000.', must: ['Project:Vừ A Dính'] },
  { text: 'Tại lễ trao giải Sao Khuê 2023, nhiều doanh nghiệp được vinh danh.', must: ['Event:lễ trao giải Sao Khuê 2023'] },
  { text: 'Anh được trao giải thưởng Tạ Quang Bửu năm nay.', must: ['Award:giải thưởng Tạ Quang Bửu'], mustNot: ['Person:Tạ Quang Bửu'] },
  { text: 'Nhiều tập thể được trao Bằng khen trong dịp này.', must: [], mustNot: ['Award:Bằng khen'] },
  { text: 'Theo Nhandan, dự án tiếp tục được mở rộng.', must: [], mustNot: ['Organization:Nhandan', 'Place:Nhandan'] },
];

describe('recognize awards, projects, events, documents and back-references', () => {
  it.each(cases)('$text', ({ text, must, mustNot = [], names = {} }) => {
    const mentions = mentionsOf(text);
    const got = labels(mentions);
    for (const m of must) expect(got).toContain(m);
    for (const m of mustNot) expect(got).not.toContain(m);
    for (const [type, name] of Object.entries(names)) expect(mentions.find((m) => m.type === type)?.name).toBe(name);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('marks back-references as anaphors', () => {
    const mentions = mentionsOf('Dự án trên được Ngân hàng này tài trợ và ông Hùng ký.');
    expect(mentions.filter((m) => m.anaphor).map((m) => m.text)).toEqual(['Dự án trên', 'Ngân hàng này', 'Hùng']);
  });
});
