// Resolve: which mentions are one entity (within an article and, by id, across articles).
import { describe, expect, it } from 'vitest';
import { foldKey } from '../../../../src/domain/fold.ts';
import { resolve } from '../recognize/helpers.ts';

interface MergeCase {
  text: string;
  same: Array<[string, string]>;
  different?: Array<[string, string]>;
}

const merges: MergeCase[] = [
  { text: 'Sở TT&TT Đà Nẵng đã họp. Sở Thông tin và Truyền thông TP Đà Nẵng cho biết thêm.', same: [['Sở TT&TT Đà Nẵng', 'Sở Thông tin và Truyền thông TP Đà Nẵng']] },
  { text: 'Sở TT&TT Đà Nẵng và Sở TT&TT Hà Nội ký kết hợp tác.', same: [], different: [['Sở TT&TT Đà Nẵng', 'Sở TT&TT Hà Nội']] },
  { text: 'Bộ Tài chính và Bộ Công Thương cùng tham dự.', same: [], different: [['Bộ Tài chính', 'Bộ Công Thương']] },
  { text: 'Dự án do Ngân hàng Thế giới (WB) tài trợ. Đại diện WB cho biết sẽ tiếp tục.', same: [['Ngân hàng Thế giới', 'WB']] },
  { text: 'World Bank cam kết tài trợ. Ngân hàng Thế giới đánh giá cao dự án.', same: [['World Bank', 'Ngân hàng Thế giới']] },
  { text: 'Tổ chức Future Gov trao giải. Đây là giải thưởng của tổ chức FutureGov.', same: [['Future Gov', 'FutureGov']] },
  { text: 'Đoàn đến TP Đà Nẵng. Tại Đà Nẵng, đoàn thăm khu công nghệ cao.', same: [['TP Đà Nẵng', 'Đà Nẵng']] },
  { text: 'Trường học ở TPHCM tăng. Thành phố Hồ Chí Minh cũng có nhiều trường mới.', same: [['TPHCM', 'Thành phố Hồ Chí Minh']] },
  { text: 'Công ty Tripath ký thỏa thuận. Tripath sẽ cung cấp nền tảng.', same: [['Công ty Tripath', 'Tripath']] },
  { text: 'Tổng cục Du lịch VN đã đề xuất. Tổng cục Du lịch sẽ lập quỹ.', same: [['Tổng cục Du lịch VN', 'Tổng cục Du lịch']] },
  { text: 'Intel Việt Nam cấp chứng chỉ. Intel đầu tư lớn vào chương trình.', same: [], different: [['Intel Việt Nam', 'Intel']] },
  { text: 'Ford Motor tăng sản lượng. Ford cho biết sẽ mở nhà máy.', same: [['Ford Motor', 'Ford']] },
  { text: 'Hiệp hội Nông sản sạch Việt Nam (VCPA) mở hội chợ. VCPA cho biết có 120 gian hàng.', same: [['Hiệp hội Nông sản sạch Việt Nam', 'VCPA']] },
  { text: 'Ngân hàng TMCP Phương Bắc (NorBank) công bố lợi nhuận. NorBank cũng trao học bổng cho sinh viên.', same: [['Ngân hàng TMCP Phương Bắc', 'NorBank']] },
  { text: 'Ông Trần Đăng Khoa phát biểu. Theo ông Khoa, dự án rất quan trọng.', same: [['Trần Đăng Khoa', 'Khoa']] },
  { text: 'Mark Lewis, Giám đốc khu vực, cho biết. Lewis nói thêm về kế hoạch.', same: [['Mark Lewis', 'Lewis']] },
  { text: 'Dự án "Nâng cấp hạ tầng số" hoàn thành năm 2020. Dự án trên được WB tài trợ.', same: [['Dự án "Nâng cấp hạ tầng số"', 'Dự án trên']] },
  { text: 'Tại hội chợ, Tập đoàn Lotte giới thiệu sản phẩm của đối tác Masterfood. Công ty này dự kiến mở thêm 20 siêu thị.', same: [['Tập đoàn Lotte', 'Công ty này']], different: [['Masterfood', 'Công ty này']] },
  { text: 'Korea Telecom Corp (KTF) công bố kế hoạch. Năm nay KTF mở rộng mạng lưới.', same: [['Korea Telecom Corp', 'KTF']] },
  { text: 'Đơn vị nhận giải thưởng "Cơ quan số tiêu biểu". Giải thưởng này do Bộ TT&TT trao.', same: [['giải thưởng "Cơ quan số tiêu biểu"', 'Giải thưởng này']] },
  { text: 'Sở Y tế Hà Nội vừa công bố. Sở đã kiểm tra 20 cơ sở.', same: [['Sở Y tế Hà Nội', 'Sở']] },
  { text: 'Trường ĐH Sư phạm TPHCM và Trường ĐH Sư phạm I Hà Nội hợp tác.', same: [], different: [['Trường ĐH Sư phạm TPHCM', 'Trường ĐH Sư phạm I Hà Nội']] },
  { text: 'Bộ Khoa học và Công nghệ và Bộ Giáo dục và Đào tạo ký kết.', same: [], different: [['Bộ Khoa học và Công nghệ', 'Bộ Giáo dục và Đào tạo']] },
  { text: 'Ông Nguyễn Văn An và ông Nguyễn Văn Bình cùng dự. Ông An cho biết.', same: [['Nguyễn Văn An', 'An']], different: [['Nguyễn Văn An', 'Nguyễn Văn Bình']] },
];

