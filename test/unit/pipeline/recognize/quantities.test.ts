// Quantities in news phrasing: what must come out (kind, value, unit) and what must not.
import { describe, expect, it } from 'vitest';
import { recognizeQuantities } from '../../../../src/pipeline/recognize/recognize-quantities.ts';
import { segmentSentences } from '../../../../src/pipeline/segment/segment-sentences.ts';

type Want = [kind: 'money' | 'count' | 'percent', value: number, unit: string];

function quantitiesOf(text: string) {
  return recognizeQuantities(text, segmentSentences(text)).quantities;
}

const CASES: Array<[sentence: string, want: Want[], never: number[]]> = [
  ['Dự án có tổng vốn đầu tư là 29,3 triệu USD.', [['money', 29_300_000, 'USD']], [29, 3, 29.3]],
  ['Ngân hàng Thế giới cho vay 1 tỷ đồng để xây trường.', [['money', 1e9, 'VND']], [1]],
  ['Quỹ đã trao gần 40.000 USD cho các em học sinh nghèo.', [['money', 40_000, 'USD']], [40]],
  ['Mỗi suất học bổng trị giá 500 nghìn đồng.', [['money', 500_000, 'VND']], [500]],
  ['Mỗi phần quà trị giá 500 ngàn đồng.', [['money', 500_000, 'VND']], [500]],
  ['Công ty chi 2 tỉ để mua thiết bị.', [['money', 2e9, 'VND']], [2]],
  ['Hợp đồng trị giá USD 5 triệu được ký hôm qua.', [['money', 5_000_000, 'USD']], [5]],
  ['The deal is worth $3 million.', [['money', 3_000_000, 'USD']], [3]],
  ['Thương vụ trị giá $3.5 million được công bố.', [['money', 3_500_000, 'USD']], [3.5, 35]],
  ['Nhật Bản viện trợ 5 triệu đô la Mỹ cho tỉnh.', [['money', 5_000_000, 'USD']], [5]],
  ['Giá gói cước chỉ 90.000 VNĐ một tháng.', [['money', 90_000, 'VND']], [90]],
  ['Phí gửi xe mỗi tháng chỉ 75.000đ, ngày lễ thu thêm.', [['money', 75_000, 'VND']], [75]],
  ['Volkswagen sẽ đầu tư 6 tỷ euro vào Trung Quốc.', [['money', 6e9, 'EUR']], [6]],
  ['Khoản đầu tư (7,3 tỷ USD) được chia làm hai giai đoạn.', [['money', 7.3e9, 'USD']], [7, 3, 7.3]],
  ['Lợi nhuận trước thuế quý III đạt 2.415,38 tỷ đồng.', [['money', 2_415_380_000_000, 'VND']], [2415, 38, 2.415]],
  ['Doanh thu quý I của Yahoo đạt 1,57 tỷ USD.', [['money', 1_570_000_000, 'USD']], [1, 57]],
  ['Tổng kinh phí là 2 tỷ 500 triệu đồng.', [['money', 2_500_000_000, 'VND']], [500_000_000, 2e9]],
  ['Ngành du lịch cần khoảng 30.000 tỷ đồng.', [['money', 3e13, 'VND']], [30_000]],
  ['Chiếc xe có giá 196.800 nhân dân tệ.', [['money', 196_800, 'CNY']], []],
  ['Giá bán 119.800 NDT, tương đương 14.470 USD.', [['money', 119_800, 'CNY'], ['money', 14_470, 'USD']], []],
  ['Hòa Phát tặng 6 tỷ đồng và 35.000 khẩu trang.', [['money', 6e9, 'VND'], ['count', 35_000, 'khẩu trang']], [6, 35]],
  ['Doanh nghiệp nhận khoản vay 100 triệu yên từ JICA.', [['money', 100_000_000, 'JPY']], []],
  ['Thành phố lắp đặt 1.800 máy tính cấu hình mạnh, 150 máy chủ.', [['count', 1800, 'máy tính'], ['count', 150, 'máy chủ']], [1.8, 1]],
  ['Giải thưởng có 498 đề cử đến từ 16 quốc gia.', [['count', 498, 'đề cử'], ['count', 16, 'quốc gia']], []],
  ['Dự án là một trong năm đề cử của Việt Nam.', [['count', 5, 'đề cử']], []],
  ['Bốn thỏa thuận hợp tác đã được ký kết.', [['count', 4, 'thỏa thuận']], []],
  ['Trường tiếp nhận hai mươi lăm học viên mới.', [['count', 25, 'học viên']], []],
  ['Có 981 học sinh đạt giải, trong đó 214 HS đoạt giải nhất.', [['count', 981, 'học sinh'], ['count', 214, 'HS']], []],
  ['Trường THPT Trần Phú dẫn đầu với 184 giải.', [['count', 184, 'giải']], []],
  ['Chương trình giúp 1 tỉ người tiếp cận Internet.', [['count', 1e9, 'người']], [1]],
  ['Intel sẽ đào tạo 10 triệu giáo viên.', [['count', 1e7, 'giáo viên']], [10]],
  ['Hãng đã bán gần 700.000 xe trong năm ngoái.', [['count', 700_000, 'xe']], [700]],
  ['SeABank trao 16.052 suất quà cho người dân.', [['count', 16_052, 'suất quà']], [16, 52]],
  ['Quỹ trao 27 học bổng cho sinh viên.', [['count', 27, 'học bổng']], []],
  ['Sân bay đón khách của 24 hãng hàng không nước ngoài.', [['count', 24, 'hãng hàng không']], []],
  ['Chương trình được truyền hình trực tiếp tại 11 điểm cầu.', [['count', 11, 'điểm cầu']], []],
  ['Đoàn công tác đã làm việc với 91 đầu mối sở, ngành.', [['count', 91, 'đầu mối']], []],
  ['Mỗi phần thưởng trị giá từ 2- 6 triệu đồng.', [['money', 2e6, 'VND'], ['money', 6e6, 'VND']], [2, 6]],
  ['Doanh số sẽ tăng ở mức 13-18% trong vòng 5 năm.', [['percent', 13, '%'], ['percent', 18, '%']], []],
  ['Mỗi lớp nhận 10 – 15 học viên.', [['count', 10, 'học viên'], ['count', 15, 'học viên']], []],
  ['Trường Chu Văn An 52 giải, Trường Lê Quý Đôn 29 giải.', [['count', 52, 'giải'], ['count', 29, 'giải']], []],
  // Funding, acquisitions, donations, awards: the genre kg is judged on.
  ['ADB phê duyệt khoản vay 150 triệu USD cho dự án giao thông.', [['money', 150e6, 'USD']], [150]],
  ['Dự án do JICA tài trợ với tổng vốn 2.000 tỷ đồng.', [['money', 2e12, 'VND']], [2000]],
  ['Vingroup mua lại 70% cổ phần của công ty với giá 1.500 tỷ đồng.', [['percent', 70, '%'], ['money', 1.5e12, 'VND']], []],
  ['Thương vụ thâu tóm trị giá 2,5 tỷ USD hoàn tất trong tháng 3.', [['money', 2.5e9, 'USD']], [2.5]],
  ['Microsoft chi 7,5 tỷ USD để mua GitHub.', [['money', 7.5e9, 'USD']], []],
  ['Tập đoàn trao tặng 500 suất học bổng, mỗi suất 5 triệu đồng.', [['count', 500, 'suất học bổng'], ['money', 5e6, 'VND']], []],
  ['Quỹ quyên góp được hơn 12 tỷ đồng ủng hộ đồng bào miền Trung.', [['money', 12e9, 'VND']], [12]],
  ['Công ty ủng hộ 10.000 liều vắc xin và 2 xe cứu thương.', [['count', 10_000, 'liều vắc xin'], ['count', 2, 'xe cứu thương']], []],
  ['USAID viện trợ không hoàn lại 3,2 triệu đô la Mỹ.', [['money', 3.2e6, 'USD']], [3.2]],
  ['Hàn Quốc cam kết hỗ trợ 1,5 tỷ USD vốn ODA.', [['money', 1.5e9, 'USD']], []],
  ['Giải thưởng trị giá 100 triệu đồng dành cho đội đoạt giải nhất.', [['money', 1e8, 'VND']], []],
  ['Cuộc thi thu hút 1.200 đội thi từ 63 tỉnh, thành.', [['count', 1200, 'đội thi'], ['count', 63, 'tỉnh']], []],
  ['Năm nay có 35 công trình được vinh danh.', [['count', 35, 'công trình']], []],
  ['Hai bên ký 12 biên bản ghi nhớ hợp tác.', [['count', 12, 'biên bản ghi nhớ']], []],
  ['FPT đã ký hợp đồng trị giá 200 triệu USD với đối tác Nhật Bản.', [['money', 200e6, 'USD']], []],
  ['Vốn điều lệ của ngân hàng tăng lên 10.000 tỷ đồng.', [['money', 1e13, 'VND']], []],
  ['Doanh thu năm 2023 đạt 52.618 tỷ đồng, lợi nhuận 7.788 tỷ đồng.', [['money', 52_618e9, 'VND'], ['money', 7788e9, 'VND']], [2023]],
  ['Tỷ lệ giải ngân đạt 95,5 %.', [['percent', 95.5, '%']], [95]],
  ['Hơn 3.000 thí sinh tham dự vòng sơ khảo.', [['count', 3000, 'thí sinh']], []],
  ['Khu công nghệ cao rộng 300 ha.', [['count', 300, 'ha']], []],
  ['Nhà máy có công suất 1.200 MW.', [['count', 1200, 'MW']], []],
  ['Khu vực rộng 5.000 mét vuông.', [['count', 5000, 'mét vuông']], []],
  ['Chương trình trao 150 triệu đồng tiền thưởng.', [['money', 150e6, 'VND']], []],
  ['Tổng giá trị gói thầu là 45 tỷ đồng.', [['money', 45e9, 'VND']], []],
  ['Tesla đầu tư 5 tỷ đô la Singapore vào khu vực.', [['money', 5e9, 'SGD']], []],
  ['Giá vé 250.000 đồng/người.', [['money', 250_000, 'VND']], []],
  ['Ngân sách dành 1,2 nghìn tỷ đồng cho chuyển đổi số.', [['money', 1.2e12, 'VND']], []],
  ['Khoản tài trợ 500.000 euro được chuyển cho bệnh viện.', [['money', 500_000, 'EUR']], []],
  ['Hơn 90% dịch vụ công được đưa lên mạng.', [['percent', 90, '%']], []],
  ['Mười hai đội đã vào chung kết.', [['count', 12, 'đội']], []],
  ['Số người sang Nhật là 206, Pháp là 174 và Đức chỉ có 39 người.', [['count', 206, 'người'], ['count', 174, 'người'], ['count', 39, 'người']], []],
  ['Số doanh nghiệp tham gia năm nay là 120, tăng 20%.', [['count', 120, 'doanh nghiệp'], ['percent', 20, '%']], []],
  ['Chỉ 8% trường học có phòng máy tính đạt chuẩn.', [['percent', 8, '%']], []],
  ['Doanh thu tăng 123,4% so với năm trước.', [['percent', 123.4, '%']], [123, 4]],
  ['Tỷ lệ đạt 85 phần trăm.', [['percent', 85, '%']], []],
  ['Giá cổ phiếu giảm 16 % kể từ đầu năm.', [['percent', 16, '%']], []],
];

