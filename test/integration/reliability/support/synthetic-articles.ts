// SYNTHETIC articles for the reliability tests: made-up Vietnamese news in the genre
// (awards, projects, funders, amounts), deterministic from a seed. Not real reporting;
// every name is assembled from the lists below. Used when bench/synthetic/ has no generator.
//   syntheticArticles(3, 'run1')[0].text →
//   "Thứ ba, 14/03/2017\n\nSở Thông tin và Truyền thông tỉnh Quảng Ninh nhận giải thưởng …"

import { seededRandom } from '../../../../bench/synthetic/generate-articles.ts';

export interface SyntheticArticle {
  /** File name: "synthetic-0007.txt". */
  name: string;
  /** The .txt layout of the seed: date line, title, body paragraphs, "Theo …". */
  text: string;
  title: string;
}

const PROVINCES = ['Quảng Ninh', 'Thừa Thiên Huế', 'Bình Dương', 'Cần Thơ', 'Hải Phòng', 'Lào Cai', 'Khánh Hòa', 'Nghệ An', 'Đồng Nai', 'Bắc Ninh', 'Kiên Giang', 'Lâm Đồng'];
const ORG_HEADS = ['Sở Thông tin và Truyền thông', 'Sở Kế hoạch và Đầu tư', 'Sở Y tế', 'Sở Giáo dục và Đào tạo', 'Ủy ban nhân dân'];
const AWARDS = ['Giải thưởng Thành phố thông minh Việt Nam', 'Giải thưởng Chuyển đổi số Việt Nam', 'Giải thưởng Sao Khuê', 'Giải thưởng Chính phủ số châu Á'];
const PROJECTS = ['Chính quyền điện tử', 'Trung tâm điều hành đô thị thông minh', 'Bệnh viện thông minh', 'Cơ sở dữ liệu dùng chung', 'Dịch vụ công trực tuyến'];
const FUNDERS = ['Ngân hàng Thế giới (WB)', 'Ngân hàng Phát triển châu Á (ADB)', 'Cơ quan Hợp tác Quốc tế Nhật Bản (JICA)', 'Liên minh châu Âu (EU)'];
const ORGANISERS = ['Hiệp hội Phần mềm và Dịch vụ Công nghệ thông tin Việt Nam', 'Hội Truyền thông số Việt Nam', 'Bộ Thông tin và Truyền thông'];
const WEEKDAYS = ['Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy', 'Chủ nhật'];
const OUTLETS = ['Nhandan', 'VnExpress', 'Tuổi Trẻ', 'Thanh Niên'];

function hashSeed(text: string): number {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619);
  return h >>> 0;
}

/** `count` articles; `tag` makes a batch's texts (and so its article ids) unique to it. */
export function syntheticArticles(count: number, tag: string): SyntheticArticle[] {
  const random = seededRandom(hashSeed(tag));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const province = pick(PROVINCES);
    const org = `${pick(ORG_HEADS)} tỉnh ${province}`;
    const award = pick(AWARDS);
    const project = `${pick(PROJECTS)} tỉnh ${province}`;
    const funder = pick(FUNDERS);
    const organiser = pick(ORGANISERS);
    const year = 2010 + Math.floor(random() * 14);
    const amount = (1 + Math.floor(random() * 900)) / 10;
    const day = 1 + Math.floor(random() * 28);
    const month = 1 + Math.floor(random() * 12);
    const title = `${org} nhận ${award} năm ${year} (bản tin tổng hợp ${tag} số ${i + 1})`;
    const paragraphs = [
      `${org} vừa được ${organiser} trao ${award} năm ${year} cho dự án "${project}".`,
      `Dự án được tài trợ bởi ${funder} với tổng vốn đầu tư là ${String(amount).replace('.', ',')} triệu USD.`,
      `Theo lãnh đạo ${org}, dự án đã phục vụ hơn ${100 + Math.floor(random() * 9000)} người dân và doanh nghiệp trong năm ${year}.`,
      `Đây là bản tin tổng hợp số ${i + 1} của loạt ${tag}, dùng để kiểm thử.`,
    ];
    const date = `${pick(WEEKDAYS)}, ${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
    const text = `${date}\n\n${title}\n\n${paragraphs.join('\n\n')}\n\nTheo ${pick(OUTLETS)}\n`;
    return { name: `synthetic-${String(i + 1).padStart(4, '0')}.txt`, text, title };
  });
}
