// Events: a lowercase event noun the sentence says is organised ("X đã tổ chức hội thảo khoa học
// về …"), "kỳ thi …" as a cue, and lowercase name words or "năm 2010" after a named event.
import { describe, expect, it } from 'vitest';
import { mentionsOf } from './helpers.ts';

interface Case {
  text: string;
  must: string[];
  mustNot?: string[];
}

const events = (text: string): string[] => mentionsOf(text).filter((m) => m.type === 'Event').map((m) => m.text);

const cases: Case[] = [
  { text: 'Hôm qua Hội Luật gia tỉnh đã tổ chức hội thảo pháp luật về đất đai, có 200 người dự.', must: ['hội thảo pháp luật về đất đai'] },
  { text: 'Sở Y tế sẽ khai mạc hội chợ thiết bị y tế vào cuối tháng.', must: ['hội chợ thiết bị y tế'] },
  // no description, or the noun is not said to be organised: no event
  { text: 'Nhà trường đã tổ chức hội chợ, bán sản phẩm của học sinh.', must: [], mustNot: ['hội chợ'] },
  { text: 'Nhiều hội thảo khoa học về nông nghiệp đã bị hoãn.', must: [], mustNot: ['hội thảo khoa học về nông nghiệp'] },
  // "kỳ thi" + a capitalised name
  { text: 'Kết thúc kỳ thi Olympic Toán học sinh viên, đoàn trường đoạt 3 giải.', must: ['kỳ thi Olympic Toán học sinh viên'] },
  // lowercase name words and the year after the name
  { text: 'Tỉnh khai mạc Hội chợ Nông sản Việt Nam chất lượng cao năm 2023 tại quảng trường.', must: ['Hội chợ Nông sản Việt Nam chất lượng cao năm 2023'] },
  { text: 'Lễ hội Hoa Đà Lạt 2024 thu hút nhiều du khách.', must: ['Lễ hội Hoa Đà Lạt 2024'] },
];

describe('recognize events', () => {
  it.each(cases)('$text', ({ text, must, mustNot = [] }) => {
    const got = events(text);
    for (const m of must) expect(got).toContain(m);
    for (const m of mustNot) expect(got).not.toContain(m);
  });
});
