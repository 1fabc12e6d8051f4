// Guards found by the corpus audit (docs/QUALITY.md): a prize not (yet) won, a winner named by
// a noun before the verb, a licence that is no funding, the last kind of a mixed list, a
// registration or a venue that is no agreement.
import { describe, expect, it } from 'vitest';
import { checkCase, type RelateCase } from './run-relate.ts';

const WON: RelateCase[] = [
  { text: 'Đã ba mùa [Org:CLB Sông Lam] không giành [Award:Cúp Quốc gia] nào.', want: [], not: ['CLB Sông Lam -WON-> *'] },
  { text: 'Nhiều người tin [Org:Đội tuyển Thái Lan] sẽ giành [Award:Cúp vàng AFF] năm nay.', want: [], not: ['Đội tuyển Thái Lan -WON-> *'] },
  { text: '[Org:Trường Chu Văn An] chưa từng đoạt [Award:giải Nhất Olympic Toán].', want: [], not: ['Trường Chu Văn An -WON-> *'] },
  { text: 'Chiếc xe của [Per:Trần Văn Lộc], người đoạt [Award:giải Báo chí Quốc gia], bị mất trộm.', want: [], not: ['Trần Văn Lộc -WON-> *'] },
  { text: 'Khi kịch bản đến tay [Per:Lê Bảo Châu], diễn viên đoạt [Award:giải Cánh diều vàng] đã nhận lời ngay.', want: [], not: ['Lê Bảo Châu -WON-> *'] },
  // a race or a fight for a prize is no win
  { text: '[Per:Mai Thu Huyền] và [Per:Hồng Ánh] lại chạm mặt trong cuộc đua giành [Award:giải Nữ diễn viên chính xuất sắc].', want: [], not: ['Mai Thu Huyền -WON-> *', 'Hồng Ánh -WON-> *'] },
  { text: '[Org:CLB Bình Dương] bước vào cuộc chiến giành [Award:Siêu cúp Quốc gia].', want: [], not: ['CLB Bình Dương -WON-> *'] },
  { text: '[Org:Đội tuyển Việt Nam] chạy đua giành [Award:Cúp vàng AFF] với Thái Lan.', want: [], not: ['Đội tuyển Việt Nam -WON-> *'] },
  { text: '[Org:Công ty Thép Nam Hải] vừa nhận [Award:Giải thưởng Chất lượng Quốc gia].', want: ['Công ty Thép Nam Hải -WON-> Giải thưởng Chất lượng Quốc gia'] },
  { text: 'Nhà văn [Per:Nguyễn Hoài Sơn] đã đoạt [Award:giải thưởng Hội Nhà văn] năm ngoái.', want: ['Nguyễn Hoài Sơn -WON-> giải thưởng Hội Nhà văn'] },
];

const FUNDED: RelateCase[] = [
  { text: '[Org:Công ty Hải Vân] đã được [Org:Sở Kế hoạch và Đầu tư] cấp giấy phép kinh doanh.', want: [], not: ['Công ty Hải Vân -FUNDED_BY-> *'] },
  { text: '[Org:Ủy ban Chứng khoán] đã cấp phép niêm yết cho [Org:Công ty Sông Đà 5].', want: [], not: ['Công ty Sông Đà 5 -FUNDED_BY-> *'] },
  { text: '[Org:Cục Sở hữu trí tuệ] cấp văn bằng bảo hộ cho [Org:Công ty Bánh Hữu Nghị].', want: [], not: ['Công ty Bánh Hữu Nghị -FUNDED_BY-> *'] },
  { text: '[Org:Ngân hàng Đầu tư Bắc Âu] cấp 20 triệu USD cho [Project:Dự án cấp nước Vinh].', want: ['Dự án cấp nước Vinh -FUNDED_BY-> Ngân hàng Đầu tư Bắc Âu'] },
  {
    text: 'Hội thảo có đại diện [Org:Sở Công Thương], [Org:Cục Thuế] và [Project:Dự án Năng lượng sạch] do [Org:KOICA] tài trợ.',
    want: ['Dự án Năng lượng sạch -FUNDED_BY-> KOICA'],
    not: ['Sở Công Thương -FUNDED_BY-> *', 'Cục Thuế -FUNDED_BY-> *'],
  },
];

const AGREEMENT: RelateCase[] = [
  { text: '[Org:Công ty Minh Phát] đã đăng ký với [Org:Sở Tài chính] để được hỗ trợ.', want: [], not: ['Công ty Minh Phát -AGREEMENT_WITH-> *'] },
  { text: 'Theo [Org:Hiệp hội Dệt may], [Org:Công ty May Hòa Thọ] đã ký hợp đồng mới.', want: [], not: ['Hiệp hội Dệt may -AGREEMENT_WITH-> *'] },
  { text: 'Tại [Org:Bộ Ngoại giao Pháp], [Org:Tập đoàn Điện lực] đã ký thỏa thuận với [Org:Tập đoàn EDF].', want: ['Tập đoàn Điện lực -AGREEMENT_WITH-> Tập đoàn EDF'], not: ['Bộ Ngoại giao Pháp -AGREEMENT_WITH-> *'] },
  { text: 'Ông Hùng, thư ký của [Org:Hội Doanh nhân trẻ], nói về sự hợp tác giữa [Org:Báo Lao Động] và [Org:Đài Phát thanh Hà Nội].', want: [], not: ['Báo Lao Động -AGREEMENT_WITH-> *'] },
  { text: '[Org:Ngân hàng Quân đội] và [Org:Tổng công ty Bảo Minh] đã ký kết thỏa thuận hợp tác.', want: ['Ngân hàng Quân đội -AGREEMENT_WITH-> Tổng công ty Bảo Minh'] },
];

describe('guards from the corpus audit', () => {
  it.each(WON)('won: $text', (c) => checkCase(c, expect));
  it.each(FUNDED)('funded: $text', (c) => checkCase(c, expect));
  it.each(AGREEMENT)('agreement: $text', (c) => checkCase(c, expect));
});
