// Foreign names joined by "&" or by a hyphen are read whole ("Mercedes-Benz", "Standard & Poor's"):
// either half alone is the name cut short, so it is never a brand of its own. Sentences are made up.
import { describe, it } from 'vitest';
import { checkMentions, type MentionCase } from './helpers.ts';


const cases: MentionCase[] = [
  // whole names, where the evidence makes them companies
  { text: 'Hãng Mercedes-Benz giới thiệu mẫu xe điện mới tại triển lãm.', must: ['Organization:Mercedes-Benz'], mustNot: ['Organization:Mercedes'] },
  { text: 'Rolls-Royce cung cấp động cơ cho đội bay mới.', must: ['Organization:Rolls-Royce'], mustNot: ['Organization:Rolls'] },
  // never a half
  { text: 'Standard & Poor\'s vừa hạ bậc tín nhiệm của nước này.', must: [], mustNot: ["Organization:Poor's", 'Organization:Standard'] },
  { text: 'Nhà hàng được tạp chí Harpers & Queen bình chọn là mới lạ nhất.', must: [], mustNot: ['Organization:Queen'] },
  { text: 'Quả bom nổ trước cửa khách sạn Al-Shaheen lúc trưa.', must: [], mustNot: ['Organization:Shaheen', 'Organization:Al'] },
  { text: 'Thị phần của Coca-Cola giảm nhẹ trong năm qua.', must: [], mustNot: ['Organization:Cola', 'Organization:Coca'] },
  // a hyphened code in brackets is the acronym of the name before it, not a brand of its own
  { text: 'Quỹ Sáng kiến Tài chính dành cho nữ doanh nhân (We-FI) cấp vốn cho hai dự án.', must: [], mustNot: ['Organization:We-FI'] },
  // a fixture of two clubs is no one name
  { text: 'Trận Sheffield United-Portsmouth bị hoãn vì tuyết.', must: [], mustNot: ['Organization:Sheffield United-Portsmouth'] },
  { text: 'Trận Arsenal-Chelsea diễn ra tối nay.', must: [], mustNot: ['Organization:Arsenal-Chelsea'] },
];

describe('names joined by "&" or a hyphen', () => {
  it.each(cases)('$text', checkMentions);
});
