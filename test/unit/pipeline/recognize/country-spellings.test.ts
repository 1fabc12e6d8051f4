// Countries as the Vietnamese press spells them, which the ISO lists spell otherwise ("Ukraina"
// for "Ukraine", "Syria" for "Cộng Hòa Arab Syrian", "Arập Xêút"), and the nations of the United
// Kingdom: places, not persons or organisations, also as a people ("người Ukraina").
import { describe, it } from 'vitest';
import { checkMentions, type MentionCase } from './helpers.ts';

const cases: MentionCase[] = [
  { text: 'Khoảng một phần ba lượng gas mà Ukraina sử dụng là do Nga cung cấp.', must: ['Place:Ukraina'], mustNot: ['Person:Ukraina'] },
  { text: 'Sức ép đòi Syria rút quân khỏi Libăng tăng cao.', must: ['Place:Syria'], mustNot: ['Person:Syria'] },
  { text: 'Vụ tấn công ở thành phố Khobar (Arập Xêút) đẩy giá dầu lên cao.', must: ['Place:Arập Xêút'], mustNot: [] },
  { text: 'Các nhà nghiên cứu tại Đại học St Andrews ở Scotland cho biết.', must: ['Place:Scotland'], mustNot: ['Organization:Scotland'] },
  { text: 'Ba nước Estonia, Latvia và Litva gia nhập khối năm 2004.', must: ['Place:Litva'], mustNot: [] },
  // a republic's abbreviation before the country's name: the country ("CH Czech", "CHLB Đức")
  { text: 'Tay vợt Tomas Berdych (CH Czech) thắng ở vòng hai.', must: ['Place:CH Czech'], mustNot: ['Organization:CH Czech'] },
  { text: 'Đội tuyển Czech sẽ gặp Costa Rica vào tuần tới.', must: ['Place:Czech'], mustNot: [] },
  { text: 'Thủ tướng CHLB Đức đến Hà Nội chiều qua.', must: ['Place:CHLB Đức'], mustNot: ['Organization:CHLB Đức'] },
  { text: 'Quan hệ giữa Hàn Quốc và CHDCND Triều Tiên được cải thiện.', must: ['Place:CHDCND Triều Tiên'], mustNot: [] },
  // a people: neither a person nor a place of its own
  { text: 'Cô bạn gái người Tây Ban Nha đi cùng anh tới Marbella.', must: [], mustNot: ['Organization:Ban Nha'] },
  { text: 'Bộ tứ đánh thuê người Ukraina giúp đội bóng trụ hạng.', must: [], mustNot: ['Person:Ukraina', 'Organization:Ukraina'] },
];

describe('countries as the Vietnamese press spells them', () => {
  it.each(cases)('$text', checkMentions);
});
