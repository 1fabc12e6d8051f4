// Sentences with exact offsets: glued sentences split, abbreviations and numbers kept whole.
import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../../../src/pipeline/segment/segment-sentences.ts';

function texts(input: string): string[] {
  const sentences = segmentSentences(input);
  for (const s of sentences) expect(input.slice(s.start, s.end)).toBe(s.text);
  sentences.forEach((s, i) => expect(s.index).toBe(i));
  return sentences.map((s) => s.text);
}

describe('segmentSentences', () => {
  it.each<[string, string[]]>([
    ['Dự án nằm trong khu vực.Dự án trên được WB tài trợ.', ['Dự án nằm trong khu vực.', 'Dự án trên được WB tài trợ.']],
    ['Dự án "Phát triển đến năm 2015".Đây là lần đầu.', ['Dự án "Phát triển đến năm 2015".', 'Đây là lần đầu.']],
    ['Sở GD-ĐT TP.HCM công bố kết quả. Theo đó, có 981 HS đạt giải.', ['Sở GD-ĐT TP.HCM công bố kết quả.', 'Theo đó, có 981 HS đạt giải.']],
    ['Thành phố lắp 1.800 máy tính, trị giá 29,3 triệu USD. Dự án kết thúc.', ['Thành phố lắp 1.800 máy tính, trị giá 29,3 triệu USD.', 'Dự án kết thúc.']],
    ['Quyết định ký ngày 06/9/2019. Ngày 27.2, Bộ họp báo.', ['Quyết định ký ngày 06/9/2019.', 'Ngày 27.2, Bộ họp báo.']],
    ['PGS.TS. Nguyễn Văn An phát biểu. GS. Trần Bình đồng ý.', ['PGS.TS. Nguyễn Văn An phát biểu.', 'GS. Trần Bình đồng ý.']],
    ['Tp. Hồ Chí Minh có nhiều dự án. ThS. Lê Hoa cho biết vậy.', ['Tp. Hồ Chí Minh có nhiều dự án.', 'ThS. Lê Hoa cho biết vậy.']],
    ['Hàng hóa xuất sang U.S. Army tăng. Giá ổn định.', ['Hàng hóa xuất sang U.S. Army tăng.', 'Giá ổn định.']],
    ['Bài viết của H.Vân được đăng. Bạn đọc đồng tình.', ['Bài viết của H.Vân được đăng.', 'Bạn đọc đồng tình.']],
    ['Xem thêm tại www.vnexpress.net hoặc gửi thư về toasoan@nhandan.vn. Xin cảm ơn.', ['Xem thêm tại www.vnexpress.net hoặc gửi thư về toasoan@nhandan.vn.', 'Xin cảm ơn.']],
    ['Bà Mai nhận định: "Thị trường sẽ phục hồi vào cuối năm." Rồi bà kết thúc buổi họp.', ['Bà Mai nhận định: "Thị trường sẽ phục hồi vào cuối năm."', 'Rồi bà kết thúc buổi họp.']],
    ['Sở lắp máy tính, thiết bị mạng… cho tất cả 91 đầu mối.', ['Sở lắp máy tính, thiết bị mạng… cho tất cả 91 đầu mối.']],
    ['Âm nhạc, mỹ thuật… cần ĐDDH nhiều nhất! Tại sao? Chưa rõ...', ['Âm nhạc, mỹ thuật… cần ĐDDH nhiều nhất!', 'Tại sao?', 'Chưa rõ...']],
    ['Tiêu đề bài báo\nĐoạn thứ nhất không có dấu chấm\nĐoạn hai.', ['Tiêu đề bài báo', 'Đoạn thứ nhất không có dấu chấm', 'Đoạn hai.']],
    ['Doanh nghiệp đạt 2,5 tỷ đồng. 20 doanh nghiệp khác lỗ.', ['Doanh nghiệp đạt 2,5 tỷ đồng.', '20 doanh nghiệp khác lỗ.']],
    ['Chang\'an Motor Corp., hãng xe lớn, tuyên bố vậy. Toyota im lặng.', ['Chang\'an Motor Corp., hãng xe lớn, tuyên bố vậy.', 'Toyota im lặng.']],
    ['  Khoảng trắng đầu câu.   Câu hai.  ', ['Khoảng trắng đầu câu.', 'Câu hai.']],
    ['Có 43 người.. Số còn lại ở Anh.', ['Có 43 người..', 'Số còn lại ở Anh.']],
    ['Ông Nguyễn V. Nam và bà Trần T. Hoa dự lễ.', ['Ông Nguyễn V. Nam và bà Trần T. Hoa dự lễ.']],
    ['Giá 1,5 USD/lít.Cao hơn năm ngoái.', ['Giá 1,5 USD/lít.', 'Cao hơn năm ngoái.']],
    ['Ông nói: "Chúng tôi sẽ làm." Bà đáp: "Được!"', ['Ông nói: "Chúng tôi sẽ làm."', 'Bà đáp: "Được!"']],
    ['Dự án (giai đoạn 2010-2015) hoàn thành. Kết quả tốt.', ['Dự án (giai đoạn 2010-2015) hoàn thành.', 'Kết quả tốt.']],
    ['Hỏi: Vì sao lại thế? Đáp: Vì thị trường tăng.', ['Hỏi: Vì sao lại thế?', 'Đáp: Vì thị trường tăng.']],
    ['Liên hệ info@fpt.com.vn. Website https://fpt.com.vn/Gioi-Thieu.html cập nhật hằng ngày.', ['Liên hệ info@fpt.com.vn.', 'Website https://fpt.com.vn/Gioi-Thieu.html cập nhật hằng ngày.']],
    ['Các nhiệm vụ:\n1. Tiếp tục đẩy mạnh cải cách.\n2. Phát triển nguồn nhân lực.', ['Các nhiệm vụ:', '1. Tiếp tục đẩy mạnh cải cách.', '2. Phát triển nguồn nhân lực.']],
    ['a. Mục tiêu chung của chương trình.\nb. Mục tiêu cụ thể.', ['a. Mục tiêu chung của chương trình.', 'b. Mục tiêu cụ thể.']],
    ['II. Nhiệm vụ trọng tâm. Các sở phải thực hiện ngay.', ['II. Nhiệm vụ trọng tâm.', 'Các sở phải thực hiện ngay.']],
    ['Tỷ lệ tăng 3.5% so với cùng kỳ. Xuất khẩu ổn định.', ['Tỷ lệ tăng 3.5% so với cùng kỳ.', 'Xuất khẩu ổn định.']],
    ['GS.TSKH Nguyễn Văn Hiệu và TS. Lê Anh dự hội thảo. Hội thảo kết thúc lúc 17h.', ['GS.TSKH Nguyễn Văn Hiệu và TS. Lê Anh dự hội thảo.', 'Hội thảo kết thúc lúc 17h.']],
    ['Ngày 2-5, Intel công bố kế hoạch. "Chúng tôi tin tưởng," ông nói.', ['Ngày 2-5, Intel công bố kế hoạch.', '"Chúng tôi tin tưởng," ông nói.']],
    ['Công ty Cổ phần Viễn thông FPT (FPT Telecom) ra mắt gói cước mới!Khách hàng hài lòng.', ['Công ty Cổ phần Viễn thông FPT (FPT Telecom) ra mắt gói cước mới!', 'Khách hàng hài lòng.']],
    ['Chiều 27-12, tại TP.HCM, cuộc họp diễn ra. Ông Tuấn chủ trì.', ['Chiều 27-12, tại TP.HCM, cuộc họp diễn ra.', 'Ông Tuấn chủ trì.']],
    ['Xem www.Intel.com/VN để biết thêm.Gửi thư về Info@FPT.Vn nhé. Hết.', ['Xem www.Intel.com/VN để biết thêm.', 'Gửi thư về Info@FPT.Vn nhé.', 'Hết.']],
    ['Sản phẩm v.v. đều được giảm giá. Chương trình kéo dài một tháng.', ['Sản phẩm v.v. đều được giảm giá.', 'Chương trình kéo dài một tháng.']],
  ])('%s', (input, want) => {
    expect(texts(input)).toEqual(want);
  });

  it('gives nothing for blank text', () => {
    expect(segmentSentences(' \n\n ')).toEqual([]);
  });
});
