// LOCATED_IN read off a name's ending place, except where a firm's head noun is followed by a
// place word that is its brand ("Ngân hàng Đông Á" is no bank in East Asia), and except for
// an embassy or a consulate ("Đại sứ quán Đức" stands in the host country). Only the longest
// place a name ends in counts ("… Thừa Thiên Huế" is the province, not the city of Huế).
import { describe, expect, it } from 'vitest';
import { checkCase, type RelateCase } from './run-relate.ts';

const CASES: RelateCase[] = [
  { text: 'Khách hàng của [Org:Ngân hàng Bắc Á] ở [Place:Bắc Á] không nhiều.', want: [], not: ['Ngân hàng Bắc Á -LOCATED_IN-> *'] },
  { text: '[Org:Tập đoàn Hoa Sen] mở rộng sang thị trường [Place:Hoa Sen].', want: [], not: ['Tập đoàn Hoa Sen -LOCATED_IN-> *'] },
  { text: '[Org:Công ty Điện lực Bình Định] cắt điện nhiều xã ở [Place:Bình Định].', want: ['Công ty Điện lực Bình Định -LOCATED_IN-> Bình Định'] },
  { text: '[Org:Bệnh viện Đa khoa Thanh Hóa] tiếp nhận bệnh nhân từ [Place:Thanh Hóa].', want: ['Bệnh viện Đa khoa Thanh Hóa -LOCATED_IN-> Thanh Hóa'] },
  // an embassy or consulate stands in the host country, not in the one its name says
  { text: '[Org:Đại sứ quán Đức] mời các nghệ sĩ [Place:Đức] sang biểu diễn.', want: [], not: ['Đại sứ quán Đức -LOCATED_IN-> *'] },
  { text: '[Org:Tổng lãnh sự quán Úc] cấp thị thực du học sinh cho sinh viên sang [Place:Úc].', want: [], not: ['Tổng lãnh sự quán Úc -LOCATED_IN-> *'] },
  { text: '[Org:Sở Tài chính TP Cần Thơ] họp cùng doanh nghiệp [Place:Cần Thơ].', want: ['Sở Tài chính TP Cần Thơ -LOCATED_IN-> Cần Thơ'] },
  // only the longest place a name ends in: a province whose name holds a city's is not that city
  {
    text: '[Org:Sở Văn hóa Thừa Thiên Huế] đưa đoàn nghệ thuật về [Place:Huế] và các huyện của [Place:Thừa Thiên Huế].',
    want: ['Sở Văn hóa Thừa Thiên Huế -LOCATED_IN-> Thừa Thiên Huế'],
    not: ['Sở Văn hóa Thừa Thiên Huế -LOCATED_IN-> Huế'],
  },
  { text: '[Org:Công an tỉnh Thừa Thiên - Huế] lập chốt kiểm tra quanh kinh thành [Place:Huế].', want: [], not: ['Công an tỉnh Thừa Thiên - Huế -LOCATED_IN-> *'] },
  { text: '[Org:Công ty Cấp nước Bà Rịa - Vũng Tàu] thay đường ống ở bãi biển [Place:Vũng Tàu].', want: [], not: ['Công ty Cấp nước Bà Rịa - Vũng Tàu -LOCATED_IN-> *'] },
  { text: '[Org:Cục Thuế tỉnh Bà Rịa - Vũng Tàu] làm việc với các doanh nghiệp ở [Place:Bà Rịa - Vũng Tàu].', want: ['Cục Thuế tỉnh Bà Rịa - Vũng Tàu -LOCATED_IN-> Bà Rịa - Vũng Tàu'] },
  { text: '[Org:Trường Đại học Y Dược Huế] khám bệnh miễn phí cho người dân [Place:Huế].', want: ['Trường Đại học Y Dược Huế -LOCATED_IN-> Huế'] },
];

describe('a place at the end of a name', () => {
  it.each(CASES)('$text', (c) => checkCase(c, expect));
});
