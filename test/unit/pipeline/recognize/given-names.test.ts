// A foreign run that opens with a common given name ("Michael", "Elena", "Giorgio") is shaped like
// a person's name; it is a person unless the archive knows the run, or a word of it, as a company.
// Sports pages and science news name foreigners by trade or by nothing ("tiền vệ X", "nhóm của
// X"), so the archive rarely saw them after "ông". Sentences are made up; the evidence is the
// mined archive (data/mined/latin-runs.json) and the human-names package.
import { describe, it } from 'vitest';
import { checkMentions, type MentionCase } from './helpers.ts';

const cases: MentionCase[] = [
  // players in a line-up, no title before them
  { text: 'Hàng tiền vệ gồm Frings, Hamann và Michael Ballack.', must: ['Person:Michael Ballack'], mustNot: ['Organization:Michael Ballack'] },
  { text: 'Đường chuyền của David Beckham mở ra bàn thắng thứ hai.', must: ['Person:David Beckham'] },
  { text: 'Tay vợt Elena Dementieva thua ở vòng hai.', must: ['Person:Elena Dementieva'] },
  // a scientist named in full, then by the family name alone
  { text: 'Nhóm nghiên cứu của John Phillip Forman công bố kết quả. Báo cáo của Forman được nhiều tờ báo dẫn lại.', must: ['Person:John Phillip Forman', 'Person:Forman'], mustNot: ['Organization:Forman'] },
  // a verb companies use does not make a person a company
  { text: 'Năm 1905, nhà vật lý Albert Einstein công bố thuyết tương đối hẹp.', must: ['Person:Albert Einstein'], mustNot: ['Organization:Albert Einstein'] },
  { text: 'Tỷ phú George Soros đầu tư vào quỹ mới.', must: ['Person:George Soros'] },
  // a regnal number closes a name
  { text: 'Đoàn khinh khí cầu chào Nữ hoàng Elizabeth II trước khi hạ cánh.', must: ['Person:Elizabeth II'], mustNot: ['Organization:Elizabeth II'] },
  { text: 'Giáo hoàng John Paul II đã gặp các nhà lãnh đạo tôn giáo.', must: ['Person:John Paul II'] },
  // brands named after people stay companies: the archive knows the run or a word of it as one
  { text: 'Walt Disney mua lại hãng phim hoạt hình Pixar.', must: ['Organization:Walt Disney'], mustNot: ['Person:Walt Disney'] },
  { text: 'Louis Vuitton khai trương cửa hàng ở Hà Nội.', must: ['Organization:Louis Vuitton'], mustNot: ['Person:Louis Vuitton'] },
  // an Arabic article joined by a hyphen is no given name
  { text: 'Đài Al-Jazeera phát đoạn băng mới.', must: [], mustNot: ['Person:Al-Jazeera'] },
  { text: 'Cảnh sát nói Al-Qaeda đứng sau vụ việc.', must: [], mustNot: ['Person:Al-Qaeda'] },
  // a run the archive never saw, whose first word it knows from software menus
  { text: 'Sau đó Page Margins hiện ra ở góc màn hình.', must: [], mustNot: ['Person:Page Margins'] },
  // a person named after a people's name ("người Italy") is still read
  { text: 'Bác sĩ phẫu thuật người Italy Gabriel Fallope mô tả ống dẫn trứng.', must: ['Person:Gabriel Fallope'], mustNot: ['Organization:Italy'] },
  // a regnal number inside a run is not a name's end: a club
  { text: 'PSV gặp Willem II Tilburg ở chung kết cúp.', must: [], mustNot: ['Person:Willem II Tilburg'] },
];

describe('a foreign run opening with a given name', () => {
  it.each(cases)('$text', checkMentions);
});
