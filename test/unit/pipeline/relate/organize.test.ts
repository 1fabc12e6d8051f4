import { describe, expect, it } from 'vitest';
import { checkCase, runRelate, type RelateCase } from './run-relate.ts';

const CASES: RelateCase[] = [
  {
    text: '[Event:Hội nghị Y học hạt nhân toàn quốc] do [Org:Bộ Y tế] tổ chức ngày 12/5 tại [Place:Huế].',
    want: ['Hội nghị Y học hạt nhân toàn quốc -ORGANIZED_BY-> Bộ Y tế', 'Hội nghị Y học hạt nhân toàn quốc -LOCATED_IN-> Huế'],
  },
  {
    text: '[Org:Hiệp hội Phần mềm Việt Nam] phối hợp với [Org:Cơ quan Xúc tiến Thương mại Nhật Bản] tổ chức [Event:Diễn đàn CNTT Việt - Nhật].',
    want: [
      'Diễn đàn CNTT Việt - Nhật -ORGANIZED_BY-> Hiệp hội Phần mềm Việt Nam',
      'Diễn đàn CNTT Việt - Nhật -ORGANIZED_BY-> Cơ quan Xúc tiến Thương mại Nhật Bản',
    ],
  },
  {
    text: '[Project:Chương trình Mùa hè xanh] do [Org:Trung ương Đoàn], [Org:Đài Truyền hình Việt Nam] và [Org:Tập đoàn Viettel] phối hợp tổ chức.',
    want: [
      'Chương trình Mùa hè xanh -ORGANIZED_BY-> Trung ương Đoàn',
      'Chương trình Mùa hè xanh -ORGANIZED_BY-> Đài Truyền hình Việt Nam',
      'Chương trình Mùa hè xanh -ORGANIZED_BY-> Tập đoàn Viettel',
    ],
  },
  {
    text: 'Sáng nay, [Org:Bộ Văn hóa, Thể thao và Du lịch] long trọng tổ chức [Event:lễ đón nhận bằng di sản] tại [Place:Ninh Bình].',
    want: ['lễ đón nhận bằng di sản -ORGANIZED_BY-> Bộ Văn hóa, Thể thao và Du lịch'],
  },
  {
    text: '[Event:Triển lãm Giáo dục quốc tế] được tổ chức bởi [Org:Liên hiệp Tư vấn du học].',
    want: ['Triển lãm Giáo dục quốc tế -ORGANIZED_BY-> Liên hiệp Tư vấn du học'],
  },
  {
    text: '[Project:Dự án của] [Org:Sở Giao thông vận tải] đã được phê duyệt.',
    want: [],
    not: ['Dự án của -IMPLEMENTED_BY-> *'],
  },
  {
    text: '[Project:Dự án=>Xây dựng chính quyền điện tử] của [Org:Sở Nội vụ Đồng Nai] là một trong năm đề cử.',
    want: ['Xây dựng chính quyền điện tử -IMPLEMENTED_BY-> Sở Nội vụ Đồng Nai'],
  },
  {
    text: '[Project:Khảo sát về thiết bị dạy học] do [Org:Công đoàn Giáo dục Việt Nam] thực hiện đã được công bố.',
    want: ['Khảo sát về thiết bị dạy học -IMPLEMENTED_BY-> Công đoàn Giáo dục Việt Nam'],
  },
  {
    text: '[Org:Sở Thông tin và Truyền thông Huế] đã triển khai [Project:Hệ thống Huế-S] từ năm 2021.',
    want: ['Hệ thống Huế-S -IMPLEMENTED_BY-> Sở Thông tin và Truyền thông Huế'],
  },
  {
    text: '[Org:Ban Quản lý dự án giao thông] là chủ đầu tư dự án [Project:cầu Rạch Miễu 2].',
    want: ['cầu Rạch Miễu 2 -IMPLEMENTED_BY-> Ban Quản lý dự án giao thông'],
  },
  {
    text: '[Project:Dự án nhà máy điện gió Bạc Liêu] có chủ đầu tư là [Org:Công ty TNHH Xây dựng Công Lý].',
    want: ['Dự án nhà máy điện gió Bạc Liêu -IMPLEMENTED_BY-> Công ty TNHH Xây dựng Công Lý'],
  },
  {
    text: '[Project:Chương trình Thế giới phía trước] của [Org:Intel] nhằm đưa máy tính tới các nước đang phát triển.',
    want: ['Chương trình Thế giới phía trước -IMPLEMENTED_BY-> Intel'],
  },
  {
    text: '[Org:Công ty Cổ phần FPT] tổ chức họp báo giới thiệu [Project:dịch vụ truyền hình mới].',
    want: [],
    not: ['dịch vụ truyền hình mới -ORGANIZED_BY-> *'],
  },
  {
    text: '[Org:Tổng cục Du lịch] cho biết [Org:Bộ Tài chính] được giao chủ trì xây dựng [Project:Quy chế thuê tư vấn].',
    want: ['Quy chế thuê tư vấn -IMPLEMENTED_BY-> Bộ Tài chính'],
    not: ['Quy chế thuê tư vấn -IMPLEMENTED_BY-> Tổng cục Du lịch'],
  },
  {
    text: '[Event:Lễ ký kết] diễn ra trong khuôn khổ [Event:Diễn đàn Kinh tế Việt Nam 2023].',
    want: ['Lễ ký kết -PART_OF-> Diễn đàn Kinh tế Việt Nam 2023'],
  },
  {
    text: '[Project:Hệ thống Hồ sơ sức khỏe điện tử] được [Org:Sở Y tế Đồng Tháp] triển khai từ năm 2020.',
    want: ['Hệ thống Hồ sơ sức khỏe điện tử -IMPLEMENTED_BY-> Sở Y tế Đồng Tháp'],
  },
  {
    text: '[Org:Văn phòng Chính phủ] chủ trì [Event:Hội nghị trực tuyến toàn quốc] về cải cách hành chính.',
    want: ['Hội nghị trực tuyến toàn quốc -ORGANIZED_BY-> Văn phòng Chính phủ'],
  },
  {
    text: '[Project:Dự án Chính quyền điện tử tỉnh Quảng Ninh] do [Org:Sở Thông tin và Truyền thông Quảng Ninh] chủ trì thực hiện.',
    want: ['Dự án Chính quyền điện tử tỉnh Quảng Ninh -IMPLEMENTED_BY-> Sở Thông tin và Truyền thông Quảng Ninh'],
    not: ['Dự án Chính quyền điện tử tỉnh Quảng Ninh -ORGANIZED_BY-> *'],
  },
  {
    text: '[Event:Diễn đàn Chuyển đổi số 2023] do [Org:Bộ Thông tin và Truyền thông] phối hợp với [Org:Hiệp hội VINASA] tổ chức đã khai mạc.',
    want: ['Diễn đàn Chuyển đổi số 2023 -ORGANIZED_BY-> Bộ Thông tin và Truyền thông', 'Diễn đàn Chuyển đổi số 2023 -ORGANIZED_BY-> Hiệp hội VINASA'],
  },
  // A programme defined by its sentence, organisers after a long description; a bracketed alias is no extra organiser.
  {
    text: '[Project:Ánh sáng học đường] là chương trình vì trẻ em vùng cao được đầu tư quy mô nhất trong nhiều năm do [Org:Hội Liên hiệp Phụ nữ VN], [Org:Đài Tiếng nói VN], [Org:Tổng Công ty Điện lực Miền Bắc] ([Org:EVNNPC]) phối hợp tổ chức.',
    want: [
      'Ánh sáng học đường -ORGANIZED_BY-> Hội Liên hiệp Phụ nữ VN',
      'Ánh sáng học đường -ORGANIZED_BY-> Đài Tiếng nói VN',
      'Ánh sáng học đường -ORGANIZED_BY-> Tổng Công ty Điện lực Miền Bắc',
    ],
    not: ['Ánh sáng học đường -ORGANIZED_BY-> EVNNPC'],
  },
  {
    text: '[Event:Sắc màu văn hóa] là một cuộc thi thường niên dành cho sinh viên các trường đại học do [Org:Trung ương Đoàn] và [Org:Bộ Giáo dục và Đào tạo] tổ chức.',
    want: ['Sắc màu văn hóa -ORGANIZED_BY-> Trung ương Đoàn', 'Sắc màu văn hóa -ORGANIZED_BY-> Bộ Giáo dục và Đào tạo'],
  },
  {
    text: '[Project:Vì biển đảo quê hương] là chương trình có ý nghĩa lớn, theo [Org:Bộ Quốc phòng], do các nghệ sĩ tự tổ chức.',
    want: [],
    not: ['Vì biển đảo quê hương -ORGANIZED_BY-> Bộ Quốc phòng'],
  },
  {
    text: 'Hội nghị do [Org:Bộ Tài chính] tổ chức, trong khi [Org:Ngân hàng Nhà nước] ([Org:NHNN]) và [Org:Bộ Công Thương] cùng tổ chức [Event:Diễn đàn Doanh nghiệp 2024].',
    want: ['Diễn đàn Doanh nghiệp 2024 -ORGANIZED_BY-> Bộ Công Thương'],
    not: ['Diễn đàn Doanh nghiệp 2024 -ORGANIZED_BY-> NHNN'],
  },
];

