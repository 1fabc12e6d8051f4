// A gift states what was given (money, or a count near the giver and recipient); "ủng hộ" with
// a number elsewhere in the sentence is support, not a donation.
import { describe, expect, it } from 'vitest';
import { checkCase, type RelateCase } from './run-relate.ts';

const CASES: RelateCase[] = [
  {
    text: '[Org:Liên minh châu Phi] ủng hộ [Place:Ghana] ứng cử vào Hội đồng, sau khi các bên nhóm họp với [count:15 quốc gia=15 quốc gia] thành viên.',
    want: [],
    not: ['Liên minh châu Phi -DONATED_TO-> *'],
  },
  {
    text: '[Org:Hội Nông dân tỉnh] ủng hộ [Org:Hợp tác xã Tân Lợi] mở rộng vùng trồng, dù năm ngoái chỉ có [count:12 hộ=12 hộ] tham gia mô hình này.',
    want: [],
    not: ['Hội Nông dân tỉnh -DONATED_TO-> *'],
  },
  {
    text: '[Org:Công ty CP Sữa Ba Vì] trao tặng [Org:Trường Tiểu học Minh Khai] [count:300 thùng sữa=300 thùng sữa].',
    want: ['Công ty CP Sữa Ba Vì -DONATED_TO-> Trường Tiểu học Minh Khai'],
  },
  {
    text: '[Org:Ngân hàng Nam Việt] ủng hộ đồng bào [Place:Quảng Trị] [money:2 tỷ đồng=2000000000 VND] để khắc phục hậu quả lũ.',
    want: ['Ngân hàng Nam Việt -DONATED_TO-> Quảng Trị'],
  },
  {
    text: '[Org:Quỹ Thiện Tâm] đã trao [count:120 xe đạp=120 xe đạp] cho [Org:Hội Khuyến học huyện Đông Anh].',
    want: ['Quỹ Thiện Tâm -DONATED_TO-> Hội Khuyến học huyện Đông Anh'],
  },
];

describe('a donation states what was given', () => {
  it.each(CASES)('$text', (c) => checkCase(c, expect));
});
