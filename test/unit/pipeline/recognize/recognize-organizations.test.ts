// Organizations: type-noun heads with word-list continuation, acronyms, brands, known names.
import { describe, expect, it } from 'vitest';
import { labels, mentionsOf } from './helpers.ts';

interface Case {
  text: string;
  must: string[];
  mustNot?: string[];
}

const cases: Case[] = [
  { text: 'Sở Thông tin và Truyền thông TP Đà Nẵng vừa nhận giải thưởng.', must: ['Organization:Sở Thông tin và Truyền thông TP Đà Nẵng'] },
  { text: 'Dự án được Ngân hàng Thế giới (WB) tài trợ 20 triệu USD.', must: ['Organization:Ngân hàng Thế giới'], mustNot: ['Organization:Ngân hàng Thế giới (WB) tài trợ'] },
  { text: 'Hôm qua, Bộ Kế hoạch và Đầu tư đã công bố báo cáo.', must: ['Organization:Bộ Kế hoạch và Đầu tư'] },
  { text: 'Bộ Tài chính và Bộ Công Thương cùng ký văn bản.', must: ['Organization:Bộ Tài chính', 'Organization:Bộ Công Thương'] },
  { text: 'Theo Tổng cục Hải quan, kim ngạch xuất khẩu tăng mạnh.', must: ['Organization:Tổng cục Hải quan'] },
  { text: 'Ủy ban nhân dân tỉnh Quảng Ninh phê duyệt kế hoạch.', must: ['Organization:Ủy ban nhân dân tỉnh Quảng Ninh'] },
  { text: 'Uỷ ban nhân dân TP Cần Thơ vừa ban hành quyết định.', must: ['Organization:Uỷ ban nhân dân TP Cần Thơ'] },
  { text: 'Công ty Cổ phần Sữa Việt Nam tặng 1 tỷ đồng cho quỹ.', must: ['Organization:Công ty Cổ phần Sữa Việt Nam'] },
  { text: 'Tập đoàn Vingroup khởi công nhà máy mới.', must: ['Organization:Tập đoàn Vingroup'] },
  { text: 'Hiệp hội Phần mềm và Dịch vụ CNTT Việt Nam tổ chức lễ trao giải.', must: ['Organization:Hiệp hội Phần mềm và Dịch vụ CNTT Việt Nam'], mustNot: ['Organization:tổ chức'] },
  { text: 'Kho bạc Nhà nước triển khai dịch vụ công trực tuyến.', must: ['Organization:Kho bạc Nhà nước'] },
  { text: 'Quỹ Hỗ trợ phát triển hợp tác xã được thành lập năm 2019.', must: ['Organization:Quỹ Hỗ trợ phát triển hợp tác xã'], mustNot: ['Organization:Quỹ Hỗ trợ phát triển hợp tác xã được'] },
  { text: 'Học viện Công nghệ Bưu chính Viễn thông ký kết hợp tác với Samsung.', must: ['Organization:Học viện Công nghệ Bưu chính Viễn thông', 'Organization:Samsung'] },
  { text: 'Trường Đại học Bách khoa Hà Nội đoạt giải nhất.', must: ['Organization:Trường Đại học Bách khoa Hà Nội'] },
  { text: 'Viện Hàn lâm Khoa học xã hội Việt Nam công bố kết quả nghiên cứu.', must: ['Organization:Viện Hàn lâm Khoa học xã hội Việt Nam'] },
  { text: 'Trung tâm Công nghệ thông tin tỉnh Bình Định vận hành hệ thống.', must: ['Organization:Trung tâm Công nghệ thông tin tỉnh Bình Định'] },
  { text: 'Thành phố sẽ xây dựng trung tâm dữ liệu tập trung.', must: [], mustNot: ['Organization:trung tâm dữ liệu'] },
  { text: 'Đây là giải thưởng vinh danh các tổ chức, dự án tiêu biểu.', must: [], mustNot: ['Organization:tổ chức'] },
  { text: 'Văn bản đã được gửi tới các sở, ngành, quận, huyện.', must: [], mustNot: ['Organization:sở'] },
  { text: 'Sự kiện do tổ chức FutureGov trao giải hằng năm.', must: ['Organization:FutureGov'], mustNot: ['Organization:tổ chức FutureGov'] },
  { text: 'Đại diện Future Gov cho biết có 500 đề cử.', must: ['Organization:Future Gov'] },
  { text: 'Đại diện Korea Telecom Corp (KTF) phát biểu. Năm nay KTF mở rộng mạng lưới.', must: ['Organization:Korea Telecom Corp', 'Organization:KTF'], mustNot: ['Organization:Korea Telecom Corp (KTF)'] },
  { text: 'Ông Lee làm việc tại General Dynamics Inc (GDI). Tháng sau, GDI sẽ ký hợp đồng.', must: ['Organization:General Dynamics Inc', 'Organization:GDI'] },
  { text: 'Ông Lê Văn Tâm, Vụ trưởng Vụ Pháp chế Bộ Tư pháp, cho biết.', must: ['Organization:Vụ Pháp chế'], mustNot: ['Organization:Vụ Pháp', 'Place:Pháp'] },
  { text: 'Đại diện Vụ Pháp chế cho biết dự thảo đã hoàn thành.', must: ['Organization:Vụ Pháp chế'], mustNot: ['Place:Pháp'] },
  { text: 'Công ty Cổ phần Tập đoàn Masan vừa mua lại 20% cổ phần.', must: ['Organization:Công ty Cổ phần Tập đoàn Masan'], mustNot: ['Organization:Công ty Cổ phần', 'Organization:Tập đoàn Masan'] },
  { text: 'Công ty TNHH Tập đoàn Hoa Sen ký hợp đồng với Tổng công ty Điện lực miền Bắc.', must: ['Organization:Công ty TNHH Tập đoàn Hoa Sen', 'Organization:Tổng công ty Điện lực miền Bắc'] },
  { text: 'Công ty Cổ phần Sữa Việt Nam tặng quà cho Tập đoàn Vingroup.', must: ['Organization:Công ty Cổ phần Sữa Việt Nam', 'Organization:Tập đoàn Vingroup'], mustNot: ['Organization:Công ty Cổ phần Sữa Việt Nam tặng quà cho Tập đoàn Vingroup'] },
  { text: 'Đại sứ quán Pháp tại Hà Nội tổ chức buổi gặp mặt.', must: ['Place:Hà Nội'] },
  { text: 'Ngân hàng TMCP Sài Gòn Thương Tín (Sacombank) vừa công bố lợi nhuận quý I.', must: ['Organization:Ngân hàng TMCP Sài Gòn Thương Tín'], mustNot: ['Organization:Ngân hàng TMCP Sài Gòn', 'Place:Sài Gòn'] },
  { text: 'Ngân hàng TMCP Việt Nam Thịnh Vượng công bố kết quả kinh doanh.', must: ['Organization:Ngân hàng TMCP Việt Nam Thịnh Vượng'], mustNot: ['Organization:Ngân hàng TMCP Việt Nam'] },
  { text: 'Giám đốc Sở Y tế Hà Nội Trần Văn Bình cho biết.', must: ['Organization:Sở Y tế Hà Nội', 'Person:Trần Văn Bình'], mustNot: ['Organization:Sở Y tế Hà Nội Trần Văn Bình'] },
  { text: 'Trường ĐH Bách khoa Hà Nội Đoạt Giải nhất.', must: [], mustNot: ['Organization:Trường ĐH Bách khoa Hà Nội Đoạt Giải'] },
  { text: 'Intel và Microsoft cam kết đầu tư vào giáo dục.', must: ['Organization:Intel', 'Organization:Microsoft'] },
  { text: 'Chương trình có sự hỗ trợ của USAID và JICA.', must: ['Organization:USAID', 'Organization:JICA'] },
  { text: 'Khoản vay từ ADB sẽ được giải ngân trong năm nay.', must: ['Organization:ADB'] },
  { text: 'VNPT và Viettel phủ sóng 5G tại nhiều tỉnh.', must: ['Organization:VNPT', 'Organization:Viettel'] },
  { text: 'Ngân hàng TMCP Á Châu (ACB) công bố lợi nhuận quý III.', must: ['Organization:Ngân hàng TMCP Á Châu'] },
  { text: 'Ngân hàng này cho biết sẽ tăng vốn điều lệ.', must: [], mustNot: ['Organization:Ngân hàng này cho biết'] },
  { text: 'Công ty TNHH Phần mềm Ánh Dương vừa được mua lại.', must: ['Organization:Công ty TNHH Phần mềm Ánh Dương'] },
  { text: 'Thứ trưởng Bộ Y tế Nguyễn Thị Lan phát biểu tại hội nghị.', must: ['Organization:Bộ Y tế', 'Person:Nguyễn Thị Lan'], mustNot: ['Organization:Bộ Y tế Nguyễn Thị Lan'] },
  { text: 'Bộ trưởng Bộ Giáo dục và Đào tạo đã ký quyết định.', must: ['Organization:Bộ Giáo dục và Đào tạo'], mustNot: ['Organization:Bộ trưởng'] },
  { text: 'Hội Chữ thập đỏ Việt Nam tiếp nhận hàng cứu trợ.', must: ['Organization:Hội Chữ thập đỏ Việt Nam'] },
  { text: 'Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI) khảo sát doanh nghiệp.', must: ['Organization:Liên đoàn Thương mại và Công nghiệp Việt Nam'] },
  { text: 'Sở GD-ĐT Hà Nội công bố điểm chuẩn.', must: ['Organization:Sở GD-ĐT Hà Nội'] },
  { text: 'Sở TT&TT Đà Nẵng phối hợp với Sở TT&TT Hà Nội.', must: ['Organization:Sở TT&TT Đà Nẵng', 'Organization:Sở TT&TT Hà Nội'] },
  { text: 'Tổng Công ty Hàng không Việt Nam mở đường bay mới.', must: ['Organization:Tổng Công ty Hàng không Việt Nam'] },
  { text: 'Gói thầu được trao cho liên danh giữa Công ty HT7 và TMS Vietnam.', must: ['Organization:Công ty HT7', 'Organization:TMS Vietnam'], mustNot: ['Organization:Công ty HT7 và TMS Vietnam'] },
  { text: 'Tập đoàn Samsung Electronics Co.Ltd khánh thành nhà máy.', must: ['Organization:Tập đoàn Samsung Electronics Co.Ltd'] },
  // a foreign name ending in Award(s)/Prize is an award, not a company
  { text: 'Viettel giành 3 giải thưởng tại Asia Pacific Stevie Awards 2023.', must: ['Award:Asia Pacific Stevie Awards', 'Organization:Viettel'], mustNot: ['Organization:Asia Pacific Stevie Awards'] },
  { text: 'Nhà khoa học này từng được đề cử Nobel Prize về hóa học.', must: ['Award:Nobel Prize'] },
  { text: 'Vietnam Airlines mở đường bay mới tới Melbourne.', must: ['Organization:Vietnam Airlines'] },
  // a giving verb ends the giver's name
  { text: 'Công ty được Bộ Thông tin và Truyền thông tặng Bằng khen năm 2023.', must: ['Organization:Bộ Thông tin và Truyền thông'], mustNot: ['Organization:Bộ Thông tin và Truyền thông tặng Bằng khen'] },
  { text: 'Liên đoàn Thương mại và Công nghiệp Việt Nam trao Cúp Thánh Gióng cho 50 doanh nghiệp.', must: ['Organization:Liên đoàn Thương mại và Công nghiệp Việt Nam', 'Award:Cúp Thánh Gióng'] },
  { text: 'Theo thống kê, thị trường Nhật Bản tăng trưởng chậm.', must: ['Place:Nhật Bản'], mustNot: ['Organization:trường Nhật Bản'] },
  { text: 'Hầu hết các trường hợp đều được xử lý kịp thời.', must: [], mustNot: ['Organization:trường'] },
  { text: 'Ông Lê Văn Tám, Giám đốc Công ty Điện lực Thủ Đức, cho biết.', must: ['Person:Lê Văn Tám', 'Organization:Công ty Điện lực Thủ Đức'] },
  { text: 'Vụ Hợp tác quốc tế (Bộ Nội vụ) chủ trì cuộc họp.', must: ['Organization:Vụ Hợp tác quốc tế', 'Organization:Bộ Nội vụ'], mustNot: ['Organization:Vụ Hợp tác quốc tế (Bộ Nội vụ)'] },
  { text: 'Chính phủ đã ban hành nghị định về chính phủ điện tử.', must: ['Organization:Chính phủ'] },
  { text: 'Lộ trình xây dựng Chính phủ điện tử được đẩy nhanh.', must: [], mustNot: ['Organization:Chính phủ'] },
  { text: 'Internet và CNTT đang thay đổi mọi lĩnh vực.', must: [], mustNot: ['Organization:Internet', 'Organization:CNTT'] },
  { text: 'Hãng Toyota Motor công bố doanh số bán xe.', must: ['Organization:Toyota Motor'] },
  { text: 'Tỉnh khánh thành Trung tâm Điều hành thông minh tỉnh Bình Định với 120 tỷ đồng.', must: ['Organization:Trung tâm Điều hành thông minh tỉnh Bình Định'] },
  { text: 'Quỹ Vì người nghèo TP Hồ Chí Minh tiếp nhận 2 tỷ đồng.', must: ['Organization:Quỹ Vì người nghèo TP Hồ Chí Minh'] },
  { text: 'Ngân hàng Thế giới hỗ trợ 50 triệu USD cho tỉnh.', must: ['Organization:Ngân hàng Thế giới'], mustNot: ['Organization:Ngân hàng Thế giới hỗ trợ'] },
  { text: 'Bộ Công Thương chủ trì soạn thảo Quy định về an toàn hóa chất.', must: ['Organization:Bộ Công Thương'], mustNot: ['Organization:Bộ Công Thương chủ trì soạn thảo Quy định'] },
  { text: 'Đại sứ Thụy Điển tại Việt Nam Ann Linde dự lễ ký.', must: ['Place:Thụy Điển'], mustNot: ['Organization:Nam Ann'] },
  { text: 'Công ty Cổ phần Sữa Việt Nam (Vinamilk) ủng hộ 2 tỷ đồng.', must: ['Organization:Công ty Cổ phần Sữa Việt Nam'] },
  { text: 'Grab mua lại Uber tại Đông Nam Á.', must: ['Organization:Grab', 'Organization:Uber', 'Place:Đông Nam Á'] },
  { text: 'VinFast ký hợp đồng với Ngân hàng Standard Chartered.', must: ['Organization:VinFast', 'Organization:Ngân hàng Standard Chartered'] },
  { text: 'Khách hàng chọn mẫu Focus thay vì mẫu Crown.', must: [], mustNot: ['Organization:Focus', 'Organization:Crown'] },
  { text: 'Samsung Việt Nam trao tặng 1.000 máy tính cho Bộ GD-ĐT.', must: ['Organization:Samsung Việt Nam', 'Organization:Bộ GD-ĐT'] },
  { text: 'Moody’s nâng hạng tín nhiệm của ngân hàng.', must: ['Organization:Moody’s'] },
];

describe('recognize organizations', () => {
  it.each(cases)('$text', ({ text, must, mustNot = [] }) => {
    const got = labels(mentionsOf(text));
    for (const m of must) expect(got).toContain(m);
    for (const m of mustNot) expect(got).not.toContain(m);
  });
});
