// Foreign names: a Japanese family name in capitals before the given name ("ông TANAKA Hiroshi"),
// Korean given names joined by a hyphen ("Park Ji-sung"), and foreign banks listed with commas
// (each one an Organization, none glued to the one before as a person's name).
import { describe, expect, it } from 'vitest';
import { labels, mentionsOf } from './helpers.ts';

interface Case {
  text: string;
  must: string[];
  mustNot?: string[];
}

const cases: Case[] = [
  { text: 'Ông TANAKA Hiroshi, Trưởng đại diện văn phòng, phát biểu khai mạc.', must: ['Person:TANAKA Hiroshi'], mustNot: ['Organization:TANAKA Hiroshi'] },
  { text: 'Phát biểu tại buổi lễ, bà SUZUKI Keiko cảm ơn các đối tác.', must: ['Person:SUZUKI Keiko'] },
  { text: 'Đại sứ YAMADA Takio trao quà cho học sinh vùng cao.', must: ['Person:YAMADA Takio'] },
  { text: 'Ông Park Ji-sung đến thăm trường vào tuần trước.', must: ['Person:Park Ji-sung'], mustNot: ['Person:Park Ji'] },
  { text: 'Theo bà Choi Min-Jeong, dự án sẽ xong trong năm nay.', must: ['Person:Choi Min-Jeong'], mustNot: ['Organization:Jeong'] },
  // the hyphen of a Vietnamese place name stays the place's
  { text: 'Ông Lê Văn Tám về công tác tại tỉnh Bà Rịa-Vũng Tàu.', must: ['Person:Lê Văn Tám'] },
  // a list of foreign banks: each an Organization
  { text: 'Khách hàng gồm các ngân hàng lớn như Credit Suisse, Wells Fargo, Deutsche Bank và Citibank.', must: ['Organization:Wells Fargo', 'Organization:Deutsche Bank'], mustNot: ['Person:Wells Fargo', 'Person:Deutsche Bank'] },
  { text: 'Tham gia có Goldman Sachs, Morgan Stanley, Standard Chartered.', must: ['Organization:Morgan Stanley'], mustNot: ['Person:Morgan Stanley', 'Person:Standard Chartered'] },
  // a product word beside an acronym is the maker's name
  { text: 'Liên doanh với tập đoàn của Pháp PSA Peugeot Citroen được công bố hôm qua.', must: ['Organization:PSA Peugeot Citroen'] },
  // an acronym that is an organisation before a person's name stays an organisation
  { text: 'Giám đốc VNPT Nguyễn Văn Bình ký biên bản.', must: ['Organization:VNPT', 'Person:Nguyễn Văn Bình'] },
];

describe('foreign persons and listed foreign banks', () => {
  it.each(cases)('$text', ({ text, must, mustNot = [] }) => {
    const found = labels(mentionsOf(text));
    for (const m of must) expect(found).toContain(m);
    for (const m of mustNot) expect(found).not.toContain(m);
  });
});
