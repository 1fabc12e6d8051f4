// Lowercase prize levels of a contest ("giải nhất", "giải khuyến khích") are Awards when the
// sentence says they are won or given ("giành giải nhì", "giải ba cho …", "đồng giải …"), not
// when they are only described. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { labels, mentionsOf } from './helpers.ts';

interface Case {
  text: string;
  must: string[];
  mustNot?: string[];
}

const cases: Case[] = [
  { text: 'Đội của Sở Tư pháp giành giải nhất hội thi tìm hiểu pháp luật.', must: ['Award:giải nhất'] },
  { text: 'Ban giám khảo trao giải nhì cho Trường THPT Lê Lợi và giải ba cho Trường THPT Trần Phú.', must: ['Award:giải nhì', 'Award:giải ba'] },
  { text: 'Hai đội còn lại đồng giải khuyến khích.', must: ['Award:giải khuyến khích'] },
  { text: 'Em Lan đoạt giải đặc biệt của cuộc thi vẽ tranh.', must: ['Award:giải đặc biệt'] },
  { text: 'Năm nay có 40 học sinh đạt giải tư cấp tỉnh.', must: ['Award:giải tư'] },
  // described, not won or given
  { text: 'Cơ cấu giải nhất gồm tiền mặt và hiện vật.', must: [], mustNot: ['Award:giải nhất'] },
  { text: 'Mỗi giải ba trị giá hai triệu đồng.', must: [], mustNot: ['Award:giải ba'] },
  // "giải" followed by other words is no level
  { text: 'Đội bóng giành giải vô địch quốc gia.', must: [], mustNot: ['Award:giải vô'] },
];

describe('prize levels that are won or given', () => {
  it.each(cases)('$text', ({ text, must, mustNot = [] }) => {
    const found = labels(mentionsOf(text));
    for (const m of must) expect(found).toContain(m);
    for (const m of mustNot) expect(found).not.toContain(m);
  });
});
