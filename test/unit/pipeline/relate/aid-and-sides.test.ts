// Aid, donations and signings stated across sentences or with the giver in a "của" phrase:
// "hai bên ký …" after a meeting of two bodies, "Khoản viện trợ này sẽ tài trợ cho ⟨P⟩",
// "trao số tiền … của ⟨X⟩ đến ⟨Y⟩", a unit with its parent giving "… giúp đồng bào ⟨R⟩",
// a second, different amount for one donation, "ông ⟨A⟩, Tổng giám đốc công ty".
import { describe, expect, it } from 'vitest';
import { checkCase, type RelateCase } from './run-relate.ts';

const SIDES: RelateCase[] = [
  {
    text: 'Ngày 5/3, ông [Per:Paul Smith], Bộ trưởng [Org:Bộ Nông nghiệp Úc] đã họp trực tuyến với ông [Per:Lê Quốc Doanh], Thứ trưởng [Org:Bộ NN&PTNT]. Tại cuộc họp, hai bên đã thống nhất và ký kết biên bản ghi nhớ về nông nghiệp công nghệ cao.',
    want: ['Bộ Nông nghiệp Úc -AGREEMENT_WITH-> Bộ NN&PTNT'],
  },
  // Three bodies before: which two sign is not said.
  {
    text: 'Đại diện [Org:Tập đoàn Hòa Phát], [Org:Ngân hàng Vietcombank] và [Org:UBND tỉnh Quảng Ngãi] dự buổi làm việc. Sau đó hai bên đã ký kết thỏa thuận.',
    want: [],
    not: ['Tập đoàn Hòa Phát -AGREEMENT_WITH-> *', 'Ngân hàng Vietcombank -AGREEMENT_WITH-> *'],
  },
  // No signing: "hai bên" only talked.
  {
    text: 'Ông [Per:An] đại diện [Org:Công ty Đông Á] gặp ông [Per:Bình] của [Org:Công ty Tây Bắc]. Hai bên đã trao đổi về kế hoạch năm tới.',
    want: [],
    not: ['Công ty Đông Á -AGREEMENT_WITH-> *'],
  },
];

const GRANTS: RelateCase[] = [
  {
    text: 'Ngày 10/6, [Org:Cơ quan Hợp tác Quốc tế Hàn Quốc] và [Org:Bộ Y tế] đã ký hiệp định viện trợ không hoàn lại [money:3 triệu USD=3000000 USD]. Khoản viện trợ này sẽ được dùng để hỗ trợ cho [Project:Dự án Bệnh viện vệ tinh Quảng Trị].',
    want: ['Dự án Bệnh viện vệ tinh Quảng Trị -FUNDED_BY-> Cơ quan Hợp tác Quốc tế Hàn Quốc'],
    not: ['Dự án Bệnh viện vệ tinh Quảng Trị -FUNDED_BY-> Bộ Y tế'],
  },
  // No donor named before: nothing to refer to.
  {
    text: '[Org:Công ty Phú Gia] và [Org:UBND huyện Lạc Dương] đã ký hợp đồng. Khoản tài trợ này sẽ dành cho [Project:Chương trình Nước sạch vùng cao].',
    want: [],
    not: ['Chương trình Nước sạch vùng cao -FUNDED_BY-> *'],
  },
];

const GIFTS: RelateCase[] = [
  {
    text: 'Thay mặt đơn vị, ông [Per:Vũ Văn Hà] đã trao số tiền ủng hộ [money:200 triệu đồng=200000000 VND] của [Org:Công ty Điện lực Thái Bình] đến [Org:Ủy ban MTTQ tỉnh Thái Bình].',
    want: ['Công ty Điện lực Thái Bình -DONATED_TO-> Ủy ban MTTQ tỉnh Thái Bình'],
    q: { 'Công ty Điện lực Thái Bình -DONATED_TO-> Ủy ban MTTQ tỉnh Thái Bình': { amount: 200_000_000, currency: 'VND' } },
  },
  {
    text: 'Đại sứ đã trao gói hỗ trợ [money:500.000 USD=500000 USD] của [Org:Chính phủ Nhật Bản] cho đại diện [Org:Bộ Lao động – Thương binh và Xã hội].',
    want: ['Chính phủ Nhật Bản -DONATED_TO-> Bộ Lao động – Thương binh và Xã hội'],
  },
  {
    text: '[Org:Ban Nữ công] [Org:Cục Thuế Nghệ An] đã phát động, quyên góp [money:80 triệu đồng=80000000 VND] để mua sách vở giúp học sinh [Place:huyện Kỳ Sơn].',
    want: ['Ban Nữ công -DONATED_TO-> huyện Kỳ Sơn'],
    not: ['Cục Thuế Nghệ An -DONATED_TO-> *'],
  },
  // A second sentence sums the gifts up with another figure: the sum is the giver's own number.
  {
    text: '[Org:Ngân hàng Bắc Á] đã ủng hộ đồng bào [Place:miền Trung] [money:300 triệu đồng=300000000 VND]. Như vậy, tổng số tiền [Org:Ngân hàng Bắc Á] ủng hộ đồng bào [Place:miền Trung] là [money:450 triệu đồng=450000000 VND].',
    want: ['Ngân hàng Bắc Á -DONATED_TO-> miền Trung', 'Ngân hàng Bắc Á -HAS_QUANTITY-> 450000000 VND'],
    not: ['Ngân hàng Bắc Á -HAS_QUANTITY-> 300000000 VND'],
  },
];

GIFTS.push({
  // The giver is "các doanh nghiệp của ông X", not X himself.
  text: 'Các doanh nghiệp của ông [Per:Phạm Nhật Minh] đã ủng hộ [money:20 tỷ đồng=20000000000 VND] cho [Org:Quỹ Vì người nghèo tỉnh Hà Giang].',
  want: [],
  not: ['Phạm Nhật Minh -DONATED_TO-> *'],
});

const BARE_HEAD_TITLES: RelateCase[] = [
  {
    text: 'Nhìn lại 15 năm phát triển của [Org:Công ty Cổ phần Thế Giới Số], ông [Per:Đoàn Hồng Việt], Tổng giám đốc công ty cho biết doanh thu đã tăng gấp mười.',
    want: ['Đoàn Hồng Việt -HOLDS_POSITION-> Công ty Cổ phần Thế Giới Số'],
    q: { 'Đoàn Hồng Việt -HOLDS_POSITION-> Công ty Cổ phần Thế Giới Số': { role: 'Tổng giám đốc' } },
  },
  // The company after the title is named: the rule for named organisations applies, not this one.
  {
    text: 'Theo [Org:Hiệp hội Bán lẻ], ông [Per:Trần Minh], Giám đốc công ty [Org:Sao Kim], cho biết sức mua đã giảm.',
    want: ['Trần Minh -HOLDS_POSITION-> Sao Kim'],
    not: ['Trần Minh -HOLDS_POSITION-> Hiệp hội Bán lẻ'],
  },
];

describe('relate: aid, gifts and signings across sentences', () => {
  it.each(SIDES.map((c) => [c.text, c] as const))('the two sides sign: %s', (_t, c) => checkCase(c, expect));
  it.each(GRANTS.map((c) => [c.text, c] as const))('the grant just spoken of: %s', (_t, c) => checkCase(c, expect));
  it.each(GIFTS.map((c) => [c.text, c] as const))('gifts: %s', (_t, c) => checkCase(c, expect));
  it.each(BARE_HEAD_TITLES.map((c) => [c.text, c] as const))('a title with a bare "công ty": %s', (_t, c) => checkCase(c, expect));
});
