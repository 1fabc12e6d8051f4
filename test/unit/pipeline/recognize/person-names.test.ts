// Person names: a middle initial ("Peter J. Walsh"), a brand between the title and the name
// ("Tổng giám đốc Techcombank Nguyễn Đức Vinh"), a capitalised function word that opens the next
// sentence ("… Trần Văn Hòa Sau 2 năm …"), and a street or place after a comma (no apposition).
import { describe, expect, it } from 'vitest';
import { labels, mentionsOf } from './helpers.ts';

interface Case {
  text: string;
  must: string[];
  mustNot?: string[];
}

const cases: Case[] = [
  { text: 'Giám đốc quốc gia ADB tại Lào - Peter J. Walsh phát biểu khai mạc.', must: ['Person:Peter J. Walsh'], mustNot: ['Organization:Peter J'] },
  { text: 'Đến dự có bà Mary K. Lee, đại diện quỹ.', must: ['Person:Mary K. Lee'] },
  { text: 'Tổng giám đốc Techcombank Nguyễn Đức Vinh ký biên bản hợp tác.', must: ['Person:Nguyễn Đức Vinh'], mustNot: ['Person:Techcombank Nguyễn Đức Vinh'] },
  { text: 'Chủ tịch Vinamilk Mai Kiều Liên nhận giải thưởng.', must: ['Person:Mai Kiều Liên'], mustNot: ['Person:Vinamilk Mai Kiều Liên'] },
  { text: 'Đề án đã sẵn sàng Ông Trần Văn Hòa Sau 2 năm chuẩn bị, bộ sẽ áp dụng.', must: ['Person:Trần Văn Hòa'], mustNot: ['Person:Trần Văn Hòa Sau'] },
  { text: 'Bà Lê Thị Thu Theo đánh giá chung thì kết quả tốt.', must: [], mustNot: ['Person:Lê Thị Thu Theo'] },
  { text: 'Trụ sở mới đặt trên đường Hùng Vương, thành phố Pleiku.', must: [], mustNot: ['Person:Hùng Vương'] },
  { text: 'Trần Thị Mai, thành viên hội đồng, cho biết kết quả sẽ công bố sớm.', must: ['Person:Trần Thị Mai'] },
];

describe('person names', () => {
  it.each(cases)('$text', ({ text, must, mustNot = [] }) => {
    const got = labels(mentionsOf(text));
    for (const m of must) expect(got).toContain(m);
    for (const m of mustNot) expect(got).not.toContain(m);
  });
});
