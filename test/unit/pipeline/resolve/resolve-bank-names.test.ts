// A bank's registered name with its short name and stock ticker in brackets is one organisation
// (the ticker is no other company's acronym); "Ngân hàng X Việt Nam" = "X Việt Nam", while a
// provincial branch "X Hà Tĩnh" stays apart.
import { describe, expect, it } from 'vitest';
import { resolve } from '../recognize/helpers.ts';

function orgIds(text: string): string[] {
  const { resolution } = resolve(text);
  return resolution.entities.filter((e) => e.type === 'Organization').map((e) => e.id);
}

describe('resolve: bank names, tickers and branches', () => {
  it('"(Techcombank - mã CK: TCB)" makes one bank, not a second company', () => {
    const ids = orgIds('Ngân hàng Kỹ thương Việt Nam (Techcombank - mã CK: TCB) báo lãi lớn. Sau đó Techcombank tăng vốn.');
    expect(ids).toHaveLength(1);
  });

  it('a ticker that is another body\'s acronym stays the bank\'s', () => {
    // EIB is also the European Investment Bank's acronym in the known-organisation list.
    const { resolution } = resolve('Ngân hàng Xuất nhập khẩu Việt Nam (Eximbank - mã CK: EIB) họp cổ đông.');
    expect(resolution.entities.map((e) => e.name).join('|')).not.toMatch(/châu Âu/u);
    expect(resolution.entities.filter((e) => e.type === 'Organization')).toHaveLength(1);
  });

  it('"(Vinamilk, HoSE: VNM)" too', () => {
    const ids = orgIds('Công ty Cổ phần Sữa Việt Nam (Vinamilk, HoSE: VNM) chia cổ tức. Vinamilk cho biết thêm.');
    expect(ids).toHaveLength(1);
  });

  it('"Ngân hàng Agribank Việt Nam" and "Agribank Việt Nam" are one bank', () => {
    const ids = orgIds('Ngân hàng Agribank Việt Nam tặng 40 căn nhà. Số nhà Agribank Việt Nam xây cho hộ nghèo sẽ tăng.');
    expect(ids).toHaveLength(1);
  });

  it('a provincial branch stays apart from the bank', () => {
    const ids = orgIds('Ngân hàng Agribank Việt Nam và Chi nhánh Agribank Nghệ An cùng khởi công nhà tình nghĩa.');
    expect(ids).toHaveLength(2);
  });
});