describe('resolve: which mentions are one entity', () => {
  it.each(merges)('$text', ({ text, same, different = [] }) => {
    const { entityOf } = resolve(text);
    for (const [a, b] of same) {
      expect(entityOf(a), a).toBeDefined();
      expect(entityOf(a)).toBe(entityOf(b));
    }
    for (const [a, b] of different) {
      expect(entityOf(a), a).toBeDefined();
      expect(entityOf(b), b).toBeDefined();
      expect(entityOf(a)).not.toBe(entityOf(b));
    }
  });
});

describe('resolve: stable ids and kept names', () => {
  it('gives the same id to the same thing in different articles and spellings', () => {
    const a = resolve('Sở Thông tin và Truyền thông TP Ðà Nẵng nhận giải.').resolution.entities;
    const b = resolve('Sở TT&TT Đà Nẵng tổ chức hội nghị.').resolution.entities;
    expect(a[0]?.id).toBe(b[0]?.id);
    expect(a[0]?.id).toMatch(/^org:/);
  });

  it('uses the alias lexicon for the canonical id', () => {
    const ids = ['Ngân hàng Thế giới hỗ trợ.', 'WB hỗ trợ.', 'World Bank hỗ trợ.'].map((t) => resolve(t).resolution.entities[0]?.id);
    expect(new Set(ids).size).toBe(1);
  });

  it('keeps every surface form as an alias and the fullest as the name', () => {
    const { resolution } = resolve('Sở TT&TT Đà Nẵng họp. Sở Thông tin và Truyền thông TP Đà Nẵng cho biết.');
    const org = resolution.entities.find((e) => e.type === 'Organization')!;
    expect(org.name).toBe('Sở Thông tin và Truyền thông TP Đà Nẵng');
    expect(org.aliases).toContain('Sở TT&TT Đà Nẵng');
    expect(org.nameKey).toBe(foldKey('Sở Thông tin và Truyền thông Đà Nẵng'));
  });

  it('treats tone-mark placement, Ð and NFD as the same name', () => {
    const forms = ['Uỷ ban nhân dân tỉnh Khánh Hoà họp.', 'Ủy ban nhân dân tỉnh Khánh Hòa họp.', 'Ủy ban nhân dân tỉnh Khánh Hòa họp.'.normalize('NFD').normalize('NFC')];
    const ids = forms.map((t) => resolve(t).resolution.entities[0]?.id);
    expect(ids[0]).toBeDefined();
    expect(new Set(ids).size).toBe(1);
    const eth = resolve('Hội nghị ở Ðà Nẵng.').resolution.entities.find((e) => e.type === 'Place');
    expect(eth?.id).toBe('place:da-nang');
  });

  it('drops a back-reference with nothing before it, and says why', () => {
    const { resolution, mentions } = resolve('Dự án trên được khởi công năm 2020.');
    const i = mentions.findIndex((m) => m.text === 'Dự án trên');
    expect(resolution.entityOfMention[i]).toBe(-1);
    expect(resolution.warnings.join(' ')).toMatch(/Dự án trên/);
  });

  it('never produces an entity named by a bare number', () => {
    const { resolution } = resolve('Năm 2011, 498 đề cử từ 16 quốc gia; 1.800 máy tính và 150 máy chủ.');
    for (const e of resolution.entities) expect(e.name).toMatch(/\p{L}/u);
  });
});