describe('recognizeQuantities: what must come out', () => {
  it.each(CASES)('%s', (sentence, want, never) => {
    const found = quantitiesOf(sentence);
    for (const [kind, value, unit] of want) {
      const hit = found.find((q) => q.kind === kind && Math.abs(q.value - value) <= Math.abs(value) * 1e-9);
      expect(hit, `${kind} ${value} in ${JSON.stringify(found)}`).toBeDefined();
      expect(hit?.unit).toContain(unit);
      expect(sentence.slice(hit?.start, hit?.end)).toBe(hit?.text);
    }
    for (const value of never) expect(found.map((q) => q.value)).not.toContain(value);
  });
});

// Numbers that are not quantities: years, dates, labels, ordinals, phone and decree numbers.
const NOT_QUANTITIES: string[] = [
  'Giải thưởng năm 2011 được trao tại Singapore.',
  'Năm 2017 được coi là năm tăng trưởng vượt bậc của ngành.',
  'Hội thảo an ninh mạng Việt Nam - Singapore 2020 diễn ra tại Đà Nẵng.',
  'Hội chợ xe máy Thượng Hải 2009 đã bế mạc.',
  'Quyết định số 2534/QĐ-BCT được ban hành ngày 06/9/2019.',
  'Liên hệ số điện thoại 0236.3822.111 để biết thêm.',
  'Đường dây nóng 0903 123 456 hoạt động cả ngày.',
  'Hội thi giáo viên dạy giỏi lớp 5 cấp huyện.',
  'Triển lãm giáo dục VIECA lần thứ 10 diễn ra tại Hà Nội.',
  'Cuộc thi Rung chuông vàng năm thứ 4 khởi động.',
  'Dịch vụ gọi 1280 (gọi tắt là Call 1280) được áp dụng.',
  'Lễ khai mạc bắt đầu lúc 19 giờ 30 phút tối qua, 28-3.',
  'Ngày 22/3, tại Hà Nội, hai bên đã gặp nhau.',
  'Ngày 14.8, Sở Tài chính đã công bố kết quả.',
  'Năm học 2005-2006 khai giảng vào ngày 18-10.',
  'Từ tháng 1 đến tháng 9-2005 số du học sinh tăng.',
  'Hội nghị APEC 2006 sẽ diễn ra tại Hà Nội.',
  'Điều 5 của Nghị định 64 quy định rõ.',
  'Ông sinh năm 1962 tại Quảng Nam.',
  'Năm nay là năm thứ ba chương trình được tổ chức.',
  'Sở đặt tại số 15 đường Lê Lợi.',
  'Ba mẹ em đều là công nhân.',
  'Số điện thoại đường dây nóng là 1080.',
  'Tổng số là 5.',
  'Công văn 1234/BTTTT-CĐSQG gửi các tỉnh.',
  'Thông tư 41 quy định về giá dịch vụ.',
  'Xếp hạng tín nhiệm B1 của Moody\'s được giữ nguyên.',
  'Số hiệu chuyến bay VN123 bị hủy.',
  'Tòa nhà số 8 Phạm Hùng là trụ sở của Bộ.',
  'Đồng chí Nguyễn Văn A, Bí thư Tỉnh ủy, phát biểu.',
  'Ông cho biết đây là lần thứ hai doanh nghiệp nhận giải.',
  'Sản phẩm Galaxy S23 được bán từ tháng 2.',
  'Sự kiện diễn ra từ 8 giờ đến 17 giờ ngày 15-6.',
  'Dịch vụ Call 1280 rẻ hơn. Để dùng Call 1280 khách hàng cần có modem.',
  'Họp báo chiều 27-12 và ngày 4 và 5-11 tại Hà Nội.',
  'Dịch Covid-19 ảnh hưởng tới 12-15 giờ làm việc.',
];

