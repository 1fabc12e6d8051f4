// Relations of the genre: organisers who co-open an event, the place fronted before "X tổ chức E",
// an organiser who gives or holds an award, gifts described at length, funding named in a loan
// share, counterpart funds, financing agreements, branches and bracketed parents.
import { describe, expect, it } from 'vitest';
import { checkCase, runRelate, type RelateCase } from './run-relate.ts';

const CASES: RelateCase[] = [
  {
    text: 'Sáng 5-6, [Org:Trung tâm Xúc tiến đầu tư] ([Org:Sở Kế hoạch và Đầu tư]) phối hợp với [Org:Hiệp hội Doanh nghiệp tỉnh] khai mạc [Event:Hội chợ Xuân 2024].',
    want: ['Hội chợ Xuân 2024 -ORGANIZED_BY-> Trung tâm Xúc tiến đầu tư', 'Hội chợ Xuân 2024 -ORGANIZED_BY-> Hiệp hội Doanh nghiệp tỉnh', 'Trung tâm Xúc tiến đầu tư -PART_OF-> Sở Kế hoạch và Đầu tư'],
    not: ['Hội chợ Xuân 2024 -ORGANIZED_BY-> Sở Kế hoạch và Đầu tư'],
  },
  {
    text: 'Ngày 12-3 tại [Place:Cần Thơ], [Org:Viện Lúa đồng bằng sông Cửu Long] đã tổ chức [Event:hội thảo giống lúa chịu mặn].',
    want: ['hội thảo giống lúa chịu mặn -ORGANIZED_BY-> Viện Lúa đồng bằng sông Cửu Long', 'hội thảo giống lúa chịu mặn -LOCATED_IN-> Cần Thơ'],
  },
  {
    text: 'Chiều qua, [Org:Hội Nhà báo] tổ chức lễ tổng kết năm và vinh danh, trao [Award:Giải Báo chí Xanh 2023].',
    want: ['Giải Báo chí Xanh 2023 -ORGANIZED_BY-> Hội Nhà báo'],
  },
  {
    text: 'Năm nay [Org:Câu lạc bộ Doanh nhân] vinh danh và trao [Award:Giải Doanh nhân Vì cộng đồng].',
    want: ['Giải Doanh nhân Vì cộng đồng -AWARDED_BY-> Câu lạc bộ Doanh nhân'],
  },
  {
    text: '[Org:Trường X] được [Org:Bộ Công an] trao [Award:Bằng khen của Bộ].',
    want: [],
    not: ['Bằng khen của Bộ -AWARDED_BY-> Trường X'],
  },
  {
    text: 'Đại diện [Org:Công ty Điện lực Huế] trao biểu trưng [money:80 triệu đồng=80000000 VND] hỗ trợ học sinh nghèo vượt khó năm học mới đến [Org:Quỹ Khuyến học thành phố].',
    want: ['Công ty Điện lực Huế -DONATED_TO-> Quỹ Khuyến học thành phố'],
    q: { 'Công ty Điện lực Huế -DONATED_TO-> Quỹ Khuyến học thành phố': { amount: 80000000, currency: 'VND' } },
  },
  {
    text: 'Dự kiến năm tới, [Org:Ngân hàng ABC] sẽ đóng góp [money:200 triệu đồng=200000000 VND] cho [Org:Hội Chữ thập đỏ huyện].',
    want: ['Ngân hàng ABC -DONATED_TO-> Hội Chữ thập đỏ huyện'],
  },
  {
    text: '[Project:Dự án Nâng cấp đê biển] có tổng mức đầu tư [money:900 tỷ đồng=900000000000 VND], trong đó vốn vay [Org:ADB] là [money:600 tỷ đồng=600000000000 VND].',
    want: ['Dự án Nâng cấp đê biển -FUNDED_BY-> ADB'],
  },
  {
    text: '[Project:Dự án Nâng cấp đê biển] có tổng mức đầu tư 900 tỷ đồng, trong đó vốn vay [Org:Công ty Sông Đà] là 60 tỷ đồng.',
    want: [],
    not: ['Dự án Nâng cấp đê biển -FUNDED_BY-> *'],
  },
  {
    text: '[Org:UBND tỉnh] sẽ bố trí [money:12 tỷ đồng=12000000000 VND] vốn đối ứng cho [Project:dự án Cấp nước vùng cao].',
    want: ['dự án Cấp nước vùng cao -FUNDED_BY-> UBND tỉnh'],
  },
  {
    text: '[Org:Bộ Tài chính] và [Org:JICA] đã ký Hiệp định tài chính trị giá [money:50 triệu USD=50000000 USD] cho [Project:dự án Cải tạo cảng cá].',
    want: ['dự án Cải tạo cảng cá -FUNDED_BY-> JICA'],
    not: ['dự án Cải tạo cảng cá -FUNDED_BY-> Bộ Tài chính'],
  },
  {
    text: '[Org:Quỹ Đầu tư X] vừa phê duyệt khoản tín dụng [money:30 triệu USD=30000000 USD] để hỗ trợ mở rộng [Project:Chương trình Năng lượng sạch].',
    want: ['Chương trình Năng lượng sạch -FUNDED_BY-> Quỹ Đầu tư X'],
  },
  {
    text: 'Giảng viên [Org:Khoa Luật] ([Org:ĐH Quốc gia Hà Nội]) tham gia.',
    want: ['Khoa Luật -PART_OF-> ĐH Quốc gia Hà Nội'],
  },
  {
    text: 'Dự án do [Org:Tập đoàn Kỹ thuật hàng hải] (TKH Group) [Place:Na Uy] tài trợ.',
    want: ['Tập đoàn Kỹ thuật hàng hải -LOCATED_IN-> Na Uy'],
  },
  {
    text: 'Ông [Per:Lê Văn Tâm] được bổ nhiệm giữ chức vụ Giám đốc [Org:Sở Xây dựng].',
    want: ['Lê Văn Tâm -HOLDS_POSITION-> Sở Xây dựng'],
  },
  {
    text: 'Phó Chủ tịch [Org:Hội Nông dân] tỉnh - ông [Per:Hồ Văn Lộc] phát biểu.',
    want: ['Hồ Văn Lộc -HOLDS_POSITION-> Hội Nông dân'],
  },
  // the financing of the project named just before, in a sentence that names no project
  {
    text: '[Org:Bộ Tài chính] và [Org:ADB] ký hiệp định vay cho [Project:dự án Cấp nước đô thị miền Trung]. Khoản vay bổ sung trị giá [money:40 triệu USD=40000000 USD] được tài trợ bởi [Org:Quỹ Phát triển châu Á].',
    want: ['dự án Cấp nước đô thị miền Trung -FUNDED_BY-> Quỹ Phát triển châu Á'],
  },
  // the tranche is the financing of the project funded last, not of a project named since
  {
    text: '[Org:Ngân hàng Thế giới] tài trợ [money:80 triệu USD=80000000 USD] cho [Project:Chương trình Đô thị xanh]. Chương trình góp phần vào [Project:Chiến lược Tăng trưởng xanh]. Khoản tín dụng này do [Org:IDA] cấp.',
    want: ['Chương trình Đô thị xanh -FUNDED_BY-> IDA'],
    not: ['Chiến lược Tăng trưởng xanh -FUNDED_BY-> *'],
  },
  // a board lends as the bank it runs
  {
    text: '[Org:Ban Giám đốc Ngân hàng Thế giới] vừa phê duyệt khoản tín dụng [money:90 triệu USD=90000000 USD] cho [Project:dự án Cấp nước ven biển].',
    want: ['dự án Cấp nước ven biển -FUNDED_BY-> Ban Giám đốc Ngân hàng Thế giới'],
  },
  {
    text: '[Org:Hội Khuyến học huyện] vừa trao [Award:học bổng “Thắp sáng ước mơ”] cho 50 em. Đây là học bổng do [Org:Công ty Điện lực Huế] tài trợ năm thứ 5.',
    want: ['học bổng “Thắp sáng ước mơ” -AWARDED_BY-> Công ty Điện lực Huế'],
  },
];

describe('relate: events, gifts and funding of the genre', () => {
  it.each(CASES.map((c) => [c.text, c] as const))('%s', (_t, c) => checkCase(c, expect));
});

describe('relate: a tranche with no project named before it', () => {
  it('links to nothing', () => {
    const run = runRelate('Khoản tín dụng [money:10 triệu USD=10000000 USD] do [Org:KfW] cấp đã được giải ngân.');
    expect(run.lines.filter((l) => l.includes('-FUNDED_BY->'))).toEqual([]);
  });
});
