// Whose a number is when its own words say so: recipients of an award, members of an
// organisation, a phrase fronted before the subject, clauses after ";" and the topic.
import { describe, expect, it } from 'vitest';
import { checkCase, type RelateCase } from './run-relate.ts';

const RECIPIENTS: RelateCase[] = [
  {
    text: '[count:35 tập thể=35 tập thể] được tặng [Award:Bằng khen của Bộ Tài chính], [count:12 cá nhân=12 cá nhân] được tặng [Award:Giấy khen của Cục Thuế].',
    want: ['Bằng khen của Bộ Tài chính -HAS_QUANTITY-> 35 tập thể', 'Giấy khen của Cục Thuế -HAS_QUANTITY-> 12 cá nhân'],
    not: ['Bằng khen của Bộ Tài chính -HAS_QUANTITY-> 12 cá nhân'],
  },
  {
    text: 'Năm qua, [count:18 giáo viên=18 giáo viên] và [count:40 học sinh=40 học sinh] đã vinh dự nhận [Award:Giải thưởng Võ Trường Toản].',
    want: ['Giải thưởng Võ Trường Toản -HAS_QUANTITY-> 18 giáo viên', 'Giải thưởng Võ Trường Toản -HAS_QUANTITY-> 40 học sinh'],
  },
  {
    text: '[count:9 đơn vị=9 đơn vị] thuộc [Org:Sở Giáo dục Hà Tĩnh] đã được trao [Award:Cờ thi đua của UBND tỉnh].',
    want: ['Cờ thi đua của UBND tỉnh -HAS_QUANTITY-> 9 đơn vị'],
    not: ['Sở Giáo dục Hà Tĩnh -HAS_QUANTITY-> *'],
  },
  {
    text: 'Trong 5 năm, toàn ngành có [count:3 tập thể=3 tập thể] được tặng thưởng [Award:Huân chương Lao động hạng Ba] và [count:20 cá nhân=20 cá nhân] được tặng [Award:Bằng khen của Thủ tướng].',
    want: ['Huân chương Lao động hạng Ba -HAS_QUANTITY-> 3 tập thể', 'Bằng khen của Thủ tướng -HAS_QUANTITY-> 20 cá nhân'],
    not: ['Huân chương Lao động hạng Ba -HAS_QUANTITY-> 20 cá nhân'],
  },
  // No receiving verb before the award: the count is not its recipients.
  {
    text: '[Org:Công ty Minh Long] có [count:300 nhân viên=300 nhân viên]; năm ngoái công ty được tặng [Award:Bằng khen của UBND tỉnh Bình Dương].',
    want: ['Công ty Minh Long -HAS_QUANTITY-> 300 nhân viên'],
    not: ['Bằng khen của UBND tỉnh Bình Dương -HAS_QUANTITY-> *'],
  },
  {
    text: '[Award:Giải thưởng Sao Khuê] năm nay có [count:200 sản phẩm=200 sản phẩm] tham dự.',
    want: ['Giải thưởng Sao Khuê -HAS_QUANTITY-> 200 sản phẩm'],
  },
];

const MEMBERS: RelateCase[] = [
  {
    text: '[count:4 sản phẩm=4 sản phẩm] của [Org:Tập đoàn FPT] lọt vào vòng chung kết.',
    want: ['Tập đoàn FPT -HAS_QUANTITY-> 4 sản phẩm'],
  },
  {
    text: 'Có [count:7 cán bộ=7 cán bộ] thuộc [Org:Chi cục Thuế quận 3] bị kỷ luật trong đợt kiểm tra.',
    want: ['Chi cục Thuế quận 3 -HAS_QUANTITY-> 7 cán bộ'],
  },
  // A percentage before "của" is a share, not a member count: left to the other clues.
  {
    text: '[Org:Quỹ Mekong] nắm [percent:30%=30 %] vốn của [Org:Công ty Sao Việt].',
    want: ['Quỹ Mekong -HAS_QUANTITY-> 30 %'],
    not: ['Công ty Sao Việt -HAS_QUANTITY-> *'],
  },
];

