// FUNDED_BY from the shares of a project's money ("vốn ODA là … từ ⟨X⟩, vốn đối ứng là … từ ⟨Y⟩"),
// each with its own amount; projects listed as someone's ("các dự án của ⟨X⟩ là ⟨J⟩");
// the body that launches a project with partners implements it.
import { describe, expect, it } from 'vitest';
import { checkCase, type RelateCase } from './run-relate.ts';

const SHARES: RelateCase[] = [
  {
    text: '[Project:Dự án Cấp nước Cần Giờ] có tổng vốn [money:3 triệu USD=3000000 USD], trong đó vốn viện trợ không hoàn lại là [money:2,5 triệu USD=2500000 USD] từ [Org:Chính phủ Hà Lan], vốn đối ứng là [money:500.000 USD=500000 USD] từ [Org:UBND TP Hồ Chí Minh].',
    want: ['Dự án Cấp nước Cần Giờ -FUNDED_BY-> Chính phủ Hà Lan', 'Dự án Cấp nước Cần Giờ -FUNDED_BY-> UBND TP Hồ Chí Minh'],
    q: {
      'Dự án Cấp nước Cần Giờ -FUNDED_BY-> Chính phủ Hà Lan': { amount: 2_500_000, currency: 'USD' },
      'Dự án Cấp nước Cần Giờ -FUNDED_BY-> UBND TP Hồ Chí Minh': { amount: 500_000, currency: 'USD' },
    },
  },
  {
    text: '[Project:Chương trình Sữa học đường] được triển khai với kinh phí [money:40 tỷ đồng=40000000000 VND] từ [Org:Quỹ Bảo trợ trẻ em].',
    want: ['Chương trình Sữa học đường -FUNDED_BY-> Quỹ Bảo trợ trẻ em'],
    q: { 'Chương trình Sữa học đường -FUNDED_BY-> Quỹ Bảo trợ trẻ em': { amount: 40_000_000_000, currency: 'VND' } },
  },
  // The project does not open the sentence: whose money it is stays unsaid.
  {
    text: 'Ông [Per:Lê Hòa] cho biết [Project:Dự án Đê biển] cần thêm vốn, khoảng [money:10 tỷ đồng=10000000000 VND] từ [Org:Bộ Tài chính].',
    want: [],
    not: ['Dự án Đê biển -FUNDED_BY-> *'],
  },
  // No amount between the money word and "từ": a source of ideas, not of money.
  {
    text: '[Project:Dự án Làng thông minh] học hỏi kinh nghiệm từ [Org:Đại học Kyoto].',
    want: [],
    not: ['Dự án Làng thông minh -FUNDED_BY-> *'],
  },
];

const PROJECTS: RelateCase[] = [
  {
    text: '[Org:USAID] sẽ tiếp tục hỗ trợ thông qua các dự án của [Org:USAID] được phê duyệt gần đây là [Project:Dự án Nước sạch] và [Project:Dự án Rừng ngập mặn].',
    want: ['Dự án Nước sạch -IMPLEMENTED_BY-> USAID', 'Dự án Rừng ngập mặn -IMPLEMENTED_BY-> USAID'],
  },
  {
    text: 'Hai sản phẩm khác của [Org:Công ty MISA] gồm [Project:MISA AMIS] và [Project:MISA meInvoice] cũng lọt vào chung kết.',
    want: ['MISA AMIS -IMPLEMENTED_BY-> Công ty MISA', 'MISA meInvoice -IMPLEMENTED_BY-> Công ty MISA'],
  },
  {
    text: '[Org:Bộ Y tế] phối hợp với [Org:WHO] (Tổ chức Y tế Thế giới) và [Org:UNICEF] khởi động [Project:Dự án Tiêm chủng mở rộng giai đoạn 2].',
    want: ['Dự án Tiêm chủng mở rộng giai đoạn 2 -IMPLEMENTED_BY-> Bộ Y tế'],
    not: ['Dự án Tiêm chủng mở rộng giai đoạn 2 -IMPLEMENTED_BY-> UNICEF', 'Dự án Tiêm chủng mở rộng giai đoạn 2 -IMPLEMENTED_BY-> WHO'],
  },
];

describe('relate: who pays each share of a project', () => {
  it.each(SHARES.map((c) => [c.text, c] as const))('%s', (_t, c) => checkCase(c, expect));
});

describe('relate: projects listed as an organisation\'s, or launched by it with partners', () => {
  it.each(PROJECTS.map((c) => [c.text, c] as const))('%s', (_t, c) => checkCase(c, expect));
});
