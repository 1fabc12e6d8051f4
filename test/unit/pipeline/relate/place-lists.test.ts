// LOCATED_IN from lists of places: "tại ⟨A⟩ và 5 tỉnh, gồm: …", "6 tỉnh vùng ⟨R⟩, gồm: …",
// "⟨xã A⟩ thuộc huyện ⟨B⟩", "⟨Dự án⟩ … hỗ trợ hai tỉnh ⟨A⟩ và ⟨B⟩".
import { describe, expect, it } from 'vitest';
import { checkCase, type RelateCase } from './run-relate.ts';

const CASES: RelateCase[] = [
  {
    text: '[Project:Dự án Nước sạch nông thôn] được triển khai tại [Place:Hà Giang] và 3 tỉnh lân cận, gồm: [Place:Cao Bằng], [Place:Lào Cai] và [Place:Yên Bái].',
    want: [
      'Dự án Nước sạch nông thôn -LOCATED_IN-> Hà Giang',
      'Dự án Nước sạch nông thôn -LOCATED_IN-> Cao Bằng',
      'Dự án Nước sạch nông thôn -LOCATED_IN-> Lào Cai',
      'Dự án Nước sạch nông thôn -LOCATED_IN-> Yên Bái',
    ],
  },
  {
    text: 'Chương trình áp dụng cho 4 tỉnh vùng [Place:Tây Nguyên], gồm [Place:Gia Lai], [Place:Kon Tum], [Place:Đắk Lắk] và [Place:Đắk Nông].',
    want: ['Gia Lai -LOCATED_IN-> Tây Nguyên', 'Kon Tum -LOCATED_IN-> Tây Nguyên', 'Đắk Lắk -LOCATED_IN-> Tây Nguyên', 'Đắk Nông -LOCATED_IN-> Tây Nguyên'],
  },
  {
    text: 'Các huyện thuộc tỉnh [Place:Quảng Trị] là: [Place:Gio Linh], [Place:Hải Lăng] và [Place:Cam Lộ].',
    want: ['Gio Linh -LOCATED_IN-> Quảng Trị', 'Hải Lăng -LOCATED_IN-> Quảng Trị', 'Cam Lộ -LOCATED_IN-> Quảng Trị'],
  },
  // A list of equals after "gồm" is no containment: one province does not lie in another.
  {
    text: 'Đoàn công tác làm việc tại hai tỉnh [Place:Nghệ An], gồm cả [Place:Hà Tĩnh].',
    want: [],
    not: ['Hà Tĩnh -LOCATED_IN-> *'],
  },
  {
    text: 'Vụ sạt lở xảy ra ở thị trấn [Place:Phong Thổ] thuộc huyện [Place:Phong Thổ Cũ], nhiều nhà bị vùi lấp.',
    want: ['Phong Thổ -LOCATED_IN-> Phong Thổ Cũ'],
  },
  {
    text: 'Xã [Place:Tân Hiệp] nằm trong huyện [Place:Hóc Môn], cách trung tâm 20 km.',
    want: ['Tân Hiệp -LOCATED_IN-> Hóc Môn'],
  },
  {
    text: 'Tỉnh [Place:Bình Phước] thuộc vùng [Place:Đông Nam Bộ].',
    want: ['Bình Phước -LOCATED_IN-> Đông Nam Bộ'],
  },
  {
    text: 'Trong ba năm, [Project:Dự án Rừng xanh miền Trung] do [Org:Quỹ Môi trường Toàn cầu] tài trợ đã hỗ trợ hai tỉnh [Place:Quảng Ngãi] và [Place:Bình Định] trồng mới rừng.',
    want: ['Dự án Rừng xanh miền Trung -LOCATED_IN-> Quảng Ngãi', 'Dự án Rừng xanh miền Trung -LOCATED_IN-> Bình Định'],
  },
  // A country a project "helps" is no place of it; neither is a place helped by someone else.
  {
    text: '[Project:Dự án Kho dữ liệu thương mại] sẽ giúp [Place:Việt Nam] thiết lập cơ chế phối hợp giữa các bộ.',
    want: [],
    not: ['Dự án Kho dữ liệu thương mại -LOCATED_IN-> *'],
  },
  {
    text: 'Ông [Per:Trần Văn Nam] nói [Project:Dự án Cầu Mới] rất cần thiết; [Org:Hội Chữ thập đỏ] cũng hỗ trợ tỉnh [Place:Kon Tum].',
    want: [],
    not: ['Dự án Cầu Mới -LOCATED_IN-> *'],
  },
];

describe('relate: LOCATED_IN from lists of places', () => {
  it.each(CASES.map((c) => [c.text, c] as const))('%s', (_t, c) => checkCase(c, expect));
});
