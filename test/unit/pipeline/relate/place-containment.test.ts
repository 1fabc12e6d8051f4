// "A, B" is containment only when A is the smaller place: a commune in a district, a district
// in a province, a city in a country; two places of one size side by side are a list.
import { describe, expect, it } from 'vitest';
import { checkCase, type RelateCase } from './run-relate.ts';

const CONTAINED: RelateCase[] = [
  { text: 'Anh Tư quê ở [Place:Thọ Xuân], [Place:Thanh Hóa], vừa trúng tuyển.', want: ['Thọ Xuân -LOCATED_IN-> Thanh Hóa'] },
  { text: 'Vụ cháy rừng xảy ra ở xã [Place:Phước Hưng], huyện [Place:Tuy Phước] chiều qua.', want: ['Phước Hưng -LOCATED_IN-> Tuy Phước'] },
  { text: 'Bà Năm sống ở phường [Place:Bến Nghé], [Place:TP.HCM] đã lâu.', want: ['Bến Nghé -LOCATED_IN-> TP.HCM'] },
  { text: 'Trận lũ quét qua huyện [Place:Mường Lát], tỉnh [Place:Thanh Hóa] làm sập cầu.', want: ['Mường Lát -LOCATED_IN-> Thanh Hóa'] },
  { text: 'Đoàn khảo sát dừng chân tại [Place:Osaka], [Place:Nhật Bản] hai ngày.', want: ['Osaka -LOCATED_IN-> Nhật Bản'] },
  { text: 'Hội thảo được tổ chức tại [Place:Hà Nội], [Place:Việt Nam] vào tháng Năm.', want: ['Hà Nội -LOCATED_IN-> Việt Nam'] },
  { text: 'Một xưởng gỗ ở thôn [Place:Đông Lai], xã [Place:Quang Tiến] bị cháy.', want: ['Đông Lai -LOCATED_IN-> Quang Tiến'] },
];

const SIDE_BY_SIDE: RelateCase[] = [
  { text: 'Hàng lậu được đưa về [Place:Bắc Ninh], [Place:Hưng Yên] để tiêu thụ.', want: [], not: ['Bắc Ninh -LOCATED_IN-> *'] },
  { text: 'Xe khách chạy tuyến [Place:Nghệ An], [Place:Hà Tĩnh] mỗi ngày.', want: [], not: ['Nghệ An -LOCATED_IN-> *'] },
  { text: 'Anh từng thi đấu ở [Place:Malaysia], [Place:Indonesia] cho các câu lạc bộ.', want: [], not: ['Malaysia -LOCATED_IN-> *'] },
  { text: 'Sản phẩm đã có mặt ở [Place:châu Phi], [Place:châu Á] từ năm ngoái.', want: [], not: ['châu Phi -LOCATED_IN-> *'] },
  { text: 'Du khách đổ về [Place:Sa Pa], [Place:Hội An] dịp nghỉ lễ.', want: [], not: ['Sa Pa -LOCATED_IN-> *'] },
  { text: 'Nhiều trận mưa lớn ở [Place:Đà Nẵng], [Place:TP.HCM] gây ngập.', want: [], not: ['Đà Nẵng -LOCATED_IN-> *'] },
  { text: 'Giá dầu chịu sức ép của [Place:Nga], [Place:châu Âu] và thị trường.', want: [], not: ['Nga -LOCATED_IN-> *'] },
];

describe('place after place: containment only from a smaller place to a larger one', () => {
  it.each(CONTAINED)('$text', (c) => checkCase(c, expect));
  it.each(SIDE_BY_SIDE)('$text', (c) => checkCase(c, expect));
});
