import { describe, expect, it } from 'vitest';
import { checkCase, type RelateCase } from './run-relate.ts';

const CASES: RelateCase[] = [
  {
    text: '[Org:Viettel] vừa giành 3 giải thưởng tại [Award:Asia Pacific Stevie Awards] năm 2023.',
    want: ['Viettel -WON-> Asia Pacific Stevie Awards'],
  },
  {
    text: '[Org:Ban tổ chức] đã nhận 500 hồ sơ tham dự tại [Award:giải thưởng Sao Khuê] năm nay.',
    want: [],
    not: ['Ban tổ chức -WON-> *'],
  },
  {
    text: '[Org:Sở Y tế Cần Thơ] vừa nhận giải thưởng "[Award:Đơn vị chuyển đổi số tiêu biểu năm 2023]".',
    want: ['Sở Y tế Cần Thơ -WON-> Đơn vị chuyển đổi số tiêu biểu năm 2023'],
    q: { 'Sở Y tế Cần Thơ -WON-> Đơn vị chuyển đổi số tiêu biểu năm 2023': { year: 2023 } },
  },
  {
    text: '[Org:Công ty Cổ phần MISA] đoạt [Award:Giải thưởng Sao Khuê 2022] với sản phẩm [Project:MISA AMIS].',
    want: ['Công ty Cổ phần MISA -WON-> Giải thưởng Sao Khuê 2022', 'Giải thưởng Sao Khuê 2022 -AWARDED_FOR-> MISA AMIS'],
    q: { 'Công ty Cổ phần MISA -WON-> Giải thưởng Sao Khuê 2022': { year: 2022 } },
  },
  {
    text: '[Org:Ngân hàng TMCP Quân đội] vinh dự được [Org:Hiệp hội Ngân hàng Việt Nam] trao tặng [Award:danh hiệu Ngân hàng tiêu biểu].',
    want: [
      'Ngân hàng TMCP Quân đội -WON-> danh hiệu Ngân hàng tiêu biểu',
      'danh hiệu Ngân hàng tiêu biểu -AWARDED_BY-> Hiệp hội Ngân hàng Việt Nam',
    ],
    not: ['Hiệp hội Ngân hàng Việt Nam -WON-> *'],
  },
  {
    text: 'Năm 2019, [Org:Tập đoàn Viettel] giành [Award:giải Vàng Stevie Awards] cho [Project:ứng dụng ViettelPay].',
    want: ['Tập đoàn Viettel -WON-> giải Vàng Stevie Awards', 'giải Vàng Stevie Awards -AWARDED_FOR-> ứng dụng ViettelPay'],
    q: { 'Tập đoàn Viettel -WON-> giải Vàng Stevie Awards': { year: 2019 } },
  },
  {
    text: '[Org:Tổ chức IDG] đã trao [Award:giải thưởng Thành phố thông minh] cho [Org:UBND tỉnh Bình Dương].',
    want: ['UBND tỉnh Bình Dương -WON-> giải thưởng Thành phố thông minh', 'giải thưởng Thành phố thông minh -AWARDED_BY-> Tổ chức IDG'],
    not: ['Tổ chức IDG -WON-> *'],
  },
  {
    text: '[Org:Hội Tin học TP.HCM] trao [Award:Cúp CNTT-TT] cho dự án [Project:Cổng dịch vụ công trực tuyến].',
    want: ['Cúp CNTT-TT -AWARDED_BY-> Hội Tin học TP.HCM', 'Cúp CNTT-TT -AWARDED_FOR-> Cổng dịch vụ công trực tuyến'],
    not: ['Cổng dịch vụ công trực tuyến -WON-> *'],
  },
  {
    text: '[Org:Bệnh viện Bạch Mai], [Org:Bệnh viện Chợ Rẫy] và [Org:Bệnh viện Trung ương Huế] cùng nhận [Award:Bằng khen của Bộ Y tế].',
    want: [
      'Bệnh viện Bạch Mai -WON-> Bằng khen của Bộ Y tế',
      'Bệnh viện Chợ Rẫy -WON-> Bằng khen của Bộ Y tế',
      'Bệnh viện Trung ương Huế -WON-> Bằng khen của Bộ Y tế',
    ],
  },
  {
    text: '[Award:Danh hiệu "Doanh nghiệp vì cộng đồng"] năm nay đã thuộc về [Org:Tổng công ty Điện lực miền Nam].',
    want: ['Tổng công ty Điện lực miền Nam -WON-> Danh hiệu "Doanh nghiệp vì cộng đồng"'],
  },
  {
    text: '[Award:Di sản văn hóa phi vật thể] do [Org:UNESCO] trao tặng được đón nhận trong không khí trang trọng.',
    want: ['Di sản văn hóa phi vật thể -AWARDED_BY-> UNESCO'],
  },
  {
    text: 'Đây là giải thưởng của [Org:Liên minh Viễn thông Quốc tế] dành cho các sáng kiến số, [Award:giải thưởng này=>WSIS Prizes] được trao hằng năm.',
    want: [],
    not: ['WSIS Prizes -AWARDED_BY-> *'],
  },
  {
    text: 'Bà [Per:Nguyễn Thị Lan] được vinh danh tại [Award:Giải thưởng Phụ nữ Việt Nam năm 2020].',
    want: ['Nguyễn Thị Lan -WON-> Giải thưởng Phụ nữ Việt Nam năm 2020'],
    q: { 'Nguyễn Thị Lan -WON-> Giải thưởng Phụ nữ Việt Nam năm 2020': { year: 2020 } },
  },
  {
    text: '[Org:FPT Software] vừa được Thủ tướng Chính phủ trao tặng [Award:Huân chương Lao động hạng Nhất].',
    want: ['FPT Software -WON-> Huân chương Lao động hạng Nhất'],
  },
  {
    text: '[Project:Dự án Hệ thống thông tin y tế cơ sở] được đề cử [Award:Giải thưởng Chính phủ số châu Á].',
    want: ['Dự án Hệ thống thông tin y tế cơ sở -NOMINATED_FOR-> Giải thưởng Chính phủ số châu Á'],
    not: ['Dự án Hệ thống thông tin y tế cơ sở -WON-> *'],
  },
  {
    text: '[Org:Công ty VNG] là doanh nghiệp duy nhất lọt vào vòng chung kết [Award:Giải thưởng Đổi mới sáng tạo ASEAN].',
    want: ['Công ty VNG -NOMINATED_FOR-> Giải thưởng Đổi mới sáng tạo ASEAN'],
    q: { 'Công ty VNG -NOMINATED_FOR-> Giải thưởng Đổi mới sáng tạo ASEAN': { finalist: true } },
    not: ['Công ty VNG -WON-> *'],
  },
  {
    text: '[Org:Bộ Thông tin và Truyền thông] tổ chức lễ trao giải [Award:Giải thưởng Chuyển đổi số Việt Nam] tối 15/11.',
    want: ['Giải thưởng Chuyển đổi số Việt Nam -ORGANIZED_BY-> Bộ Thông tin và Truyền thông'],
    not: ['Bộ Thông tin và Truyền thông -WON-> *'],
  },
  {
    text: 'Với dự án [Project:Bản đồ số nông nghiệp], [Org:Trường Đại học Cần Thơ] đã giành [Award:giải Nhất cuộc thi Khởi nghiệp quốc gia].',
    want: ['Trường Đại học Cần Thơ -WON-> giải Nhất cuộc thi Khởi nghiệp quốc gia'],
  },
  {
    text: '[Org:Ngân hàng Nhà nước] đánh giá cao kết quả của [Org:Vietcombank], đơn vị vừa nhận [Award:Cờ thi đua của Chính phủ].',
    want: [],
    not: ['Ngân hàng Nhà nước -WON-> *'],
  },
  {
    text: 'Trong năm 2021 và năm 2022, [Org:Công ty Sao Mai] liên tiếp nhận [Award:Giải thưởng Chất lượng Quốc gia].',
    want: ['Công ty Sao Mai -WON-> Giải thưởng Chất lượng Quốc gia'],
    q: {},
  },
  {
    text: '[Org:Tập đoàn Samsung] công bố doanh thu quý III, [Award:Giải thưởng Rồng Vàng] sẽ được trao vào tháng sau.',
    want: [],
    not: ['Tập đoàn Samsung -WON-> *'],
  },
  {
    text: '[Award:Giải thưởng Nhân tài Đất Việt] do [Org:Hội Tin học Việt Nam] phối hợp tổ chức đã trao cho [Project:phần mềm quản lý bệnh án].',
    want: ['Giải thưởng Nhân tài Đất Việt -ORGANIZED_BY-> Hội Tin học Việt Nam'],
    not: ['Hội Tin học Việt Nam -WON-> *'],
  },
  {
    text: 'Năm nay, [Org:Ban tổ chức] đã nhận được [count:500 hồ sơ=500 hồ sơ] tham dự [Award:Giải thưởng Nhân tài Đất Việt].',
    want: [],
    not: ['Ban tổ chức -WON-> *'],
  },
  {
    text: 'Đây là [Award:Bằng khen] của [Org:Bộ Giáo dục và Đào tạo] dành cho các trường có thành tích xuất sắc.',
    want: ['Bằng khen -AWARDED_BY-> Bộ Giáo dục và Đào tạo'],
  },
  {
    text: '[Award:Giải Nhất] của [Org:Trường THPT Chuyên Hà Nội - Amsterdam] được công bố tối qua.',
    want: [],
    not: ['Giải Nhất -AWARDED_BY-> *'],
  },
  {
    text: '[Org:Sở Giao thông vận tải Đồng Nai] vừa được tổ chức IDC trao giải thưởng "[Award:Dự án giao thông thông minh tiêu biểu năm 2022]" cho dự án [Project:Điều hành giao thông thông minh].',
    want: [
      'Sở Giao thông vận tải Đồng Nai -WON-> Dự án giao thông thông minh tiêu biểu năm 2022',
      'Dự án giao thông thông minh tiêu biểu năm 2022 -AWARDED_FOR-> Điều hành giao thông thông minh',
    ],
    not: ['Dự án giao thông thông minh tiêu biểu năm 2022 -AWARDED_BY-> *'],
  },
];

describe('relate: awards (WON, AWARDED_BY, AWARDED_FOR, NOMINATED_FOR)', () => {
  it.each(CASES.map((c) => [c.text, c] as const))('%s', (_t, c) => checkCase(c, expect));
});
