// Places: districts named without "huyện/quận" when the article names their province, district
// names that only fold alike, casing variants of regions, and one-syllable country names that
// open a sentence as the first syllable of a common word.
import { describe, expect, it } from 'vitest';
import { mentionsOf } from './helpers.ts';

interface Case {
  text: string;
  /** Canonical names of Place mentions that must come out. */
  must: string[];
  /** Surfaces that must not be a Place. */
  mustNot?: string[];
}

const cases: Case[] = [
  // the province is named in the article: its districts stand alone
  { text: 'Tỉnh Hà Tĩnh hỗ trợ Cẩm Xuyên và Hương Khê khắc phục hậu quả lũ.', must: ['Cẩm Xuyên', 'Hương Khê'] },
  { text: 'Đoàn công tác về Quảng Nam. Tại Núi Thành, Tiên Phước và Phú Ninh, đoàn tặng 500 suất quà.', must: ['Núi Thành', 'Tiên Phước', 'Phú Ninh'] },
  // …also when the province only appears inside an organisation's name
  { text: 'Chi nhánh Vietcombank Quảng Nam trao quà cho học sinh Núi Thành.', must: ['Núi Thành'] },
  // no province in the article: a district name alone is not trusted
  { text: 'Cẩm Xuyên đã nhận thêm 20 tấn gạo cứu trợ.', must: [], mustNot: ['Cẩm Xuyên'] },
  // a district of another province is not taken
  { text: 'Tỉnh Nghệ An hỗ trợ học sinh ở Núi Thành.', must: [], mustNot: ['Núi Thành'] },
  // names that fold alike are two places
  { text: 'Huyện Phù Ninh (Phú Thọ) và huyện Phú Ninh (Quảng Nam) kết nghĩa.', must: ['Phù Ninh', 'Phú Ninh'] },
  // a town of one province that is a district name in another stands alone
  { text: 'Bình Dương có các thành phố Thuận An, Dĩ An và Tân Uyên.', must: ['Thuận An', 'Dĩ An', 'Tân Uyên'] },
  // casing variant of a region
  { text: 'Chương trình cấp nước cho các tỉnh Tây nguyên được mở rộng.', must: ['Tây Nguyên'] },
  // a one-syllable country opening a sentence as part of a common word
  { text: 'Ý kiến của các chuyên gia rất khác nhau.', must: [], mustNot: ['Ý'] },
  { text: 'Mỹ phẩm nhập khẩu tăng mạnh trong quý I.', must: [], mustNot: ['Mỹ'] },
  // "Vinh danh" (to honour) opening a headline or sentence is not the city of Vinh
  { text: 'Vinh danh 50 doanh nghiệp công nghệ tiêu biểu năm 2023.', must: [], mustNot: ['Vinh'] },
  { text: 'Vinh danh các nhà khoa học trẻ tại Hà Nội.', must: ['Hà Nội'], mustNot: ['Vinh'] },
  { text: 'Lễ trao giải diễn ra tại TP Vinh, tỉnh Nghệ An.', must: ['Vinh', 'Nghệ An'] },
  { text: 'Vinh đón hơn 2 triệu lượt khách trong năm qua.', must: ['Vinh'] },
  { text: 'Năm ngoái em sang Mỹ học tập và làm việc.', must: ['Hoa Kỳ'] },
  { text: 'Theo thống kê: Nga đã mua thêm 2 triệu tấn lúa mì.', must: ['Nga'] },
];

describe('places: districts, folded twins, casing variants', () => {
  it.each(cases)('$text', ({ text, must, mustNot = [] }) => {
    const places = mentionsOf(text).filter((m) => m.type === 'Place');
    const got = places.map((m) => m.name);
    for (const m of must) expect(got).toContain(m);
    for (const m of mustNot) expect(places.map((p) => p.text)).not.toContain(m);
  });
});
