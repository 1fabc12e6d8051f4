// Where an organisation's name starts and stops in real-looking news text: photo credits and
// captions, a head noun written twice, a verb or a person glued after a well-known name, a
// company head with no name of its own, headings in capitals, and names that hold a comma, a
// dash or brackets. Sentences are made up for the test; the mined counts (data/mined/) are the
// committed ones.
import { describe, expect, it } from 'vitest';
import { labels, mentionsOf } from './helpers.ts';

interface Case {
  text: string;
  must: string[];
  mustNot: string[];
}

const cases: Record<string, Case[]> = {
  'a photo credit or caption is never part of a name': [
    { text: 'Cán bộ Cục Hải quan Quảng Ninh kiểm tra container. Cục Hải quan Quảng Ninh Ảnh: Minh Trang', must: ['Organization:Cục Hải quan Quảng Ninh'], mustNot: ['Organization:Cục Hải quan Quảng Ninh Ảnh'] },
    { text: 'Lễ ký kết giữa Ngân hàng Nhà nước và đối tác. Ngân hàng Nhà nước Ảnh: Tư liệu', must: ['Organization:Ngân hàng Nhà nước'], mustNot: ['Organization:Ngân hàng Nhà nước Ảnh'] },
    { text: 'Trụ sở Bộ Tài chính Ảnh Quang Hùng', must: ['Organization:Bộ Tài chính'], mustNot: ['Organization:Bộ Tài chính Ảnh', 'Organization:Bộ Tài chính Ảnh Quang Hùng'] },
  ],
  'a head noun written twice starts the name at the second': [
    { text: 'Theo số liệu của Tổng cục Tổng cục Thống kê, giá tiêu dùng tăng nhẹ.', must: ['Organization:Tổng cục Thống kê'], mustNot: ['Organization:Tổng cục Tổng cục Thống kê'] },
    { text: 'Đại diện Bộ Bộ Y tế đã trả lời báo chí chiều qua.', must: ['Organization:Bộ Y tế'], mustNot: ['Organization:Bộ Bộ Y tế'] },
    { text: 'Công văn của Cục Cục Thuế tỉnh Bình Dương gửi các doanh nghiệp.', must: ['Organization:Cục Thuế tỉnh Bình Dương'], mustNot: ['Organization:Cục Cục Thuế tỉnh Bình Dương'] },
  ],
  'a well-known name does not swallow the verb or the person after it': [
    { text: 'Ngân hàng Thế giới Paul Wolfowitz có bài phát biểu dài về tham nhũng.', must: ['Organization:Ngân hàng Thế giới'], mustNot: ['Organization:Ngân hàng Thế giới Paul Wolfowitz'] },
    { text: 'Sau đó Tổng cục Hải quan chuyển toàn bộ hồ sơ cho cơ quan điều tra.', must: ['Organization:Tổng cục Hải quan'], mustNot: ['Organization:Tổng cục Hải quan chuyển'] },
    { text: 'Trong báo cáo mới, Ngân hàng Thế giới xếp VN vào nhóm thu nhập trung bình thấp.', must: ['Organization:Ngân hàng Thế giới'], mustNot: ['Organization:Ngân hàng Thế giới xếp VN', 'Organization:Ngân hàng Thế giới xếp'] },
    { text: 'Hôm qua Chủ tịch BBC Gavyn Davis tuyên bố từ chức.', must: [], mustNot: ['Organization:BBC Gavyn Davis', 'Organization:Gavyn Davis'] },
  ],
  'a name that goes on in lowercase, as the archive names it, is kept whole': [
    { text: 'Chi cục Hải quan cửa khẩu Lao Bảo thu ngân sách vượt chỉ tiêu.', must: ['Organization:Chi cục Hải quan cửa khẩu Lao Bảo'], mustNot: ['Organization:Chi cục Hải quan'] },
    { text: 'Đội Kiểm soát chống buôn lậu vừa bắt giữ một xe tải chở hàng lậu.', must: ['Organization:Đội Kiểm soát chống buôn lậu'], mustNot: ['Organization:Đội Kiểm soát'] },
    // a place after a frequent name is its local unit, never cut off
    { text: 'Cục Hải quan Thanh Hóa tổ chức hội nghị với doanh nghiệp.', must: ['Organization:Cục Hải quan Thanh Hóa'], mustNot: ['Organization:Cục Hải quan'] },
  ],
  'a company head with no name of its own is no organisation': [
    { text: 'Mỗi Công ty TNHH số lượng thành viên không vượt quá năm mươi.', must: [], mustNot: ['Organization:Công ty TNHH số', 'Organization:Công ty TNHH số lượng'] },
    { text: 'Một Tập đoàn Nhật Bản vừa đặt nhà máy thứ hai ở Bắc Ninh.', must: ['Place:Nhật Bản'], mustNot: ['Organization:Tập đoàn Nhật Bản'] },
    { text: 'Nhiều Công ty Hàn Quốc muốn mở rộng đầu tư.', must: [], mustNot: ['Organization:Công ty Hàn Quốc'] },
    // a real name after the same heads is still one
    { text: 'Tập đoàn Hòa Phát công bố lợi nhuận quý ba.', must: ['Organization:Tập đoàn Hòa Phát'], mustNot: [] },
  ],
  'a heading in capitals is no name': [
    { text: 'TỔ CHỨC TÍN DỤNG PHẢI CÔNG KHAI LÃI SUẤT CHO VAY', must: [], mustNot: ['Organization:TỔ CHỨC TÍN DỤNG', 'Organization:TỔ CHỨC TÍN DỤNG PHẢI CÔNG KHAI LÃI SUẤT CHO VAY'] },
    { text: 'CÔNG TY PHẢI NỘP BÁO CÁO TRƯỚC NGÀY 30', must: [], mustNot: ['Organization:CÔNG TY PHẢI NỘP BÁO CÁO TRƯỚC NGÀY'] },
    { text: 'UBND tỉnh Lào Cai chỉ đạo các sở ngành.', must: ['Organization:UBND tỉnh Lào Cai'], mustNot: [] },
  ],
  'names with a comma, a dash or brackets': [
    { text: 'Ủy ban Văn hóa, Giáo dục và Thanh niên của Quốc hội đã họp phiên toàn thể.', must: ['Organization:Ủy ban Văn hóa, Giáo dục và Thanh niên', 'Organization:Quốc hội'], mustNot: ['Organization:Ủy ban Văn hóa'] },
    { text: 'Phòng Cảnh sát môi trường – PC05 (Công an tỉnh Hà Tĩnh) lập biên bản vi phạm.', must: ['Organization:Phòng Cảnh sát môi trường', 'Organization:Công an tỉnh Hà Tĩnh'], mustNot: ['Organization:PC05'] },
    { text: 'Sở Giáo dục - Đào tạo Khánh Hòa công bố lịch thi.', must: ['Organization:Sở Giáo dục - Đào tạo Khánh Hòa'], mustNot: ['Organization:Sở Giáo dục'] },
  ],
  'a head noun that closes a word written in capitals starts no other name': [
    { text: 'Ông Nông Văn Cử, Giám đốc Sở Nội Vụ, làm chủ tịch hội đồng thi.', must: ['Organization:Sở Nội Vụ'], mustNot: ['Organization:Sở Nội'] },
    { text: 'Sinh viên ĐH Bách Khoa Hà Nội giành giải nhất.', must: ['Organization:ĐH Bách Khoa Hà Nội'], mustNot: ['Organization:ĐH Bách'] },
    { text: 'Lễ tang được tổ chức tại Nhà tang lễ Bộ Quốc Phòng.', must: ['Organization:Bộ Quốc Phòng'], mustNot: ['Organization:Bộ Quốc'] },
    { text: 'Ngân hàng TMCP Quân Đội (MB) hỗ trợ doanh nghiệp.', must: ['Organization:Ngân hàng TMCP Quân Đội'], mustNot: ['Organization:Ngân hàng TMCP Quân'] },
    // a name after a name stays a name of its own when the two syllables make no word
    { text: 'Phòng Cảnh sát kinh tế Công an tỉnh Nam Định đã khởi tố vụ án.', must: ['Organization:Công an tỉnh Nam Định'], mustNot: [] },
  ],
  '"the city", "the province" after a name is no part of it': [
    { text: 'Ông Cường, Phó giám đốc Sở Giao thông công chính thành phố, cho biết.', must: ['Organization:Sở Giao thông công chính'], mustNot: ['Organization:Sở Giao thông công chính thành phố'] },
    { text: 'Theo Sở Tư pháp thành phố, dịch thuật là một nghề.', must: ['Organization:Sở Tư pháp'], mustNot: ['Organization:Sở Tư pháp thành phố'] },
    { text: 'Viện Kinh tế thành phố vừa công bố báo cáo.', must: ['Organization:Viện Kinh tế'], mustNot: ['Organization:Viện Kinh tế thành phố'] },
    // a place after the unit word is the name's, and a longer word keeps its last syllable
    { text: 'UBND thành phố Cần Thơ họp phiên thường kỳ.', must: ['Organization:UBND thành phố Cần Thơ'], mustNot: [] },
    { text: 'Công an tỉnh Bình Định vào cuộc điều tra.', must: ['Organization:Công an tỉnh Bình Định'], mustNot: [] },
    { text: 'Riêng Vụ Hợp tác xã được phát triển từ Vụ Kinh tế tập thể.', must: ['Organization:Vụ Hợp tác xã'], mustNot: ['Organization:Vụ Hợp tác'] },
    // "công chính" (public works) is a field of a department's name, also after a dash
    { text: 'Sở Giao thông - Công chính (GTCC) TP.HCM chủ trì hội nghị.', must: ['Organization:Sở Giao thông - Công chính'], mustNot: ['Organization:Sở Giao thông'] },
  ],
  'common words after the new head nouns are no names': [
    { text: 'Phòng chống dịch bệnh vẫn là ưu tiên hàng đầu.', must: [], mustNot: ['Organization:Phòng chống dịch bệnh'] },
    { text: 'Đội ngũ y bác sĩ làm việc suốt đêm.', must: [], mustNot: ['Organization:Đội ngũ'] },
    { text: 'Công an đã triệu tập ba người liên quan.', must: [], mustNot: ['Organization:Công an'] },
  ],
};

describe('organisation name boundaries', () => {
  for (const [group, list] of Object.entries(cases)) {
    it.each(list)(`${group}: %s`, ({ text, must, mustNot }) => {
      const found = labels(mentionsOf(text));
      for (const m of must) expect(found, text).toContain(m);
      for (const m of mustNot) expect(found, text).not.toContain(m);
    });
  }
});
