// A state body named with its country is that country's body, one name: "Chính phủ Nhật Bản",
// "Quốc hội Pháp", "Đại sứ quán Hoa Kỳ". A bare "Chính phủ" (or "Chính phủ Việt Nam") stays
// the Vietnamese government, and a country alone stays a Place.
import { describe, expect, it } from 'vitest';
import { labels, mentionsOf } from './helpers.ts';

interface Case {
  text: string;
  must: string[];
  mustNot?: string[];
}

const cases: Case[] = [
  { text: 'Khoản viện trợ không hoàn lại đến từ Chính phủ Đức và được giải ngân trong hai năm.', must: ['Organization:Chính phủ Đức'], mustNot: ['Organization:Chính phủ', 'Place:Đức'] },
  { text: 'Chính phủ Hàn Quốc cam kết tài trợ thêm cho chương trình cấp nước.', must: ['Organization:Chính phủ Hàn Quốc'], mustNot: ['Place:Hàn Quốc'] },
  { text: 'Theo thỏa thuận, Chính phủ Thụy Sĩ đóng góp một nửa kinh phí.', must: ['Organization:Chính phủ Thụy Sĩ'] },
  { text: 'Quốc hội Nhật Bản vừa thông qua đạo luật về năng lượng.', must: ['Organization:Quốc hội Nhật Bản'] },
  { text: 'Đại sứ quán Hoa Kỳ tại Hà Nội tổ chức buổi gặp mặt các cựu sinh viên.', must: ['Organization:Đại sứ quán Hoa Kỳ', 'Place:Hà Nội'] },
  { text: 'Tổng lãnh sự quán Úc tại TPHCM trao học bổng cho 20 sinh viên.', must: ['Organization:Tổng lãnh sự quán Úc'] },
  // the Vietnamese government, bare or named with Việt Nam
  { text: 'Chính phủ vừa ban hành nghị định mới về thuế.', must: ['Organization:Chính phủ'] },
  { text: 'Hai bên là Chính phủ Việt Nam và Ngân hàng Thế giới.', must: ['Organization:Chính phủ Việt Nam'] },
  // a capitalised word after "Chính phủ" that is no country
  { text: 'Thủ tướng Chính phủ Quyết định tặng Bằng khen cho tập thể.', must: [], mustNot: ['Organization:Chính phủ Quyết'] },
];

describe('state bodies of a foreign country', () => {
  it.each(cases)('$text', ({ text, must, mustNot = [] }) => {
    const found = labels(mentionsOf(text));
    for (const m of must) expect(found).toContain(m);
    for (const m of mustNot) expect(found).not.toContain(m);
  });
});
