import { describe, expect, it } from 'vitest';
import { checkCase, runRelate, type RelateCase } from './run-relate.ts';

const CASES: RelateCase[] = [
  {
    text: '[Org:Tập đoàn Bưu chính Viễn thông Việt Nam] đã ký kết thỏa thuận hợp tác chiến lược với [Org:Tập đoàn Ericsson] ngày [date:ngày 10/5/2022=2022-05-10].',
    want: ['Tập đoàn Bưu chính Viễn thông Việt Nam -AGREEMENT_WITH-> Tập đoàn Ericsson'],
    q: { 'Tập đoàn Bưu chính Viễn thông Việt Nam -AGREEMENT_WITH-> Tập đoàn Ericsson': { date: '2022-05-10', document: 'thỏa thuận hợp tác chiến lược' } },
  },
  {
    text: '[Org:Bộ Công Thương] và [Org:Bộ Kinh tế Hàn Quốc] sẽ cùng ký kết [Doc:Bản ghi nhớ (MOU)] về hợp tác năng lượng.',
    want: ['Bộ Công Thương -AGREEMENT_WITH-> Bộ Kinh tế Hàn Quốc'],
    q: { 'Bộ Công Thương -AGREEMENT_WITH-> Bộ Kinh tế Hàn Quốc': { document: 'Bản ghi nhớ (MOU)' } },
  },
  {
    text: 'Các văn kiện đã được ký kết, gồm biên bản ghi nhớ giữa [Org:Công ty VNPT-Vinaphone] và [Org:Công ty Nokia]; thỏa thuận giữa [Org:Công ty CMC] và [Org:Tập đoàn Samsung SDS].',
    want: ['Công ty VNPT-Vinaphone -AGREEMENT_WITH-> Công ty Nokia', 'Công ty CMC -AGREEMENT_WITH-> Tập đoàn Samsung SDS'],
    not: ['Công ty Nokia -AGREEMENT_WITH-> Công ty CMC'],
  },
  {
    text: '[Org:Ngân hàng Vietinbank] ký hợp đồng tín dụng với [Org:Tổng công ty Điện lực miền Bắc] trị giá [money:2.000 tỷ đồng=2000000000000 VND].',
    want: ['Ngân hàng Vietinbank -AGREEMENT_WITH-> Tổng công ty Điện lực miền Bắc'],
  },
  {
    text: 'Hai bên [Org:Đại học Bách khoa Hà Nội] và [Org:Tập đoàn Toshiba] đã ký thỏa thuận đào tạo kỹ sư.',
    want: ['Đại học Bách khoa Hà Nội -AGREEMENT_WITH-> Tập đoàn Toshiba'],
  },
  {
    text: '[Org:Công ty Grab] và [Org:Công ty Gojek] đang cạnh tranh quyết liệt trên thị trường.',
    want: [],
    not: ['Công ty Grab -AGREEMENT_WITH-> *'],
  },
  {
    text: 'Quan hệ giữa [Org:Bộ Ngoại giao] và [Org:Bộ Quốc phòng] luôn chặt chẽ.',
    want: [],
    not: ['Bộ Ngoại giao -AGREEMENT_WITH-> *'],
  },
  {
    text: '[Org:Tập đoàn Masan] vừa hoàn tất việc mua lại [Org:Công ty Phúc Long] với giá [money:110 triệu USD=110000000 USD].',
    want: ['Tập đoàn Masan -ACQUIRED-> Công ty Phúc Long'],
    q: { 'Tập đoàn Masan -ACQUIRED-> Công ty Phúc Long': { amount: 110000000, currency: 'USD' } },
  },
  {
    text: '[Org:Công ty Nguyễn Kim] đã bị [Org:Tập đoàn Central Group] thâu tóm.',
    want: ['Tập đoàn Central Group -ACQUIRED-> Công ty Nguyễn Kim'],
    not: ['Công ty Nguyễn Kim -ACQUIRED-> *'],
  },
  {
    text: '[Org:Ngân hàng Phương Tây] được mua lại bởi [Org:Ngân hàng PVcomBank] năm 2013.',
    want: ['Ngân hàng PVcomBank -ACQUIRED-> Ngân hàng Phương Tây'],
    not: ['Ngân hàng Phương Tây -ACQUIRED-> *'],
  },
  {
    text: '[Org:Công ty Mai Linh Express] đã sáp nhập vào [Org:Tập đoàn Mai Linh].',
    want: ['Tập đoàn Mai Linh -ACQUIRED-> Công ty Mai Linh Express'],
    not: ['Công ty Mai Linh Express -ACQUIRED-> *'],
  },
  {
    text: '[Org:Công ty Thế Giới Di Động] mua [count:500 máy tính=500 máy tính] của [Org:Công ty Dell].',
    want: [],
    not: ['Công ty Thế Giới Di Động -ACQUIRED-> *'],
  },
  {
    text: '[Org:Tập đoàn Hòa Phát] ủng hộ [money:20 tỷ đồng=20000000000 VND] cho [Place:tỉnh Quảng Bình] khắc phục hậu quả lũ lụt.',
    want: ['Tập đoàn Hòa Phát -DONATED_TO-> tỉnh Quảng Bình'],
    q: { 'Tập đoàn Hòa Phát -DONATED_TO-> tỉnh Quảng Bình': { amount: 20000000000, currency: 'VND' } },
  },
  {
    text: '[Org:Ngân hàng SeABank] và [Org:Quỹ Ươm mầm] trao tặng [count:30 suất học bổng=30 suất học bổng] cho [Org:Trường Tiểu học Kim Đồng].',
    want: ['Ngân hàng SeABank -DONATED_TO-> Trường Tiểu học Kim Đồng', 'Quỹ Ươm mầm -DONATED_TO-> Trường Tiểu học Kim Đồng'],
  },
  {
    text: '[Org:Công ty Samsung Vina] trao tặng [Org:Trường THPT Chu Văn An] [count:50 máy tính bảng=50 máy tính bảng].',
    want: ['Công ty Samsung Vina -DONATED_TO-> Trường THPT Chu Văn An'],
  },
  {
    text: '[Org:Trường Mầm non Hoa Sen] vừa được [Org:Công ty Vinamilk] tặng [count:2.000 hộp sữa=2000 hộp sữa].',
    want: ['Công ty Vinamilk -DONATED_TO-> Trường Mầm non Hoa Sen'],
  },
  {
    text: '[Org:Hội Chữ thập đỏ Việt Nam] cảm ơn [Org:Công ty Unilever] đã ủng hộ chương trình.',
    want: [],
    not: ['Công ty Unilever -DONATED_TO-> *'],
  },
  {
    text: '[Org:Công ty Acecook] được [Org:Bộ Công Thương] trao tặng [Award:Bằng khen] vì thành tích xuất khẩu.',
    want: ['Công ty Acecook -WON-> Bằng khen', 'Bằng khen -AWARDED_BY-> Bộ Công Thương'],
    not: ['Bộ Công Thương -DONATED_TO-> *'],
  },
  {
    text: '[Org:Mỹ] tuyên bố ủng hộ [Org:Liên Hợp Quốc] trong vấn đề khí hậu.',
    want: [],
    not: ['Mỹ -DONATED_TO-> *'],
  },
  {
    text: '[Org:Bộ Tài chính] và [Org:Bộ Kế hoạch và Đầu tư] đã trao đổi về dự toán ngân sách năm tới.',
    want: [],
    not: ['Bộ Tài chính -AGREEMENT_WITH-> *'],
  },
  {
    text: '[Org:Tập đoàn SK] đã chi [money:1 tỷ USD=1000000000 USD] để mua lại [Org:Công ty Vingroup Retail].',
    want: ['Tập đoàn SK -ACQUIRED-> Công ty Vingroup Retail'],
    q: { 'Tập đoàn SK -ACQUIRED-> Công ty Vingroup Retail': { amount: 1000000000, currency: 'USD' } },
  },
  {
    text: 'Thỏa thuận được ký giữa đại diện [Org:Bộ Y tế] và [Org:Tổ chức Y tế Thế giới (WHO)].',
    want: ['Bộ Y tế -AGREEMENT_WITH-> Tổ chức Y tế Thế giới (WHO)'],
  },
  {
    text: '[Org:Tập đoàn Masan] đã hoàn tất mua [percent:65%=65 %] cổ phần của [Org:Công ty Phúc Long Heritage] với giá [money:110 triệu USD=110000000 USD].',
    want: ['Tập đoàn Masan -ACQUIRED-> Công ty Phúc Long Heritage'],
    q: { 'Tập đoàn Masan -ACQUIRED-> Công ty Phúc Long Heritage': { amount: 110000000, currency: 'USD' } },
    not: ['Công ty Phúc Long Heritage -HAS_QUANTITY-> 110000000 USD'],
  },
  {
    text: 'Bộ trưởng [Org:Bộ Công Thương] và [Org:Đại sứ quán Nhật Bản] đã chứng kiến lễ ký kết giữa các doanh nghiệp.',
    want: [],
    not: ['Bộ Công Thương -AGREEMENT_WITH-> *'],
  },
  {
    text: '[Org:Bệnh viện Bạch Mai] vừa tiếp nhận [count:50 máy thở=50 máy thở] do [Org:Tập đoàn Vingroup] trao tặng.',
    want: ['Tập đoàn Vingroup -DONATED_TO-> Bệnh viện Bạch Mai'],
    not: ['Bệnh viện Bạch Mai -DONATED_TO-> *'],
  },
  {
    text: 'Sau nhiều tháng đàm phán, [Org:Công ty Điện Quang] đã chính thức về tay [Org:Tập đoàn Hà Đô].',
    want: ['Tập đoàn Hà Đô -ACQUIRED-> Công ty Điện Quang'],
    not: ['Công ty Điện Quang -ACQUIRED-> *'],
  },
  {
    text: '[Org:Công ty Điện lực Quảng Ngãi] trao [money:100 triệu đồng=100000000 VND] hỗ trợ [Place:xã Trà Bồng].',
    want: ['Công ty Điện lực Quảng Ngãi -DONATED_TO-> xã Trà Bồng'],
  },
  {
    text: '[Org:Công ty Lan Chi] đã bị thâu tóm bởi [Org:Tập đoàn Nam Hải].',
    want: ['Tập đoàn Nam Hải -ACQUIRED-> Công ty Lan Chi'],
    not: ['Công ty Lan Chi -ACQUIRED-> *'],
  },
  {
    text: '[Org:Trường Tiểu học Hòa Bình] được trao tặng [Org:Thư viện Xanh] cùng [count:500 cuốn sách=500 cuốn sách].',
    want: [],
    not: ['Trường Tiểu học Hòa Bình -DONATED_TO-> *'],
  },
  {
    text: '[Org:Tập đoàn Hòa Phát] đã trao [money:30 tỷ đồng=30000000000 VND] ủng hộ đồng bào các tỉnh [Place:miền Trung] khắc phục hậu quả bão lũ.',
    want: ['Tập đoàn Hòa Phát -DONATED_TO-> miền Trung'],
    q: { 'Tập đoàn Hòa Phát -DONATED_TO-> miền Trung': { amount: 30000000000, currency: 'VND' } },
    not: ['Tập đoàn Hòa Phát -HAS_QUANTITY-> *'],
  },
  {
    text: '[Org:Quỹ Bảo trợ trẻ em tỉnh Quảng Trị] cũng vừa tiếp nhận [count:2.000 suất quà=2000 suất quà] do [Org:Công ty Vinamilk] trao tặng.',
    want: ['Công ty Vinamilk -DONATED_TO-> Quỹ Bảo trợ trẻ em tỉnh Quảng Trị'],
  },
];

describe('relate: deals (AGREEMENT_WITH, ACQUIRED, DONATED_TO)', () => {
  it.each(CASES.map((c) => [c.text, c] as const))('%s', (_t, c) => checkCase(c, expect));
});

describe('relate: doubts are said in warnings', () => {
  it('a gift verb with no amount or count states no donation and says why', () => {
    const run = runRelate('[Org:Hội Chữ thập đỏ] cảm ơn [Org:Công ty Unilever] đã ủng hộ [Org:Quỹ Vì người nghèo].');
    expect(run.lines.filter((l) => l.includes('DONATED_TO'))).toEqual([]);
    expect(run.warnings.join('\n')).toMatch(/DONATED_TO skipped.*Công ty Unilever đã ủng hộ Quỹ Vì người nghèo/u);
  });
  it('"tại" after a product-like organisation places no organisation', () => {
    const run = runRelate('[Org:Ford] dự định sản xuất xe [Org:Focus] tại [Place:Trung Quốc].');
    expect(run.lines).toEqual([]);
    expect(run.warnings.join('\n')).toMatch(/LOCATED_IN skipped/u);
  });
});
