import { describe, expect, it } from 'vitest';
import { checkCase, type RelateCase } from './run-relate.ts';

const CASES: RelateCase[] = [
  {
    text: 'Ông [Per:Nguyễn Văn Bình], Giám đốc [Org:Sở Kế hoạch và Đầu tư Bắc Ninh], cho biết tỉnh sẽ mở rộng khu công nghiệp.',
    want: ['Nguyễn Văn Bình -HOLDS_POSITION-> Sở Kế hoạch và Đầu tư Bắc Ninh'],
    q: { 'Nguyễn Văn Bình -HOLDS_POSITION-> Sở Kế hoạch và Đầu tư Bắc Ninh': { role: 'Giám đốc' } },
  },
  {
    text: 'Phát biểu tại hội nghị, Bộ trưởng [Org:Bộ Y tế] [Per:Đào Hồng Lan] nhấn mạnh vai trò của y tế cơ sở.',
    want: ['Đào Hồng Lan -HOLDS_POSITION-> Bộ Y tế'],
    q: { 'Đào Hồng Lan -HOLDS_POSITION-> Bộ Y tế': { role: 'Bộ trưởng' } },
  },
  {
    text: 'Phó Tổng Giám đốc [Org:Tổng công ty Viễn thông MobiFone], ông [Per:Bùi Sơn Nam] cho biết mạng 5G sẽ phủ sóng toàn quốc.',
    want: ['Bùi Sơn Nam -HOLDS_POSITION-> Tổng công ty Viễn thông MobiFone'],
    q: { 'Bùi Sơn Nam -HOLDS_POSITION-> Tổng công ty Viễn thông MobiFone': { role: 'Phó Tổng Giám đốc' } },
  },
  {
    text: '"Chúng tôi rất kỳ vọng vào thị trường này", [Per:John Smith], Chủ tịch [Org:Ford châu Á - Thái Bình Dương] phát biểu.',
    want: ['John Smith -HOLDS_POSITION-> Ford châu Á - Thái Bình Dương'],
    q: { 'John Smith -HOLDS_POSITION-> Ford châu Á - Thái Bình Dương': { role: 'Chủ tịch' } },
  },
  {
    text: 'Theo ông [Per:Trần Minh Tuấn] - Phó Chủ tịch [Org:Hiệp hội Thương mại điện tử Việt Nam], thị trường đang tăng trưởng mạnh.',
    want: ['Trần Minh Tuấn -HOLDS_POSITION-> Hiệp hội Thương mại điện tử Việt Nam'],
    q: { 'Trần Minh Tuấn -HOLDS_POSITION-> Hiệp hội Thương mại điện tử Việt Nam': { role: 'Phó Chủ tịch' } },
  },
  {
    text: 'Theo Vụ trưởng [Org:Vụ Hợp tác quốc tế] [Org:Bộ Giáo dục và Đào tạo] [Per:Nguyễn Hải Thanh], đề án sẽ hoàn thành trong năm.',
    want: ['Nguyễn Hải Thanh -HOLDS_POSITION-> Vụ Hợp tác quốc tế', 'Vụ Hợp tác quốc tế -PART_OF-> Bộ Giáo dục và Đào tạo'],
    q: { 'Nguyễn Hải Thanh -HOLDS_POSITION-> Vụ Hợp tác quốc tế': { role: 'Vụ trưởng' } },
  },
  {
    text: 'Nhà nghiên cứu [Per:Lê Thị Mai] (Giám đốc nghiên cứu thuộc [Org:Viện Pasteur Paris]) đã trình bày báo cáo.',
    want: ['Lê Thị Mai -HOLDS_POSITION-> Viện Pasteur Paris'],
    q: { 'Lê Thị Mai -HOLDS_POSITION-> Viện Pasteur Paris': { role: 'Giám đốc nghiên cứu' } },
  },
  {
    text: 'Bà [Per:Phạm Thu Hà] hiện là Tổng giám đốc [Org:Công ty Cổ phần Sữa Việt Nam].',
    want: ['Phạm Thu Hà -HOLDS_POSITION-> Công ty Cổ phần Sữa Việt Nam'],
    q: { 'Phạm Thu Hà -HOLDS_POSITION-> Công ty Cổ phần Sữa Việt Nam': { role: 'Tổng giám đốc' } },
  },
  {
    text: 'Ông [Per:Phan Văn Quang], hiệu trưởng [Org:Trường THCS Tân Phú] (Long An) cho rằng cần thêm giáo viên.',
    want: ['Phan Văn Quang -HOLDS_POSITION-> Trường THCS Tân Phú'],
    q: { 'Phan Văn Quang -HOLDS_POSITION-> Trường THCS Tân Phú': { role: 'hiệu trưởng' } },
  },
  {
    text: 'Ông [Per:David Lee], Phó đại diện thường trú [Org:Quỹ Nhi đồng Liên Hợp Quốc (UNICEF)] tại Việt Nam, đánh giá cao chương trình.',
    want: ['David Lee -HOLDS_POSITION-> Quỹ Nhi đồng Liên Hợp Quốc (UNICEF)'],
    q: { 'David Lee -HOLDS_POSITION-> Quỹ Nhi đồng Liên Hợp Quốc (UNICEF)': { role: 'Phó đại diện thường trú' } },
  },
  {
    text: 'Ông [Per:Hoàng Văn Dũng] cho biết [Org:Công ty Điện lực Hà Nội] sẽ cắt điện luân phiên.',
    want: [],
    not: ['Hoàng Văn Dũng -HOLDS_POSITION-> *'],
  },
  {
    text: 'Ông [Per:Lý Thanh], người từng làm việc nhiều năm ở [Org:Tập đoàn Geely], nhận định thị trường sẽ khó khăn.',
    want: [],
    not: ['Lý Thanh -HOLDS_POSITION-> *'],
  },
  {
    text: 'Thứ trưởng [Org:Bộ Thông tin và Truyền thông] [Per:Phạm Đức Long] và Bộ trưởng [Org:Bộ Khoa học Hàn Quốc] [Per:Kim Min Soo] đã chứng kiến lễ ký.',
    want: ['Phạm Đức Long -HOLDS_POSITION-> Bộ Thông tin và Truyền thông', 'Kim Min Soo -HOLDS_POSITION-> Bộ Khoa học Hàn Quốc'],
    not: ['Phạm Đức Long -HOLDS_POSITION-> Bộ Khoa học Hàn Quốc', 'Kim Min Soo -HOLDS_POSITION-> Bộ Thông tin và Truyền thông'],
  },
  {
    text: 'Chủ tịch [Org:Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam] [Per:Đỗ Văn Chiến] phát biểu khai mạc.',
    want: ['Đỗ Văn Chiến -HOLDS_POSITION-> Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam'],
    q: { 'Đỗ Văn Chiến -HOLDS_POSITION-> Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam': { role: 'Chủ tịch' } },
  },
  {
    text: 'Trong khi đó, mức tăng trưởng [Org:Tập đoàn Vingroup] [Per:Nguyễn Việt Quang] công bố là 12%.',
    want: [],
    not: ['Nguyễn Việt Quang -HOLDS_POSITION-> *'],
  },
  {
    text: 'Ông [Per:Patrick Houston], tổng giám đốc [Org:Yahoo Tech] cho biết dịch vụ sẽ miễn phí.',
    want: ['Patrick Houston -HOLDS_POSITION-> Yahoo Tech'],
    q: { 'Patrick Houston -HOLDS_POSITION-> Yahoo Tech': { role: 'tổng giám đốc' } },
  },
  {
    text: '[Org:Ngân hàng TMCP Á Châu] vừa bổ nhiệm ông [Per:Trần Hùng Huy] làm Tổng giám đốc.',
    want: ['Trần Hùng Huy -HOLDS_POSITION-> Ngân hàng TMCP Á Châu'],
    q: { 'Trần Hùng Huy -HOLDS_POSITION-> Ngân hàng TMCP Á Châu': { role: 'Tổng giám đốc' } },
  },
  {
    text: 'Ông [Per:Lê Quang Minh], người đứng đầu [Org:Cục An toàn thông tin], cho biết số vụ tấn công giảm.',
    want: ['Lê Quang Minh -HOLDS_POSITION-> Cục An toàn thông tin'],
    q: { 'Lê Quang Minh -HOLDS_POSITION-> Cục An toàn thông tin': { role: 'người đứng đầu' } },
  },
  {
    text: 'Theo CEO của [Org:Tập đoàn Apple], [Per:Tim Cook], doanh số iPhone tăng mạnh.',
    want: ['Tim Cook -HOLDS_POSITION-> Tập đoàn Apple'],
    q: { 'Tim Cook -HOLDS_POSITION-> Tập đoàn Apple': { role: 'CEO' } },
  },
  {
    text: 'Bà [Per:Nguyễn Thị Thanh Hà] vừa được bầu làm Chủ tịch [Org:Hội Nữ doanh nhân Việt Nam] nhiệm kỳ mới.',
    want: ['Nguyễn Thị Thanh Hà -HOLDS_POSITION-> Hội Nữ doanh nhân Việt Nam'],
    q: { 'Nguyễn Thị Thanh Hà -HOLDS_POSITION-> Hội Nữ doanh nhân Việt Nam': { role: 'Chủ tịch' } },
  },
  {
    text: 'Tân Giám đốc [Org:Sở Y tế Cần Thơ] là ông [Per:Hoàng Minh Đức].',
    want: ['Hoàng Minh Đức -HOLDS_POSITION-> Sở Y tế Cần Thơ'],
    q: { 'Hoàng Minh Đức -HOLDS_POSITION-> Sở Y tế Cần Thơ': { role: 'Tân Giám đốc' } },
  },
  // a British minister's title
  {
    text: 'Tại buổi họp trực tuyến, ông [Per:Nigel Adams], Quốc vụ khanh [Org:Bộ Ngoại giao Anh], đã trao đổi với phía Việt Nam.',
    want: ['Nigel Adams -HOLDS_POSITION-> Bộ Ngoại giao Anh'],
    q: { 'Nigel Adams -HOLDS_POSITION-> Bộ Ngoại giao Anh': { role: 'Quốc vụ khanh' } },
  },
];

describe('relate: people and titles (HOLDS_POSITION with role)', () => {
  it.each(CASES.map((c) => [c.text, c] as const))('%s', (_t, c) => checkCase(c, expect));
});
