import { describe, expect, it } from 'vitest';
import { checkCase, runRelate, type RelateCase } from './run-relate.ts';

const CASES: RelateCase[] = [
  {
    text: '[Project:Dự án Metro số 2] có tổng vốn đầu tư [money:2,1 tỷ USD=2100000000 USD].',
    want: ['Dự án Metro số 2 -HAS_QUANTITY-> 2100000000 USD'],
  },
  {
    text: 'Trên cơ sở đó, [Place:TP Cần Thơ] đã lắp đặt [count:1.200 camera=1200 camera] và [count:80 máy chủ=80 máy chủ].',
    want: ['TP Cần Thơ -HAS_QUANTITY-> 1200 camera', 'TP Cần Thơ -HAS_QUANTITY-> 80 máy chủ'],
  },
  {
    text: 'Năm nay, [Award:Giải thưởng Sao Khuê] nhận được [count:350 hồ sơ=350 hồ sơ] từ [count:12 tỉnh thành=12 tỉnh thành].',
    want: ['Giải thưởng Sao Khuê -HAS_QUANTITY-> 350 hồ sơ', 'Giải thưởng Sao Khuê -HAS_QUANTITY-> 12 tỉnh thành'],
  },
  {
    text: 'Theo ông [Per:Nguyễn Văn An], có khoảng [count:300 doanh nghiệp=300 doanh nghiệp] tham gia.',
    want: [],
    not: ['Nguyễn Văn An -HAS_QUANTITY-> *'],
  },
  {
    text: 'Có khoảng [count:300 doanh nghiệp=300 doanh nghiệp] tham gia, theo [Org:Hiệp hội Da giày].',
    want: [],
    not: ['Hiệp hội Da giày -HAS_QUANTITY-> *'],
  },
  {
    text: '[Org:Ngân hàng Thế giới] tài trợ cho [Project:dự án Thủy lợi miền Trung] với kinh phí [money:150 triệu USD=150000000 USD].',
    want: ['dự án Thủy lợi miền Trung -HAS_QUANTITY-> 150000000 USD', 'dự án Thủy lợi miền Trung -FUNDED_BY-> Ngân hàng Thế giới'],
    not: ['Ngân hàng Thế giới -HAS_QUANTITY-> *'],
  },
  {
    text: '[Org:Công ty Cổ phần Vinamilk] đạt lợi nhuận [money:9.000 tỷ đồng=9000000000000 VND], tăng [percent:8%=8 %].',
    want: ['Công ty Cổ phần Vinamilk -HAS_QUANTITY-> 9000000000000 VND', 'Công ty Cổ phần Vinamilk -HAS_QUANTITY-> 8 %'],
  },
  {
    text: 'Sau nhiều tháng chuẩn bị kỹ lưỡng cho sự kiện quan trọng này, [Org:Ban tổ chức] đã nhận [count:90 bài dự thi=90 bài dự thi].',
    want: ['Ban tổ chức -HAS_QUANTITY-> 90 bài dự thi'],
  },
  {
    text: 'Doanh thu quý I của [Org:Yahoo] tăng [percent:34%=34 %] trong khi [Org:Google] tăng tới [percent:79%=79 %], đạt [money:2,25 tỷ USD=2250000000 USD].',
    want: ['Yahoo -HAS_QUANTITY-> 34 %', 'Google -HAS_QUANTITY-> 79 %', 'Google -HAS_QUANTITY-> 2250000000 USD'],
    not: ['Yahoo -HAS_QUANTITY-> 79 %'],
  },
  {
    text: 'Dẫn đầu là [Org:Trường Lê Quý Đôn] với [count:120 giải=120 giải], [Org:Trường Nguyễn Huệ] [count:95 giải=95 giải].',
    want: ['Trường Lê Quý Đôn -HAS_QUANTITY-> 120 giải', 'Trường Nguyễn Huệ -HAS_QUANTITY-> 95 giải'],
    not: ['Trường Lê Quý Đôn -HAS_QUANTITY-> 95 giải'],
  },
  {
    text: 'Ông [Per:Lê Minh] cho biết khoảng [count:40 gian hàng=40 gian hàng] đã được đăng ký; [Org:Công ty Vạn Xuân] chưa tham gia.',
    want: [],
    not: ['Công ty Vạn Xuân -HAS_QUANTITY-> *', 'Lê Minh -HAS_QUANTITY-> *'],
  },
  {
    text: '[Award:Giải thưởng Sao Khuê 2023] do [Org:Hiệp hội VINASA] tổ chức đã vinh danh [count:126 sản phẩm=126 sản phẩm].',
    want: ['Giải thưởng Sao Khuê 2023 -HAS_QUANTITY-> 126 sản phẩm'],
    not: ['Hiệp hội VINASA -HAS_QUANTITY-> *'],
  },
  {
    text: 'Bộ trưởng [Org:Bộ Công Thương] [Per:Nguyễn Hồng Diên] cho biết năm nay có [count:150 doanh nghiệp=150 doanh nghiệp] tham gia.',
    want: [],
    not: ['Bộ Công Thương -HAS_QUANTITY-> *'],
  },
  // A sentence that names no owner takes the topic of the sentences just before it.
  {
    text: '[Org:Tập đoàn Hòa Phát], nhà sản xuất thép lớn nhất cả nước, vừa công bố kết quả kinh doanh. Doanh nghiệp đặt mục tiêu tiêu thụ [count:8 triệu tấn=8000000 tấn] thép trong năm nay.',
    want: ['Tập đoàn Hòa Phát -HAS_QUANTITY-> 8000000 tấn'],
  },
  {
    text: 'Khảo sát do [Org:Hiệp hội Doanh nghiệp nhỏ và vừa] thực hiện đã được công bố. Theo đó, [percent:72%=72 %] doanh nghiệp cho rằng thủ tục còn rườm rà.',
    want: ['Hiệp hội Doanh nghiệp nhỏ và vừa -HAS_QUANTITY-> 72 %'],
  },
  {
    text: '[Org:Công ty Cổ phần FPT] công bố kế hoạch năm 2024. Trong khi đó, [Org:Tập đoàn Viettel] đạt doanh thu [money:172.000 tỷ đồng=172000000000000 VND].',
    want: ['Tập đoàn Viettel -HAS_QUANTITY-> 172000000000000 VND'],
    not: ['Công ty Cổ phần FPT -HAS_QUANTITY-> *'],
  },
  {
    text: 'Ông [Per:Trần Văn Bình], Giám đốc [Org:Sở Y tế Nghệ An], cho biết đang chuẩn bị. Năm qua, ngành y tế đã khám cho [count:2 triệu lượt người=2000000 lượt người].',
    want: [],
    not: ['Sở Y tế Nghệ An -HAS_QUANTITY-> *', 'Trần Văn Bình -HAS_QUANTITY-> *'],
  },
  {
    text: '[Org:Ngân hàng Thế giới] vừa công bố báo cáo. Câu chuyện tiếp tục. Thêm một câu nữa. Và một câu khác. Cuối cùng có [count:40 quốc gia=40 quốc gia] tham gia.',
    want: [],
    not: ['Ngân hàng Thế giới -HAS_QUANTITY-> *'],
  },
  // A name inside the subject's apposition ", …," is not who the number belongs to.
  {
    text: '[Org:Tập đoàn Thành Công], đối tác lắp ráp của [Org:Hyundai], dự kiến xuất xưởng [count:120.000 xe=120000 xe] trong năm nay.',
    want: ['Tập đoàn Thành Công -HAS_QUANTITY-> 120000 xe'],
    not: ['Hyundai -HAS_QUANTITY-> *'],
  },
  {
    text: '[Org:Công ty Cổ phần Vinamilk] hợp tác với [Org:Tập đoàn Masan], đơn vị đạt doanh thu [money:5.000 tỷ đồng=5000000000000 VND].',
    want: ['Tập đoàn Masan -HAS_QUANTITY-> 5000000000000 VND'],
  },
  // A sentence led by a bare "Công ty …" gives its numbers to the company just talked about.
  {
    text: '[Org:Hãng Toyota] giới thiệu 12 mẫu xe mới tại triển lãm. Công ty có mục tiêu bán [count:500.000 xe=500000 xe] trong năm tới, trong khi [Org:Honda] chỉ nhắm tới thị trường nội địa.',
    want: ['Hãng Toyota -HAS_QUANTITY-> 500000 xe'],
    not: ['Honda -HAS_QUANTITY-> *'],
  },
  // A paragraph of survey figures keeps the surveyor as its topic from sentence to sentence.
  {
    text: 'Cuộc khảo sát do [Org:Viện Nghiên cứu Quản lý kinh tế Trung ương] thực hiện. Có [percent:61%=61 %] doanh nghiệp gặp khó. Nhiều ý kiến băn khoăn. Thủ tục còn rườm rà. Chỉ [percent:18%=18 %] hài lòng. Số còn lại chưa trả lời. Có [percent:9%=9 %] đánh giá tốt.',
    want: [
      'Viện Nghiên cứu Quản lý kinh tế Trung ương -HAS_QUANTITY-> 61 %',
      'Viện Nghiên cứu Quản lý kinh tế Trung ương -HAS_QUANTITY-> 18 %',
      'Viện Nghiên cứu Quản lý kinh tế Trung ương -HAS_QUANTITY-> 9 %',
    ],
  },
  // A bracket after a name gives its parent; the number belongs to the name before the bracket.
  {
    text: 'Dẫn đầu là [Org:Công ty Điện lực Hà Nội] ([Org:Tập đoàn Điện lực Việt Nam]) với [count:35 sáng kiến=35 sáng kiến], tiếp theo là [Org:Công ty Điện lực Hải Phòng] với [count:20 sáng kiến=20 sáng kiến].',
    want: ['Công ty Điện lực Hà Nội -HAS_QUANTITY-> 35 sáng kiến', 'Công ty Điện lực Hải Phòng -HAS_QUANTITY-> 20 sáng kiến'],
    not: ['Tập đoàn Điện lực Việt Nam -HAS_QUANTITY-> *'],
  },
  {
    text: '[Org:Nhà máy Thủy điện Sơn La] (thuộc [Org:Tập đoàn Điện lực Việt Nam]) đã phát [count:10 tỷ kWh=10000000000 kWh] điện.',
    want: ['Nhà máy Thủy điện Sơn La -HAS_QUANTITY-> 10000000000 kWh'],
    not: ['Tập đoàn Điện lực Việt Nam -HAS_QUANTITY-> *'],
  },
];

