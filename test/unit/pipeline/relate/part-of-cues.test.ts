// PART_OF needs a cue: "trực thuộc", "thuộc", a unit with its parent in brackets. One name
// starting with another is no unit of it: "AutoFit Window", "Newcastle United", "Daniel
// Radcliffe", and not even with a country after it ("Miss Iceland", "Cup châu Âu", "U23 Việt Nam").
import { describe, expect, it } from 'vitest';
import { checkCase, type RelateCase } from './run-relate.ts';

const NO_CUE: RelateCase[] = [
  { text: 'Mở hộp thoại [Org:AutoFit Window] rồi chọn [Org:AutoFit] để chỉnh độ rộng cột.', want: [], not: ['AutoFit Window -PART_OF-> *'] },
  { text: '[Org:Newcastle United] hòa 1-1, trong khi [Org:Newcastle] vẫn đứng thứ tám.', want: [], not: ['Newcastle United -PART_OF-> *'] },
  { text: 'Khán giả chờ [Org:Keanu Reeves]; [Org:Keanu] chỉ xuất hiện năm phút.', want: [], not: ['Keanu Reeves -PART_OF-> *'] },
  { text: 'Mẫu [Org:Lumix GH5] của [Org:Lumix] được bán từ tháng sau.', want: [], not: ['Lumix GH5 -PART_OF-> *'] },
  { text: 'Bảng tính dùng [Org:Accounting Policies] và mục [Org:Accounting] để ghi sổ.', want: [], not: ['Accounting Policies -PART_OF-> *'] },
  { text: 'Cả [Org:Real Betis] lẫn [Org:Real] đều thắng ở vòng này.', want: [], not: ['Real Betis -PART_OF-> *'] },
];

const NAME_AND_COUNTRY: RelateCase[] = [
  { text: '[Org:Miss Iceland] và [Org:Miss] cùng lên sân khấu.', want: [], not: ['Miss Iceland -PART_OF-> *'] },
  { text: 'Đội giành [Org:Cup châu Âu] sau khi thua ở [Org:Cup] quốc nội.', want: [], not: ['Cup châu Âu -PART_OF-> *'] },
  { text: '[Org:U23 Việt Nam] gặp đội [Org:U23] chủ nhà tối nay.', want: [], not: ['U23 Việt Nam -PART_OF-> *'] },
  { text: 'Bảng điểm sau [Org:Grand Prix Brazil] cho thấy [Org:Grand Prix] năm nay rất sát nút.', want: [], not: ['Grand Prix Brazil -PART_OF-> *'] },
];

const AFFILIATION: RelateCase[] = [
  { text: 'Nhóm do [Org:Henrik Olsen] thuộc [Org:Đại học Copenhagen] dẫn đầu đã công bố kết quả.', want: [], not: ['Henrik Olsen -PART_OF-> *'] },
  { text: 'Theo [Org:Maria Santos] thuộc [Org:Viện Sinh học Lisbon], loài này rất hiếm.', want: [], not: ['Maria Santos -PART_OF-> *'] },
  { text: '[Org:Khoa Dược] thuộc [Org:Đại học Y Hà Nội] tuyển thêm 50 chỉ tiêu.', want: ['Khoa Dược -PART_OF-> Đại học Y Hà Nội'] },
  { text: 'Nhà xuất bản [Org:Penguin] thuộc [Org:Tập đoàn Pearson] phát hành sách mới.', want: ['Penguin -PART_OF-> Tập đoàn Pearson'] },
];

const WITH_CUE: RelateCase[] = [
  { text: '[Org:Oracle Việt Nam] là công ty con của [Org:Oracle] tại khu vực.', want: ['Oracle Việt Nam -PART_OF-> Oracle'] },
  { text: '[Org:Trung tâm Tin học] trực thuộc [Org:Bộ Nội vụ] vừa nâng cấp cổng dịch vụ.', want: ['Trung tâm Tin học -PART_OF-> Bộ Nội vụ'] },
  { text: 'Theo [Org:Cục Quản lý giá] ([Org:Bộ Tài chính]), giá xăng sẽ giảm nhẹ.', want: ['Cục Quản lý giá -PART_OF-> Bộ Tài chính'] },
];

describe('PART_OF from a cue, never from one name starting with another', () => {
  it.each(NO_CUE)('$text', (c) => checkCase(c, expect));
  it.each(NAME_AND_COUNTRY)('$text', (c) => checkCase(c, expect));
  it.each(AFFILIATION)('$text', (c) => checkCase(c, expect));
  it.each(WITH_CUE)('$text', (c) => checkCase(c, expect));
});