const FRONTED: RelateCase[] = [
  {
    text: 'Với mạng lưới hơn [count:250 chi nhánh=250 chi nhánh] trải khắp cả nước, [Org:Ngân hàng Nam Việt] đang phục vụ hàng triệu khách hàng.',
    want: ['Ngân hàng Nam Việt -HAS_QUANTITY-> 250 chi nhánh'],
  },
  {
    text: 'Từ số vốn ban đầu chỉ [money:2 tỷ đồng=2000000000 VND] với [count:10 công nhân=10 công nhân], nay đội ngũ của [Org:Công ty Hoa Mai] đã lên tới hàng nghìn người.',
    want: ['Công ty Hoa Mai -HAS_QUANTITY-> 2000000000 VND', 'Công ty Hoa Mai -HAS_QUANTITY-> 10 công nhân'],
  },
  // The name after the comma is an agent ("do …"), not the subject of the main clause.
  {
    text: 'Với [count:30 gian hàng=30 gian hàng] đã đăng ký, hội chợ do [Org:Sở Công Thương Cần Thơ] tổ chức hứa hẹn sôi động.',
    want: [],
    not: ['Sở Công Thương Cần Thơ -HAS_QUANTITY-> *'],
  },
  // No fronted phrase: a number before the only name is not given to it.
  {
    text: 'Có khoảng [count:60 khách mời=60 khách mời] dự buổi lễ, theo [Org:Ban tổ chức Festival Huế].',
    want: [],
    not: ['Ban tổ chức Festival Huế -HAS_QUANTITY-> *'],
  },
];

const CLAUSES: RelateCase[] = [
  {
    text: 'Sau hai mươi năm hoạt động liên tục, quy mô của [Org:Tổng công ty Sông Đà] đã lớn gấp trăm lần, doanh thu đạt [money:8.000 tỷ đồng=8000000000000 VND]; lợi nhuận đạt [money:500 tỷ đồng=500000000000 VND]; nộp ngân sách [money:300 tỷ đồng=300000000000 VND].',
    want: [
      'Tổng công ty Sông Đà -HAS_QUANTITY-> 8000000000000 VND',
      'Tổng công ty Sông Đà -HAS_QUANTITY-> 500000000000 VND',
      'Tổng công ty Sông Đà -HAS_QUANTITY-> 300000000000 VND',
    ],
  },
  // Two organisations in the sentence: a clause after ";" that names neither goes with the
  // sentence's subject, never with the partner named last.
  {
    text: '[Org:Công ty Hòa Bình] ký hợp đồng với [Org:Tập đoàn Sao Mai]; doanh thu năm qua đạt [money:900 tỷ đồng=900000000000 VND].',
    want: ['Công ty Hòa Bình -HAS_QUANTITY-> 900000000000 VND'],
    not: ['Tập đoàn Sao Mai -HAS_QUANTITY-> *'],
  },
  {
    text: 'Theo ông [Per:Lê Văn Tám], [Org:Công ty Hòa Bình] ký hợp đồng với [Org:Tập đoàn Sao Mai] từ lâu; doanh thu năm qua đạt [money:900 tỷ đồng=900000000000 VND].',
    want: [],
    not: ['Tập đoàn Sao Mai -HAS_QUANTITY-> *'],
  },
  // A clause after ";" that names its own owner keeps it.
  {
    text: '[Org:Công ty An Phát] đạt [money:120 tỷ đồng=120000000000 VND]; [Org:Công ty Bình Minh] chỉ đạt [money:40 tỷ đồng=40000000000 VND].',
    want: ['Công ty An Phát -HAS_QUANTITY-> 120000000000 VND', 'Công ty Bình Minh -HAS_QUANTITY-> 40000000000 VND'],
    not: ['Công ty An Phát -HAS_QUANTITY-> 40000000000 VND'],
  },
];

