// A head of a body with a name of its own and one activity after it ("Viện Nghiên cứu",
// "Trung tâm Tư vấn") says what kind of body it is, not which: no Organization. A state body
// named by its field ("Bộ Xây dựng", "Sở Xây dựng") and a name that goes on are kept.
// Sentences are made up.
import { describe, it } from 'vitest';
import { checkMentions, type MentionCase } from './helpers.ts';


const cases: MentionCase[] = [
  // a kind of body, its name not given
  { text: 'Chị Lan là cán bộ Viện Nghiên cứu của một trường đại học.', must: [], mustNot: ['Organization:Viện Nghiên cứu'] },
  { text: 'Ông Hải làm việc tại Trung tâm Tư vấn suốt mười năm.', must: [], mustNot: ['Organization:Trung tâm Tư vấn'] },
  { text: 'Công ty Đầu tư đã rút vốn khỏi dự án.', must: [], mustNot: ['Organization:Công ty Đầu tư'] },
  { text: 'Quỹ Hỗ trợ sẽ giải ngân trong quý tới.', must: [], mustNot: ['Organization:Quỹ Hỗ trợ'] },
  // a person after it: the person, and no body cut short
  { text: 'Giám đốc Công ty Tư vấn Nguyễn Văn Hùng cho biết giá sẽ tăng.', must: ['Person:Nguyễn Văn Hùng'], mustNot: ['Organization:Công ty Tư vấn'] },
  { text: 'Theo ông Nam, Giám đốc Trung tâm Nghiên cứu Lê Văn Tám đã ký.', must: ['Person:Lê Văn Tám'], mustNot: ['Organization:Trung tâm Nghiên cứu'] },
  // the name goes on: kept whole
  { text: 'Viện Nghiên cứu Hải sản công bố báo cáo về nguồn lợi cá.', must: ['Organization:Viện Nghiên cứu Hải sản'] },
  { text: 'Quỹ Hỗ trợ Nông dân cho hội viên vay vốn.', must: ['Organization:Quỹ Hỗ trợ Nông dân'] },
  { text: 'Công ty Xây dựng Minh Phát thi công cây cầu.', must: ['Organization:Công ty Xây dựng Minh Phát'] },
  // a state body named by its field
  { text: 'Bộ Xây dựng vừa ban hành thông tư mới.', must: ['Organization:Bộ Xây dựng'] },
  { text: 'Sở Xây dựng Hà Nội vừa ra quyết định cưỡng chế.', must: ['Organization:Sở Xây dựng Hà Nội'] },
  { text: 'Thứ trưởng Bộ Xây dựng Nguyễn Hồng Quân phát biểu.', must: ['Organization:Bộ Xây dựng'] },
];

describe('a head and one activity', () => {
  it.each(cases)('$text', checkMentions);
});

// A country's banks or schools, a degree, private universities in general: kinds, not bodies.
const kinds: MentionCase[] = [
  { text: 'Nhiều ngân hàng Mỹ tăng lãi suất trong tuần qua.', must: [], mustNot: ['Organization:ngân hàng Mỹ'] },
  { text: 'Em đang học lớp 11 trường Anh ở Hà Nội.', must: [], mustNot: ['Organization:trường Anh'] },
  { text: 'Muốn vào đào tạo ĐH Điều dưỡng, thí sinh cần bằng trung cấp.', must: [], mustNot: ['Organization:ĐH Điều dưỡng'] },
  { text: 'Chị có bằng Cao đẳng Sư phạm từ năm 2001.', must: [], mustNot: ['Organization:Cao đẳng Sư phạm'] },
  { text: 'Nhiều trường ĐH DL thu học phí trên 4 triệu đồng.', must: [], mustNot: ['Organization:ĐH DL'] },
  // one body: kept
  { text: 'Ông tốt nghiệp ĐH Bách khoa Hà Nội năm 1990.', must: ['Organization:ĐH Bách khoa Hà Nội'] },
  { text: 'Sinh viên ĐH DL Văn Lang đoạt giải nhất.', must: ['Organization:ĐH DL Văn Lang'] },
  { text: 'Hôm qua Ngân hàng Nhà nước Việt Nam giữ nguyên lãi suất.', must: ['Organization:Ngân hàng Nhà nước Việt Nam'] },
  { text: 'Theo lãnh đạo phòng Đào tạo ĐH Sư phạm Hà Nội, điểm chuẩn sẽ tăng.', must: ['Organization:ĐH Sư phạm Hà Nội'] },
  { text: 'Phó phòng đào tạo ĐH Bán công Tôn Đức Thắng cho biết như vậy.', must: ['Organization:ĐH Bán công Tôn Đức Thắng'] },
  // a district abbreviated to "Q." belongs to the name; "P." before a country's name is no ward of it
  { text: 'Con dấu của Công an P.Đức Thắng bị mất hôm qua.', must: [], mustNot: ['Place:Đức', 'Place:P.Đức'] },
  { text: 'Quận ủy, UBND Q.Bình Thạnh đã khen thưởng đội phá án.', must: ['Organization:UBND Q.Bình Thạnh'], mustNot: ['Organization:UBND Q'] },
];

describe('kinds of body, not bodies', () => {
  it.each(kinds)('$text', checkMentions);
});
