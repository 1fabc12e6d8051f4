// LOCATED_IN read off a name's ending place, except where a firm's head noun is followed by a
// place word that is its brand ("Ngân hàng Đông Á" is no bank in East Asia).
import { describe, expect, it } from 'vitest';
import { checkCase, type RelateCase } from './run-relate.ts';

const CASES: RelateCase[] = [
  { text: 'Khách hàng của [Org:Ngân hàng Bắc Á] ở [Place:Bắc Á] không nhiều.', want: [], not: ['Ngân hàng Bắc Á -LOCATED_IN-> *'] },
  { text: '[Org:Tập đoàn Hoa Sen] mở rộng sang thị trường [Place:Hoa Sen].', want: [], not: ['Tập đoàn Hoa Sen -LOCATED_IN-> *'] },
  { text: '[Org:Công ty Điện lực Bình Định] cắt điện nhiều xã ở [Place:Bình Định].', want: ['Công ty Điện lực Bình Định -LOCATED_IN-> Bình Định'] },
  { text: '[Org:Bệnh viện Đa khoa Thanh Hóa] tiếp nhận bệnh nhân từ [Place:Thanh Hóa].', want: ['Bệnh viện Đa khoa Thanh Hóa -LOCATED_IN-> Thanh Hóa'] },
  { text: '[Org:Sở Tài chính TP Cần Thơ] họp cùng doanh nghiệp [Place:Cần Thơ].', want: ['Sở Tài chính TP Cần Thơ -LOCATED_IN-> Cần Thơ'] },
];

describe('a place at the end of a name', () => {
  it.each(CASES)('$text', (c) => checkCase(c, expect));
});