describe('recognizeQuantities: what must not come out', () => {
  it.each(NOT_QUANTITIES)('%s', (sentence) => {
    expect(quantitiesOf(sentence)).toEqual([]);
  });
});

describe('measures from cues', () => {
  it.each<[string, string | null]>([
    ['Dự án có tổng vốn đầu tư là 29,3 triệu USD.', 'investment'],
    ['Dự án được WB tài trợ 20 triệu USD.', 'funding'],
    ['Doanh thu quý I đạt 1,57 tỷ USD.', 'revenue'],
    ['SeABank ủng hộ 8 tỷ đồng cho quỹ.', 'donation'],
    ['Lợi nhuận trước thuế của hãng đạt 612,4 tỷ đồng.', 'profit'],
    ['Giải thưởng có 498 đề cử.', 'nominations'],
    ['Thành phố lắp 1.800 máy tính.', 'computers'],
    ['Họ đã nhận 40.000 USD.', null],
    ['Vingroup mua lại 70% cổ phần của công ty.', 'stake'],
    ['Doanh thu tăng 123,4% so với năm trước.', 'increase'],
    ['Nguồn này chiếm 43% nhu cầu.', 'share'],
    ['Chỉ 5% bệnh viện có phần mềm.', null],
  ])('%s → %s', (sentence, measure) => {
    expect(quantitiesOf(sentence)[0]?.measure).toBe(measure);
  });
});
