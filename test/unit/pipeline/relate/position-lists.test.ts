// HOLDS_POSITION in lists of guests: a title placed right before a person (no comma, or a dash)
// is that person's; titles after "person," are that person's, also the second one; a post "tại"
// a list of countries; and LOCATED_IN between places of one list or "X gồm … : A, B, C".
import { describe, expect, it } from 'vitest';
import { checkCase, type RelateCase } from './run-relate.ts';

const CASES: RelateCase[] = [
  {
    text: 'Dự lễ có Bộ trưởng Công Thương [Per:Trần Văn Hải], Bộ trưởng [Org:Bộ Xây dựng] [Per:Lê Minh Tâm] và Phó Chủ tịch [Org:JICA] - [Per:Kenji Sato].',
    want: ['Lê Minh Tâm -HOLDS_POSITION-> Bộ Xây dựng', 'Kenji Sato -HOLDS_POSITION-> JICA'],
    not: ['Trần Văn Hải -HOLDS_POSITION-> *', 'Lê Minh Tâm -HOLDS_POSITION-> JICA'],
    q: { 'Kenji Sato -HOLDS_POSITION-> JICA': { role: 'Phó Chủ tịch' } },
  },
  {
    text: 'Tham dự có Giám đốc quốc gia [Org:ADB] tại [Place:Việt Nam] - [Per:Anna Berg], Giám đốc quốc gia [Org:WB] tại [Place:Lào], [Place:Campuchia] và [Place:Thái Lan] - [Per:Tom Reyes].',
    want: ['Anna Berg -HOLDS_POSITION-> ADB', 'Tom Reyes -HOLDS_POSITION-> WB'],
    not: ['Anna Berg -HOLDS_POSITION-> WB', 'Lào -LOCATED_IN-> Campuchia', 'Campuchia -LOCATED_IN-> Thái Lan'],
  },
  {
    text: 'Chứng kiến có ông [Per:Phạm Văn Long], Ủy viên Trung ương Đảng, Bí thư [Org:Tỉnh ủy Cà Mau], ông [Per:Lý Quốc Bảo], Chủ tịch [Org:Tập đoàn Minh Phú].',
    want: ['Phạm Văn Long -HOLDS_POSITION-> Tỉnh ủy Cà Mau', 'Lý Quốc Bảo -HOLDS_POSITION-> Tập đoàn Minh Phú'],
    not: ['Lý Quốc Bảo -HOLDS_POSITION-> Tỉnh ủy Cà Mau', 'Phạm Văn Long -HOLDS_POSITION-> Tập đoàn Minh Phú'],
    q: { 'Phạm Văn Long -HOLDS_POSITION-> Tỉnh ủy Cà Mau': { role: 'Bí thư' } },
  },
  {
    text: 'Bà [Per:Ngô Thị Hoa], Phó Giám đốc [Org:Sở Y tế Huế], Trưởng ban [Org:Ban Chỉ đạo phòng dịch], cho biết tình hình đã ổn định.',
    want: ['Ngô Thị Hoa -HOLDS_POSITION-> Sở Y tế Huế', 'Ngô Thị Hoa -HOLDS_POSITION-> Ban Chỉ đạo phòng dịch'],
  },
  // a title with a comma before the next person stays with the person before it
  {
    text: 'Ông [Per:Đinh Văn Tú], Giám đốc [Org:Sở Tài chính Nam Định], ông [Per:Vũ Hữu Khang] cùng ký biên bản.',
    want: ['Đinh Văn Tú -HOLDS_POSITION-> Sở Tài chính Nam Định'],
    not: ['Vũ Hữu Khang -HOLDS_POSITION-> *'],
  },
  // the words after a title stop at a preposition or a verb: no post at the body named later
  {
    text: '[Org:Hội đồng quản trị Ngân hàng Phương Đông] bổ nhiệm ông [Per:Trịnh Văn Tuấn] giữ chức vụ Tổng giám đốc của ngân hàng kể từ khi có văn bản chấp thuận từ [Org:Ngân hàng Nhà nước].',
    want: ['Trịnh Văn Tuấn -HOLDS_POSITION-> Hội đồng quản trị Ngân hàng Phương Đông'],
    not: ['Trịnh Văn Tuấn -HOLDS_POSITION-> Ngân hàng Nhà nước'],
    q: { 'Trịnh Văn Tuấn -HOLDS_POSITION-> Hội đồng quản trị Ngân hàng Phương Đông': { role: 'Tổng giám đốc' } },
  },
  {
    text: 'Bà [Per:Lương Thị Cẩm] giữ chức vụ Phó Chủ tịch [Org:Hội Doanh nhân trẻ] từ năm 2020.',
    want: ['Lương Thị Cẩm -HOLDS_POSITION-> Hội Doanh nhân trẻ'],
  },
  {
    text: 'Dự án đi qua tỉnh [Place:Long An] gồm 3 huyện: [Place:Bến Lức], [Place:Cần Đước], [Place:Cần Giuộc].',
    want: ['Bến Lức -LOCATED_IN-> Long An', 'Cần Đước -LOCATED_IN-> Long An', 'Cần Giuộc -LOCATED_IN-> Long An'],
    not: ['Bến Lức -LOCATED_IN-> Cần Đước'],
  },
  {
    text: 'Đoàn đã làm việc tại [Place:Hà Nội], [Place:Huế], và [Place:Cần Thơ].',
    want: [],
    not: ['Hà Nội -LOCATED_IN-> *', 'Huế -LOCATED_IN-> *'],
  },
];

describe('relate: titles in lists of guests, places in lists', () => {
  it.each(CASES.map((c) => [c.text, c] as const))('%s', (_t, c) => checkCase(c, expect));
});
