// A programme defined by its sentence whose name ends with a place, a bare certificate of merit
// that the sentence's subject gives, a programme's bracketed
// acronym used later on its own, and a capitalised programme noun that refers back (no name
// after it). Sentences are made up.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../src/pipeline/extract.ts';
import { labels, mentionsOf } from './helpers.ts';

interface Case {
  text: string;
  must: string[];
  mustNot?: string[];
}

const bareMerit: Case[] = [
  { text: 'Chủ tịch tỉnh vừa tặng Bằng khen cho hai thuyền viên cứu người.', must: ['Award:Bằng khen'] },
  { text: 'Bộ trưởng đã trao tặng Bằng khen cho năm tập thể xuất sắc.', must: ['Award:Bằng khen'] },
  { text: 'Hiệu trưởng trao Giấy khen cho các em học sinh giỏi.', must: ['Award:Giấy khen'] },
  // received, or only mentioned: the giver is not said, so no particular award
  { text: 'Năm cán bộ được trao tặng Bằng khen vì thành tích phòng dịch.', must: [], mustNot: ['Award:Bằng khen'] },
  { text: 'Em Hoa nhận Giấy khen sau kỳ thi học sinh giỏi.', must: [], mustNot: ['Award:Giấy khen'] },
  { text: 'Mẫu Bằng khen mới được in trên giấy dày hơn.', must: [], mustNot: ['Award:Bằng khen'] },
  { text: 'Ông đã nhiều lần được Bằng khen nhưng vẫn khiêm tốn.', must: [], mustNot: ['Award:Bằng khen'] },
];

const notNamed: Case[] = [
  { text: 'Các bên sẽ hoàn thiện Đề án theo chỉ đạo của Thủ tướng.', must: [], mustNot: ['Project:Đề án theo chỉ đạo'] },
  { text: 'Việc xây dựng Đề án phải bảo đảm tính đồng bộ của các quy hoạch.', must: [], mustNot: ['Project:Đề án phải bảo đảm tính đồng bộ'] },
  { text: 'Tỉnh đang thực hiện Chương trình cũng như các kế hoạch liên quan.', must: [], mustNot: ['Project:Chương trình cũng như các kế hoạch'] },
  // a described name still opens with its content word
  { text: 'Bộ vừa phê duyệt Đề án phát triển nguồn nhân lực du lịch, kinh phí lớn.', must: ['Project:Đề án phát triển nguồn nhân lực du lịch'] },
];

const definedWithPlace: Case[] = [
  { text: 'Cổng dữ liệu Nông sản Việt Nam là dự án do hai bộ cùng xây dựng.', must: ['Project:Cổng dữ liệu Nông sản Việt Nam'] },
  { text: 'Sân chơi Tin học Đà Nẵng là chương trình dành cho học sinh.', must: ['Project:Sân chơi Tin học Đà Nẵng'] },
  // a place that does not end the name right before "là" still stops it
  { text: 'Nhiều bạn ở Hà Nội là chương trình viên tự do.', must: [], mustNot: ['Project:Nhiều bạn ở Hà Nội'] },
];

function check({ text, must, mustNot = [] }: Case): void {
  const found = labels(mentionsOf(text));
  for (const m of must) expect(found).toContain(m);
  for (const m of mustNot) expect(found).not.toContain(m);
}

describe('award and programme mentions', () => {
  it.each(bareMerit)('bare certificate: $text', check);
  it.each(definedWithPlace)('defined, ending with a place: $text', check);
  it.each(notNamed)('programme noun with no name: $text', check);

  it.each([
    ['Hợp tác xã tham gia Chương trình Mỗi xã một sản phẩm (OCOP) từ năm ngoái. Nhiều sản phẩm Chương trình OCOP đã đạt ba sao.', 'OCOP'],
    ['Tỉnh triển khai Dự án Nước sạch vùng cao (WASH) ở bốn huyện. Dự án WASH do một quỹ quốc tế tài trợ.', 'WASH'],
  ])('a bracketed acronym is the same programme later: %s', (text, acronym) => {
    const result = extractArticle({ origin: 'test', text, title: null, source: null });
    const projects = result.entities.filter((e) => e.type === 'Project');
    expect(projects).toHaveLength(1);
    expect(projects[0]!.mentions.map((m) => m.text).some((t) => t.includes(acronym))).toBe(true);
  });
});
