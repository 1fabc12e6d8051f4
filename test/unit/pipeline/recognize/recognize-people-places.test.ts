// Persons (titles, honorifics, appositions, lists) and places (gazetteers, prefixes, regions).
import { describe, expect, it } from 'vitest';
import { labels, mentionsOf } from './helpers.ts';

interface Case {
  text: string;
  must: string[];
  mustNot?: string[];
}

const persons: Case[] = [
  { text: 'Phó Thủ tướng Trần Hồng Hà chủ trì cuộc họp.', must: ['Person:Trần Hồng Hà'], mustNot: ['Person:Phó Thủ tướng Trần Hồng Hà'] },
  { text: 'Ông Nguyễn Văn Bình cho biết dự án sẽ hoàn thành sớm.', must: ['Person:Nguyễn Văn Bình'], mustNot: ['Person:Ông Nguyễn Văn Bình'] },
  { text: 'Theo bà Phạm Thị Hoa, chương trình rất hiệu quả.', must: ['Person:Phạm Thị Hoa'] },
  { text: 'PGS.TS Lê Quang Minh trình bày tham luận.', must: ['Person:Lê Quang Minh'] },
  { text: 'GS Vũ Đình Cự là một nhà khoa học lớn.', must: ['Person:Vũ Đình Cự'] },
  { text: 'Chủ tịch UBND tỉnh Lào Cai Trịnh Xuân Trường dự lễ.', must: ['Person:Trịnh Xuân Trường'], mustNot: ['Person:Lào Cai Trịnh Xuân Trường'] },
  { text: 'Bộ trưởng Bộ Tài nguyên và Môi trường Đỗ Văn Khiêm nhấn mạnh.', must: ['Person:Đỗ Văn Khiêm', 'Organization:Bộ Tài nguyên và Môi trường'] },
  { text: 'Ông Trần Minh Tuấn, Tổng Giám đốc Công ty Phần mềm Sao Mai, nhận giải.', must: ['Person:Trần Minh Tuấn', 'Organization:Công ty Phần mềm Sao Mai'] },
  { text: 'John Smith, Giám đốc quốc gia của tổ chức, phát biểu.', must: ['Person:John Smith'], mustNot: ['Organization:John Smith'] },
  { text: 'Đại sứ Marc Knapper đánh giá cao quan hệ hai nước.', must: ['Person:Marc Knapper'] },
  { text: 'Tổng thống Hàn Quốc Moon Jae In thăm Việt Nam.', must: ['Person:Moon Jae In', 'Place:Hàn Quốc'], mustNot: ['Person:Hàn Quốc'] },
  { text: 'Tham dự có các chuyên gia: Ngô Bảo Châu, Đàm Thanh Sơn, Vũ Hà Văn.', must: ['Person:Ngô Bảo Châu', 'Person:Đàm Thanh Sơn', 'Person:Vũ Hà Văn'] },
  { text: 'Giám đốc Sở Trần Văn Hậu cho biết.', must: ['Person:Trần Văn Hậu'] },
  { text: 'Thứ trưởng Bộ TT&TT Phan Tâm nhấn mạnh vai trò của chuyển đổi số.', must: ['Person:Phan Tâm', 'Organization:Bộ TT&TT'] },
  { text: 'Chủ tịch nước đã trao Huân chương Lao động hạng Nhất.', must: [], mustNot: ['Person:Chủ tịch nước'] },
  { text: 'Giám đốc điều hành Sarah Lee, thành viên hội đồng quản trị, cũng có mặt.', must: ['Person:Sarah Lee'] },
  { text: 'Anh Lê Văn Sỹ, một kỹ sư trẻ, chia sẻ kinh nghiệm.', must: ['Person:Lê Văn Sỹ'] },
  { text: 'Phó Chủ tịch UBND tỉnh Nguyễn Tự Công Hoàng phát biểu.', must: ['Person:Nguyễn Tự Công Hoàng'], mustNot: ['Place:tỉnh Nguyễn Tự Công'] },
  { text: 'Bà Lê Thị Minh Thư, Giám đốc Sở TT&TT Bình Định, cho biết Sở đã đào tạo 200 cán bộ.', must: ['Person:Lê Thị Minh Thư', 'Organization:Sở TT&TT Bình Định', 'Organization:Sở'] },
  { text: 'Ông Mai Sung – Phó Tổng Giám đốc FPT Telecom cho biết.', must: ['Person:Mai Sung', 'Organization:FPT Telecom'], mustNot: ['Person:Mai Sung – Phó Tổng Giám đốc'] },
  { text: 'Theo bà Nguyễn Thị Kim Dung, bà Dung đã đề xuất với Sở.', must: ['Person:Nguyễn Thị Kim Dung', 'Person:Dung'] },
  { text: 'Giám đốc Intel Việt Nam cho biết công ty sẽ mở rộng.', must: ['Organization:Intel Việt Nam'], mustNot: ['Person:Intel Việt Nam'] },
];