describe('relate: quantities (HAS_QUANTITY)', () => {
  it.each(CASES.map((c) => [c.text, c] as const))('%s', (_t, c) => checkCase(c, expect));

  it('warns about a quantity it cannot attach', () => {
    const run = runRelate('Có khoảng [count:300 doanh nghiệp=300 doanh nghiệp] tham gia.');
    expect(run.facts).toEqual([]);
    expect(run.warnings.join('\n')).toMatch(/300 doanh nghiệp/u);
  });
});

describe('relate: one fact per statement', () => {
  it('a fact stated in two sentences is one fact with both sentences as evidence', () => {
    const run = runRelate(
      '[Org:Sở Y tế Huế] vừa nhận [Award:giải thưởng Bệnh viện xanh]. Sau đó, [Org:Sở Y tế Huế] vừa nhận [Award:giải thưởng Bệnh viện xanh].',
    );
    const won = run.facts.filter((f) => f.predicate === 'WON');
    expect(won).toHaveLength(1);
    expect(won[0]?.evidence.map((e) => e.sentence)).toEqual([0, 1]);
    for (const e of won[0]?.evidence ?? []) expect(run.text.slice(e.start, e.end)).toBe(e.quote);
  });

  it('every fact carries the extractor version it was given and a confidence in 0..1', () => {
    const run = runRelate('[Org:Sở Y tế Huế] vừa nhận [Award:giải thưởng Bệnh viện xanh].');
    expect(run.facts.length).toBeGreaterThan(0);
    for (const f of run.facts) {
      expect(f.extractor).toBe('test@1');
      expect(f.confidence).toBeGreaterThan(0);
      expect(f.confidence).toBeLessThanOrEqual(1);
    }
  });
});
