// A foreign run the archive cannot place whole, read from its words: each seen and never named as
// an organisation, the last (the family name the news calls a foreigner by) seen after a
// person's title, makes a person ("Chad Gould"). Brands named after people keep their evidence.
// Sentences are made up; the verdicts come from the mined archive (data/mined/latin-runs.json).
import { describe, it } from 'vitest';
import { checkMentions, type MentionCase } from './helpers.ts';


const cases: MentionCase[] = [
  // given name and family name, the family name known after "ông", "Thủ tướng"…
  { text: 'Phút 78, Chad Thompson sút bóng chạm xà ngang.', must: ['Person:Chad Thompson'], mustNot: ['Organization:Chad Thompson'] },
  { text: 'Cú đánh đầu của Chad Gould đưa trận đấu vào hiệp phụ.', must: ['Person:Chad Gould'], mustNot: ['Organization:Chad Gould'] },
  { text: 'Tỷ số được nâng lên nhờ pha dứt điểm của Louis Gould.', must: ['Person:Louis Gould'] },
  // a word the archive has seen as a company's: still a brand
  { text: 'Louis Vuitton mở cửa hàng thứ hai tại Hà Nội.', must: ['Organization:Louis Vuitton'] },
  { text: 'Christian Dior ra mắt bộ sưu tập mùa thu.', must: ['Organization:Christian Dior'] },
  // a last word never seen after a person's title: never made a person
  { text: 'Goldman Sachs vừa nâng dự báo tăng trưởng của khu vực.', must: [], mustNot: ['Person:Goldman Sachs'] },
  // a footballer the archive saw with his club's acronym in brackets, never named as an organisation
  { text: 'Scholes đá cặp với Nistelrooy trên hàng công.', must: [], mustNot: ['Organization:Nistelrooy'] },
  // a head noun decides before the words do
  { text: 'Ngân hàng Goldman Sachs nâng dự báo tăng trưởng.', must: ['Organization:Ngân hàng Goldman Sachs'] },
  { text: 'Tập đoàn Merrill Lynch công bố lợi nhuận quý.', must: ['Organization:Tập đoàn Merrill Lynch'] },
];

describe('a foreign run read from its words', () => {
  it.each(cases)('$text', checkMentions);
});
