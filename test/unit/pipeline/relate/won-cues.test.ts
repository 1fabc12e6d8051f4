// Cue phrases adopted from the words between organisations and awards in the corpus
// (bench/mine-cues.ts): "đạt", "đạt được", "giữ vững (danh hiệu)" before an award.
import { describe, expect, it } from 'vitest';
import { checkCase, type RelateCase } from './run-relate.ts';

const CASES: RelateCase[] = [
  { text: '[Org:Công ty CP Bánh kẹo Tràng An] đã xuất sắc đạt [Award:Giải Bạc Chất lượng Quốc gia].', want: ['Công ty CP Bánh kẹo Tràng An -WON-> Giải Bạc Chất lượng Quốc gia'] },
  { text: '[Org:Ngân hàng Phương Đông] lần thứ tư liên tiếp đạt danh hiệu [Award:Ngân hàng số tiêu biểu].', want: ['Ngân hàng Phương Đông -WON-> Ngân hàng số tiêu biểu'] },
  { text: 'Năm nay [Org:Hãng sơn Đại Bàng] đạt được [Award:Top 10 Thương hiệu mạnh] sau hai lần lỡ hẹn.', want: ['Hãng sơn Đại Bàng -WON-> Top 10 Thương hiệu mạnh'] },
  { text: '[Org:Khách sạn Sông Hàn] tiếp tục giữ vững danh hiệu [Award:Khách sạn xanh ASEAN].', want: ['Khách sạn Sông Hàn -WON-> Khách sạn xanh ASEAN'] },
  { text: '[Org:Công ty Gạch men Bạch Mã] đạt doanh thu 500 tỷ đồng trong năm có [Award:Giải Sao Vàng đất Việt].', want: [], not: ['Công ty Gạch men Bạch Mã -WON-> *'] },
];

describe('won: cue phrases mined from the corpus', () => {
  it.each(CASES)('$text', (c) => checkCase(c, expect));
});
