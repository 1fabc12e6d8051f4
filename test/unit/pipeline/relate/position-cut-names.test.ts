// HOLDS_POSITION is not stated with an organisation whose name was cut short after the title:
// its name goes on with a capitalised word, "&" or "of", or the title ends on a preposition.
import { describe, expect, it } from 'vitest';
import { checkCase, type RelateCase } from './run-relate.ts';

const CUT: RelateCase[] = [
  { text: 'Ông [Per:Lê Văn Hào], Trưởng phòng [Org:PC45] Công an tỉnh Bình Định, cho biết vụ việc đang được điều tra.', want: [], not: ['Lê Văn Hào -HOLDS_POSITION-> *'] },
  { text: 'Theo bà [Per:Hoàng Thị Nga], Giám đốc [Org:Viện Nghiên cứu] Tokai, thị trường sẽ hồi phục.', want: [], not: ['Hoàng Thị Nga -HOLDS_POSITION-> *'] },
  { text: '[Per:Kenji Mori], người đứng đầu tổ chức [Org:Hope] of Children, kêu gọi quyên góp.', want: [], not: ['Kenji Mori -HOLDS_POSITION-> *'] },
  { text: 'Ông [Per:Trần Đức Lợi], Tổng giám đốc Ogilvy & [Org:Mather Việt Nam], nhận định thị trường còn nhỏ.', want: [], not: ['Trần Đức Lợi -HOLDS_POSITION-> *'] },
  { text: 'Ông [Per:Hiroshi Ueda], chuyên gia phân tích ở [Org:Viện Kinh tế], cho rằng đồng yên sẽ tăng giá.', want: [], not: ['Hiroshi Ueda -HOLDS_POSITION-> *'] },
];

const WHOLE: RelateCase[] = [
  { text: 'Ông [Per:Lê Văn Hào], Phó Giám đốc [Org:Công an tỉnh Bình Định], cho biết vụ việc đang được điều tra.', want: ['Lê Văn Hào -HOLDS_POSITION-> Công an tỉnh Bình Định'] },
  { text: 'Theo bà [Per:Hoàng Thị Nga], Giám đốc [Org:Viện Nghiên cứu Tokai], thị trường sẽ hồi phục.', want: ['Hoàng Thị Nga -HOLDS_POSITION-> Viện Nghiên cứu Tokai'] },
  { text: 'Ông [Per:Phạm Quốc Bảo] hiện là Chủ tịch [Org:Công ty Cổ phần Bảo Tín] và là đại biểu Quốc hội.', want: ['Phạm Quốc Bảo -HOLDS_POSITION-> Công ty Cổ phần Bảo Tín'] },
];

describe('HOLDS_POSITION with an organisation cut short after the title', () => {
  it.each(CUT)('cut: $text', (c) => checkCase(c, expect));
  it.each(WHOLE)('whole: $text', (c) => checkCase(c, expect));
});