const places: Case[] = [
  { text: 'Hội nghị diễn ra tại Hà Nội và TP Hồ Chí Minh.', must: ['Place:Hà Nội', 'Place:TP Hồ Chí Minh'] },
  { text: 'Dự án triển khai ở TP.HCM từ năm 2020.', must: ['Place:TP.HCM'] },
  { text: 'Người dân tỉnh Quảng Nam đón nhận tin vui.', must: ['Place:tỉnh Quảng Nam'] },
  { text: 'Các doanh nghiệp khu vực châu Á - Thái Bình Dương tham gia.', must: ['Place:châu Á - Thái Bình Dương'], mustNot: ['Place:Bình Dương', 'Place:Thái Bình'] },
  { text: 'Đại dương lớn nhất là Thái Bình Dương.', must: ['Place:Thái Bình Dương'], mustNot: ['Place:Bình Dương'] },
  { text: 'Nhà máy đặt tại Bình Dương với 2.000 công nhân.', must: ['Place:Bình Dương'] },
  { text: 'Hàng hóa được xuất khẩu sang Mỹ, Hàn Quốc và Nhật Bản.', must: ['Place:Mỹ', 'Place:Hàn Quốc', 'Place:Nhật Bản'] },
  { text: 'Đoàn doanh nghiệp Việt Nam thăm Singapore và Malaysia.', must: ['Place:Việt Nam', 'Place:Singapore', 'Place:Malaysia'] },
  { text: 'Sinh viên học tiếng Anh tại trung tâm ngoại ngữ.', must: [], mustNot: ['Place:Anh'] },
  { text: 'Nhiều du học sinh chọn Anh và Úc làm điểm đến.', must: ['Place:Anh', 'Place:Úc'] },
  { text: 'Quan hệ Việt Nam-Hàn Quốc phát triển tốt đẹp.', must: ['Place:Việt Nam', 'Place:Hàn Quốc'], mustNot: ['Place:Việt Nam-Hàn Quốc'] },
  { text: 'Khu vực Đông Nam Á thu hút nhiều vốn đầu tư.', must: ['Place:Đông Nam Á'] },
  { text: 'Mưa lớn kéo dài ở miền Trung và Tây Nguyên.', must: ['Place:miền Trung', 'Place:Tây Nguyên'] },
  { text: 'Lễ hội diễn ra tại TP Pleiku, tỉnh Gia Lai.', must: ['Place:TP Pleiku', 'Place:tỉnh Gia Lai'] },
  { text: 'Phố cổ Hội An đón một triệu khách.', must: ['Place:Hội An'], mustNot: ['Organization:Hội An'] },
  { text: 'Ngân hàng TMCP Đông Nam Á tăng lãi suất.', must: ['Organization:Ngân hàng TMCP Đông Nam Á'], mustNot: ['Place:Đông Nam Á'] },
  { text: 'Hội thảo được tổ chức ở Ðà Nẵng.', must: ['Place:Ðà Nẵng'] },
  { text: 'Thành phố Cần Thơ và tỉnh Khánh Hoà ký kết hợp tác.', must: ['Place:Thành phố Cần Thơ', 'Place:tỉnh Khánh Hoà'] },
  { text: 'Cuộc họp tại quận Hoàn Kiếm kết thúc lúc 11 giờ.', must: ['Place:quận Hoàn Kiếm'] },
  { text: 'Đoàn công tác đã làm việc tại châu Âu trong ba tuần.', must: ['Place:châu Âu'] },
  { text: 'Các hãng xe đổ về Bắc Kinh và Thượng Hải.', must: ['Place:Bắc Kinh', 'Place:Thượng Hải'] },
];

describe('recognize persons', () => {
  it.each(persons)('$text', ({ text, must, mustNot = [] }) => {
    const got = labels(mentionsOf(text));
    for (const m of must) expect(got).toContain(m);
    for (const m of mustNot) expect(got).not.toContain(m);
  });
});

describe('recognize places', () => {
  it.each(places)('$text', ({ text, must, mustNot = [] }) => {
    const got = labels(mentionsOf(text));
    for (const m of must) expect(got).toContain(m);
    for (const m of mustNot) expect(got).not.toContain(m);
  });

  it('gives every spelling of a place its gazetteer name', () => {
    const names = mentionsOf('Đoàn đến TPHCM rồi ra Thành phố Hồ Chí Minh, sau đó tới Hoa Kỳ và Mỹ.').map((m) => m.name);
    expect(names.filter((n) => n === 'Thành phố Hồ Chí Minh')).toHaveLength(2);
    expect(names.filter((n) => n === 'Hoa Kỳ')).toHaveLength(2);
  });
});
