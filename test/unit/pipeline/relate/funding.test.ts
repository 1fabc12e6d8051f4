import { describe, expect, it } from 'vitest';
import { checkCase, type RelateCase } from './run-relate.ts';

const CASES: RelateCase[] = [
  {
    text: '[Project:Dự án Cấp nước sạch nông thôn] được tài trợ bởi [Org:Ngân hàng Phát triển châu Á] với tổng vốn [money:120 triệu USD=120000000 USD].',
    want: ['Dự án Cấp nước sạch nông thôn -FUNDED_BY-> Ngân hàng Phát triển châu Á', 'Dự án Cấp nước sạch nông thôn -HAS_QUANTITY-> 120000000 USD'],
    q: { 'Dự án Cấp nước sạch nông thôn -FUNDED_BY-> Ngân hàng Phát triển châu Á': { amount: 120000000, currency: 'USD' } },
  },
  {
    text: '[Project:Chương trình Y tế dự phòng] do [Org:Cơ quan Hợp tác Quốc tế Nhật Bản (JICA)] tài trợ đã kết thúc.',
    want: ['Chương trình Y tế dự phòng -FUNDED_BY-> Cơ quan Hợp tác Quốc tế Nhật Bản (JICA)'],
  },
  {
    text: '[Org:Ngân hàng Thế giới] sẽ cho vay [money:300 triệu USD=300000000 USD] cho [Project:dự án Phát triển đô thị Cần Thơ].',
    want: ['dự án Phát triển đô thị Cần Thơ -FUNDED_BY-> Ngân hàng Thế giới'],
    q: { 'dự án Phát triển đô thị Cần Thơ -FUNDED_BY-> Ngân hàng Thế giới': { amount: 300000000, currency: 'USD' } },
    not: ['Ngân hàng Thế giới -FUNDED_BY-> *'],
  },
  {
    text: '[Org:Cơ quan Phát triển Quốc tế Hoa Kỳ (USAID)] viện trợ không hoàn lại [money:5 triệu USD=5000000 USD] cho [Org:Bộ Y tế] để phòng chống dịch.',
    want: ['Bộ Y tế -FUNDED_BY-> Cơ quan Phát triển Quốc tế Hoa Kỳ (USAID)'],
    not: ['Cơ quan Phát triển Quốc tế Hoa Kỳ (USAID) -FUNDED_BY-> *'],
  },
  {
    text: '[Project:Chương trình cải cách thủ tục hành chính] được thực hiện trong năm 2018 với sự hỗ trợ của [Org:UNDP].',
    want: ['Chương trình cải cách thủ tục hành chính -FUNDED_BY-> UNDP'],
    q: { 'Chương trình cải cách thủ tục hành chính -FUNDED_BY-> UNDP': { year: 2018 } },
  },
  {
    text: '[Project:Dự án Đường sắt đô thị số 1] sử dụng vốn vay ODA của [Org:JICA] và vốn đối ứng trong nước.',
    want: ['Dự án Đường sắt đô thị số 1 -FUNDED_BY-> JICA'],
  },
  {
    text: '[Project:Dự án trên=>Hiện đại hóa hải quan] được tài trợ bởi [Org:Ngân hàng Thế giới] thông qua [Project:tiểu dự án Thông quan điện tử].',
    want: [
      'Hiện đại hóa hải quan -FUNDED_BY-> Ngân hàng Thế giới',
      'tiểu dự án Thông quan điện tử -PART_OF-> Hiện đại hóa hải quan',
    ],
    q: { 'Hiện đại hóa hải quan -FUNDED_BY-> Ngân hàng Thế giới': { via: 'project:tieu-du-an-thong-quan-dien-tu' } },
  },
  {
    text: '[Org:Đại sứ quán Australia] tài trợ dự án [Project:Nâng cao năng lực nhà báo trẻ] tại [Place:Hà Nội].',
    want: ['Nâng cao năng lực nhà báo trẻ -FUNDED_BY-> Đại sứ quán Australia'],
  },
  {
    text: '[Org:Đài Truyền hình Việt Nam] và nhà tài trợ [Org:Công ty Honda Việt Nam] khởi động [Project:chương trình Tiếp sức đến trường].',
    want: ['chương trình Tiếp sức đến trường -FUNDED_BY-> Công ty Honda Việt Nam'],
    not: ['chương trình Tiếp sức đến trường -FUNDED_BY-> Đài Truyền hình Việt Nam'],
  },
  {
    text: '[Org:Quỹ Bill & Melinda Gates] cam kết tài trợ [money:10 triệu USD=10000000 USD] cho [Project:chương trình tiêm chủng mở rộng].',
    want: ['chương trình tiêm chủng mở rộng -FUNDED_BY-> Quỹ Bill & Melinda Gates'],
  },
  {
    text: '[Org:Hàn Quốc] nằm trong nhóm đối tác lớn, [Org:KOICA] đang chuẩn bị nhiều chương trình mới.',
    want: [],
    not: ['KOICA -FUNDED_BY-> *', 'Hàn Quốc -FUNDED_BY-> *'],
  },
  {
    text: 'Ông [Per:Trần Văn Nam] cho biết [Org:Ngân hàng Thế giới] đánh giá cao [Project:dự án Giảm nghèo Tây Nguyên].',
    want: [],
    not: ['dự án Giảm nghèo Tây Nguyên -FUNDED_BY-> *'],
  },
  {
    text: '[Event:Hội thảo Chuyển đổi số ngành y tế] được tài trợ bởi [Org:Tập đoàn Intel] và [Org:Công ty Microsoft Việt Nam].',
    want: ['Hội thảo Chuyển đổi số ngành y tế -FUNDED_BY-> Tập đoàn Intel', 'Hội thảo Chuyển đổi số ngành y tế -FUNDED_BY-> Công ty Microsoft Việt Nam'],
  },
  {
    text: '[Project:Dự án Bệnh viện đa khoa tỉnh] do [Org:Chính phủ Italy] và [Org:Ngân hàng Đầu tư châu Âu] đồng tài trợ với tổng mức đầu tư [money:45 triệu EUR=45000000 EUR].',
    want: [
      'Dự án Bệnh viện đa khoa tỉnh -FUNDED_BY-> Chính phủ Italy',
      'Dự án Bệnh viện đa khoa tỉnh -FUNDED_BY-> Ngân hàng Đầu tư châu Âu',
      'Dự án Bệnh viện đa khoa tỉnh -HAS_QUANTITY-> 45000000 EUR',
    ],
  },
  {
    text: 'Nhờ sự tài trợ của [Org:Quỹ Toàn cầu], [Project:chương trình phòng chống sốt rét] đã mở rộng ra 20 tỉnh.',
    want: [],
    not: ['Quỹ Toàn cầu -FUNDED_BY-> *'],
  },
  {
    text: '[Org:Ngân hàng Phát triển châu Á (ADB)] vừa phê duyệt khoản vay [money:200 triệu USD=200000000 USD] cho [Project:Dự án đường cao tốc Bắc - Nam].',
    want: [],
    not: ['Ngân hàng Phát triển châu Á (ADB) -DONATED_TO-> *'],
  },
  {
    text: '[Project:Tiểu dự án Quảng Nam] thuộc [Project:dự án Phát triển du lịch bền vững] do [Org:ADB] tài trợ.',
    want: ['Tiểu dự án Quảng Nam -PART_OF-> dự án Phát triển du lịch bền vững', 'dự án Phát triển du lịch bền vững -FUNDED_BY-> ADB'],
  },
  {
    text: '[Org:Sở Y tế Hà Nội] được [Org:Ngân hàng Thế giới] tài trợ [money:2 triệu USD=2000000 USD] để nâng cấp trạm y tế.',
    want: ['Sở Y tế Hà Nội -FUNDED_BY-> Ngân hàng Thế giới'],
    q: { 'Sở Y tế Hà Nội -FUNDED_BY-> Ngân hàng Thế giới': { amount: 2000000, currency: 'USD' } },
    not: ['Ngân hàng Thế giới -FUNDED_BY-> *'],
  },
  {
    text: '[Org:Bệnh viện Đa khoa Quảng Trị] vừa nhận khoản viện trợ [money:1,5 triệu USD=1500000 USD] từ [Org:KOICA].',
    want: ['Bệnh viện Đa khoa Quảng Trị -FUNDED_BY-> KOICA'],
  },
  {
    text: '[Org:Tập đoàn Samsung] là nhà tài trợ chính của [Event:Giải chạy Vì trẻ em].',
    want: ['Giải chạy Vì trẻ em -FUNDED_BY-> Tập đoàn Samsung'],
  },
  {
    text: '[Org:Công ty ABC] nhận được sự hỗ trợ nhiệt tình từ [Org:Hội Doanh nhân trẻ].',
    want: [],
    not: ['Công ty ABC -FUNDED_BY-> *'],
  },
  {
    text: 'Tại [Place:Hà Nội], [Org:Bộ Tài chính] và [Org:Cơ quan Hợp tác Quốc tế Nhật Bản (JICA)] đã ký hiệp định vay cho dự án [Project:Cải tạo kênh Nhiêu Lộc] trị giá [money:300 triệu USD=300000000 USD].',
    want: ['Cải tạo kênh Nhiêu Lộc -FUNDED_BY-> Cơ quan Hợp tác Quốc tế Nhật Bản (JICA)', 'Bộ Tài chính -AGREEMENT_WITH-> Cơ quan Hợp tác Quốc tế Nhật Bản (JICA)'],
    not: ['Cải tạo kênh Nhiêu Lộc -FUNDED_BY-> Bộ Tài chính'],
  },
  {
    text: '[Org:Quỹ Toàn cầu] viện trợ [money:50 triệu USD=50000000 USD] cho [Place:Việt Nam] để phòng chống HIV.',
    want: ['Quỹ Toàn cầu -DONATED_TO-> Việt Nam'],
    q: { 'Quỹ Toàn cầu -DONATED_TO-> Việt Nam': { amount: 50000000, currency: 'USD' } },
  },
  {
    text: '[Org:Mỹ] tiếp tục hỗ trợ [Place:Việt Nam] trong lĩnh vực giáo dục.',
    want: [],
    not: ['Mỹ -DONATED_TO-> *', 'Việt Nam -FUNDED_BY-> *'],
  },
  {
    text: '[Org:Ngân hàng Thế giới] vừa phê duyệt khoản tín dụng [money:200 triệu USD=200000000 USD] cho [Project:Dự án Hiện đại hóa ngành thủy lợi].',
    want: ['Dự án Hiện đại hóa ngành thủy lợi -FUNDED_BY-> Ngân hàng Thế giới'],
    q: { 'Dự án Hiện đại hóa ngành thủy lợi -FUNDED_BY-> Ngân hàng Thế giới': { amount: 200000000, currency: 'USD' } },
  },
  {
    text: '[Org:Bộ Tài chính] đề xuất bố trí khoản vay [money:50 triệu USD=50000000 USD] cho [Project:dự án đường vành đai 4].',
    want: [],
    not: ['dự án đường vành đai 4 -FUNDED_BY-> Bộ Tài chính'],
  },
  {
    text: '[Org:Quỹ đầu tư Mekong Capital] vừa rót [money:10 triệu USD=10000000 USD] vào [Org:Công ty Thế Giới Di Động].',
    want: ['Công ty Thế Giới Di Động -FUNDED_BY-> Quỹ đầu tư Mekong Capital'],
  },
  {
    text: '[Org:Tập đoàn Samsung] tiếp tục đầu tư vào [Place:Việt Nam].',
    want: [],
    not: ['Việt Nam -FUNDED_BY-> *'],
  },
  {
    text: '[Org:Intel] sẽ chi [money:1 tỷ USD=1000000000 USD] trong 5 năm cho chương trình [Project:Thế giới phía trước].',
    want: ['Thế giới phía trước -FUNDED_BY-> Intel'],
    q: { 'Thế giới phía trước -FUNDED_BY-> Intel': { amount: 1000000000, currency: 'USD' } },
  },
];

describe('relate: funding (FUNDED_BY with amount, currency, via)', () => {
  it.each(CASES.map((c) => [c.text, c] as const))('%s', (_t, c) => checkCase(c, expect));
});
