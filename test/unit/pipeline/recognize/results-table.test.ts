// A results table whose line breaks were lost joins the last club of one line to the first of
// the next ("Fulham MU", "NorwichPortsmouth"). Neither is one club; both halves were names the
// archive knows alone. Outside a table, or where the archive knows the joined form, a name is
// read as before. Sentences are made up in the shape of such tables.
import { describe, it } from 'vitest';
import { checkMentions, type MentionCase } from './helpers.ts';

const cases: MentionCase[] = [
  { text: 'Kết quả: Liverpool 3-1 Fulham MU 2-0 Birmingham Boro 1-0 Blackburn', must: [], mustNot: ['Organization:Fulham MU'] },
  { text: 'Vòng 12: Everton 0-1 ChelseaBirmingham 2-0 LiverpoolBlackburn 3-0 NorwichPortsmouth 1-2 Bolton', must: [], mustNot: ['Organization:NorwichPortsmouth', 'Organization:ChelseaBirmingham', 'Organization:LiverpoolBlackburn'] },
  { text: 'Kết quả vòng 5: Arsenal 2-0 Aston VillaBolton 1-1 Fulham', must: [], mustNot: ['Organization:Aston VillaBolton'] },
  { text: 'Vòng 3: Lazio 1-0 MessinaParma 1-1 PalermoReggina 0-3 RomaSiena', must: [], mustNot: ['Organization:MessinaParma', 'Organization:PalermoReggina'] },
  // fixtures still to play, with no scores: dashes between clubs make the table
  { text: 'Vòng 4, chủ nhật: Chievo - ParmaEmpoli - JuventusLecce - AscoliRoma - Udinese', must: [], mustNot: ['Organization:JuventusLecce', 'Organization:ParmaEmpoli'] },
  // a list pairing persons with what they won is no fixture list, nor is a game's spec sheet
  { text: 'Kết quả: Kim Nguyen - Á hậu một, Jennifer Pham - Á hậu hai, Barbara Nguyen - Hoa hậu Áo dài.', must: ['Person:Jennifer Pham', 'Person:Barbara Nguyen'], mustNot: [] },
  { text: 'Hệ máy: PC - Thể loại: Nhập vai - Hãng phát hành: Ncsoft - Hãng phát triển: ArenaNet - Ra mắt: 26-4-2005', must: ['Organization:ArenaNet'], mustNot: [] },
  // two pairs with a dash are no table
  { text: 'Trận Hà Nội - Hải Phòng và SLNA - Bình Định đều hoãn, VinaPhone vẫn tài trợ.', must: ['Organization:VinaPhone'], mustNot: [] },
  // a two-word club the archive knows whole stays one club in a table
  { text: 'Kết quả: Chelsea 2-0 Aston Villa, Arsenal 1-1 Manchester United', must: ['Organization:Manchester United'], mustNot: [] },
  // a CamelCase brand outside a table is still a brand
  { text: 'VinaPhone và MobiFone cùng giảm cước từ tháng 3.', must: ['Organization:VinaPhone', 'Organization:MobiFone'], mustNot: [] },
  // one score is no table: "MobiFone" in a sentence with one score is read as before
  { text: 'Đội bóng của MobiFone thắng 2-1 trong trận giao hữu.', must: ['Organization:MobiFone'], mustNot: [] },
];

describe('clubs joined in a results table', () => {
  it.each(cases)('$text', checkMentions);
});
