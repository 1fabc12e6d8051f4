// Project names written in sentence case: after a lowercase cue ("dự án Giao thông …"), after a
// capitalised cue when the title runs on in lowercase, in a list after "các dự án:", with a
// "về …" subject; a codename in capitals; words whose first syllable is a cue are no cue.
import { describe, expect, it } from 'vitest';
import { labels, mentionsOf, resolve } from './helpers.ts';

interface Case {
  text: string;
  /** "Project:<name>" (the name without the cue) that must come out. */
  must: string[];
  mustNot?: string[];
}

function projectNames(text: string): string[] {
  return mentionsOf(text).filter((m) => m.type === 'Project').map((m) => `Project:${m.name}`);
}

const cases: Case[] = [
  { text: 'Tỉnh vừa nhận thêm vốn cho dự án Nước sạch nông thôn vùng ven biển.', must: ['Project:Nước sạch nông thôn vùng ven biển'] },
  { text: 'Khoản vay dành cho dự án Giảm nghèo miền núi phía Bắc II sẽ giải ngân trong năm.', must: ['Project:Giảm nghèo miền núi phía Bắc II'] },
  { text: 'Họ tham gia chương trình Giáo dục kỹ năng sống từ năm ngoái.', must: ['Project:Giáo dục kỹ năng sống'] },
  // a lowercase cue before an organisation, a place or a person is no title
  { text: 'Đây là dự án Ngân hàng Thế giới tài trợ lớn nhất.', must: [], mustNot: ['Project:Ngân hàng Thế giới tài trợ lớn nhất'] },
  { text: 'Vốn cho dự án Hà Nội đã được phân bổ.', must: [], mustNot: ['Project:Hà Nội'] },
  { text: 'Ông kể về dự án Nguyễn Văn Bình khởi xướng.', must: [], mustNot: ['Project:Nguyễn Văn Bình khởi xướng'] },
  // capitalised cue, title runs on in lowercase up to a place
  { text: 'Năm 2024, Dự án Cải thiện chất lượng nước hồ tỉnh Ninh Bình được phê duyệt.', must: ['Project:Cải thiện chất lượng nước hồ tỉnh Ninh Bình'] },
  { text: 'Chương trình Phát triển đô thị và hạ tầng ven sông có tổng vốn 300 triệu USD.', must: ['Project:Phát triển đô thị và hạ tầng ven sông'] },
  // "về" + a capitalised subject
  { text: 'Bộ triển khai Chương trình Mục tiêu quốc gia về Việc làm và Dạy nghề giai đoạn mới.', must: ['Project:Mục tiêu quốc gia về Việc làm và Dạy nghề'] },
  // a list after "các dự án:"
  {
    text: 'Hiệp định được ký cho các dự án: Nâng cấp đê biển tỉnh Cà Mau, Phát triển giao thông và logistics vùng Tây Nam, Hiện đại hóa thủy lợi.',
    must: ['Project:Nâng cấp đê biển tỉnh Cà Mau', 'Project:Phát triển giao thông và logistics vùng Tây Nam', 'Project:Hiện đại hóa thủy lợi'],
  },
  { text: 'Các dự án trọng điểm được ưu tiên vốn.', must: [], mustNot: ['Project:trọng điểm'] },
  // codenames in capitals; short type words are not names
  { text: 'Tổ chức này vừa khởi động dự án SUNRISE tại ba tỉnh.', must: ['Project:SUNRISE'] },
  { text: 'Nhiều dự án ODA chậm giải ngân.', must: [], mustNot: ['Project:ODA'] },
];

describe('project titles in sentence case', () => {
  it.each(cases)('$text', ({ text, must, mustNot = [] }) => {
    const got = projectNames(text);
    for (const m of must) expect(got).toContain(m);
    for (const m of mustNot) expect(got).not.toContain(m);
  });

  it('a title seen once after a lowercase cue and once after a capitalised one is one project', () => {
    const { resolution } = resolve('Tỉnh ký hiệp định cho dự án Nước sạch nông thôn vùng ven biển. Dự án Nước sạch nông thôn vùng ven biển kéo dài 5 năm.');
    expect(resolution.entities.filter((e) => e.type === 'Project')).toHaveLength(1);
  });

  it('"giải ngân", "giải pháp" name no award in a sentence with a quoted title', () => {
    const got = labels(mentionsOf('Cơ chế có tên “Chi trả theo kết quả” gắn việc giải ngân với kết quả đầu ra.'));
    expect(got.filter((l) => l.startsWith('Award:'))).toEqual([]);
  });
});