const TOPICS: RelateCase[] = [
  // Names listed after a title ("lời kêu gọi của Thủ tướng ⟨A⟩, Đoàn Chủ tịch ⟨B⟩ và Trung ương ⟨C⟩")
  // are whom the appeal came from: the money given in answer is none of theirs.
  {
    text: 'Hưởng ứng lời kêu gọi của Thủ tướng [Org:Chính phủ], Đoàn Chủ tịch [Org:Ủy ban MTTQ Việt Nam] và Trung ương [Org:Hội Chữ thập đỏ Việt Nam], cán bộ công chức trong tỉnh đã quyên góp [money:90 triệu đồng=90000000 VND].',
    want: [],
    not: ['Chính phủ -HAS_QUANTITY-> *', 'Ủy ban MTTQ Việt Nam -HAS_QUANTITY-> *', 'Hội Chữ thập đỏ Việt Nam -HAS_QUANTITY-> *'],
  },
  {
    text: 'Hưởng ứng lời kêu gọi của Thủ tướng [Org:Chính phủ], cán bộ công chức [Org:Sở Tư pháp Hà Nam] đã quyên góp [money:90 triệu đồng=90000000 VND].',
    want: ['Sở Tư pháp Hà Nam -HAS_QUANTITY-> 90000000 VND'],
    not: ['Chính phủ -HAS_QUANTITY-> *'],
  },
  // A partner after "phối hợp với" neither owns the numbers nor becomes the topic.
  {
    text: '[Org:Cục Hải quan Lạng Sơn] đã kiểm tra nhiều lô hàng. Qua đó phát hiện [count:12 vụ vi phạm=12 vụ vi phạm]; phối hợp với [Org:Công an tỉnh Lạng Sơn] xử lý các vụ việc. Đã tịch thu [count:900 bộ linh kiện=900 bộ linh kiện].',
    want: ['Cục Hải quan Lạng Sơn -HAS_QUANTITY-> 12 vụ vi phạm', 'Cục Hải quan Lạng Sơn -HAS_QUANTITY-> 900 bộ linh kiện'],
    not: ['Công an tỉnh Lạng Sơn -HAS_QUANTITY-> *'],
  },
  // A sentence led by a bare "Giải thưởng …" goes on about the award already spoken of.
  {
    text: '[Award:Giải thưởng Nhân tài Đất Việt] được tổ chức lần thứ 15. Giải thưởng gồm [count:4 hạng mục=4 hạng mục]: [Award:Sản phẩm Công nghệ số], [Award:Khoa học tự nhiên]. Ban tổ chức đã nhận [count:300 hồ sơ=300 hồ sơ].',
    want: ['Giải thưởng Nhân tài Đất Việt -HAS_QUANTITY-> 4 hạng mục', 'Giải thưởng Nhân tài Đất Việt -HAS_QUANTITY-> 300 hồ sơ'],
    not: ['Sản phẩm Công nghệ số -HAS_QUANTITY-> *'],
  },
];

describe('relate: whose a number is, from its own words', () => {
  it.each(RECIPIENTS.map((c) => [c.text, c] as const))('recipients of an award: %s', (_t, c) => checkCase(c, expect));
  it.each(MEMBERS.map((c) => [c.text, c] as const))('members of an organisation: %s', (_t, c) => checkCase(c, expect));
  it.each(FRONTED.map((c) => [c.text, c] as const))('a phrase fronted before the subject: %s', (_t, c) => checkCase(c, expect));
  it.each(CLAUSES.map((c) => [c.text, c] as const))('clauses after ";": %s', (_t, c) => checkCase(c, expect));
  it.each(TOPICS.map((c) => [c.text, c] as const))('the topic carried on: %s', (_t, c) => checkCase(c, expect));
});