describe('relate: organisers and implementers (ORGANIZED_BY, IMPLEMENTED_BY)', () => {
  it.each(CASES.map((c) => [c.text, c] as const))('%s', (_t, c) => checkCase(c, expect));
});

describe('relate: links through a bare head noun (inferred, low confidence)', () => {
  it('"Dự án của X" after a named project: that project is implemented by X', () => {
    const text =
      '[Org:Sở Nội vụ Huế] được trao [Award:Giải thưởng Cải cách hành chính] cho dự án [Project:Một cửa điện tử]. ' +
      'Trước đó, [Project:tiểu dự án Đào tạo cán bộ] đã hoàn thành. ' +
      'Dự án của [Org:Sở Nội vụ Huế] là đề cử duy nhất lọt vào vòng chung kết.';
    checkCase(
      {
        text,
        want: ['Một cửa điện tử -IMPLEMENTED_BY-> Sở Nội vụ Huế', 'Một cửa điện tử -NOMINATED_FOR-> Giải thưởng Cải cách hành chính'],
        not: ['tiểu dự án Đào tạo cán bộ -IMPLEMENTED_BY-> *'],
        q: { 'Một cửa điện tử -NOMINATED_FOR-> Giải thưởng Cải cách hành chính': { finalist: true } },
      },
      expect,
    );
    const inferred = runRelate(text).byLine.get('Một cửa điện tử -IMPLEMENTED_BY-> Sở Nội vụ Huế');
    expect(inferred?.confidence).toBeLessThanOrEqual(0.5);
  });
  it('no earlier project, no link', () => {
    expect(runRelate('Dự án của [Org:Sở Nội vụ Huế] đã hoàn thành.').facts).toEqual([]);
  });
});
