// One plural prefix for a list of places: "các xã A, B và C", "ba huyện A, B, C". Each listed
// name is a Place; the list ends at anything that is not such a name. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { labels, mentionsOf } from './helpers.ts';

interface Case {
  text: string;
  must: string[];
  mustNot?: string[];
}

const cases: Case[] = [
  { text: 'Đoàn đã đến các xã Tân Lập, Hòa Bình, Phú Mỹ và Đông Hưng để khảo sát.', must: ['Place:Hòa Bình', 'Place:Phú Mỹ', 'Place:Đông Hưng'] },
  { text: 'Mưa lớn gây ngập tại ba phường Thạch Thang, Hải Châu và Phước Ninh.', must: ['Place:Hải Châu', 'Place:Phước Ninh'] },
  { text: 'Dự án đi qua 4 huyện Cam Lâm, Diên Khánh, Khánh Vĩnh, Khánh Sơn của tỉnh.', must: ['Place:Diên Khánh', 'Place:Khánh Vĩnh', 'Place:Khánh Sơn'] },
  { text: 'Những thị trấn Ái Nghĩa, Nam Phước và Hà Lam đều có chợ lớn.', must: ['Place:Nam Phước', 'Place:Hà Lam'] },
  // the list ends at a person, an organisation or a lowercase word
  { text: 'Lãnh đạo các xã Phú Hòa, Nguyễn Văn Tùng cho biết, đã nhận đủ gạo.', must: ['Person:Nguyễn Văn Tùng'], mustNot: ['Place:Nguyễn Văn Tùng'] },
  { text: 'Đại diện các tỉnh Quảng Trị, Sở Y tế và bệnh viện cùng dự.', must: ['Organization:Sở Y tế'], mustNot: ['Place:Sở Y tế', 'Place:Sở'] },
  // a single prefixed name, or no plural before the prefix: nothing listed
  { text: 'Ông làm việc ở xã Tân Lập, Hòa Bình là quê vợ ông.', must: [], mustNot: ['Place:Tân Lập, Hòa Bình'] },
  { text: 'Nhóm khảo sát xã Tân Lập, Phú Mỹ và Đông Hưng trong tuần.', must: [], mustNot: ['Place:Đông Hưng'] },
];

describe('places listed after one plural prefix', () => {
  it.each(cases)('$text', ({ text, must, mustNot = [] }) => {
    const found = labels(mentionsOf(text));
    for (const m of must) expect(found).toContain(m);
    for (const m of mustNot) expect(found).not.toContain(m);
  });
});
