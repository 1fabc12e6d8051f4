// Where a headed name ends when lowercase words follow it: the archive's settled continuation
// ("Cục Kiểm tra | sau thông quan", though "sau" ends most names), the area a unit serves
// ("… | khu vực 3", "… | khu vực miền Bắc"), and a bracketed acronym the writer gives for the
// whole name ("Quỹ Đối tác | các-bon trong lâm nghiệp (FCPF)"). Sentences are made up.
import { describe, expect, it } from 'vitest';
import { labels, mentionsOf } from './helpers.ts';

interface Case {
  text: string;
  must: string[];
  mustNot?: string[];
}

const cases: Case[] = [
  // a continuation nearly every sighting in the archive has, even after a stop word
  { text: 'Đoàn công tác của Cục Kiểm tra sau thông quan làm việc tại cảng.', must: ['Organization:Cục Kiểm tra sau thông quan'], mustNot: ['Organization:Cục Kiểm tra'] },
  { text: 'Lãnh đạo Chi cục Kiểm tra sau thông quan đã báo cáo kết quả.', must: ['Organization:Chi cục Kiểm tra sau thông quan'] },
  // a stop word after a name that usually stands alone ends it
  { text: 'Cục Thuế sau đó yêu cầu doanh nghiệp nộp bổ sung.', must: ['Organization:Cục Thuế'], mustNot: ['Organization:Cục Thuế sau'] },
  // a name too rare for its own continuation takes those of names ending alike (… Cảnh sát | biển)
  { text: 'Ban Thường vụ Đảng ủy Cảnh sát biển đã ký kết với mười tỉnh ven biển.', must: ['Organization:Đảng ủy Cảnh sát biển'], mustNot: ['Organization:Đảng ủy Cảnh sát'] },
  { text: 'Lãnh đạo Cục Nghiệp vụ Cảnh sát biển tặng quà cho ngư dân.', must: ['Organization:Cục Nghiệp vụ Cảnh sát biển'] },
  // but never over a word that starts the sentence's own words, nor a longer dictionary word
  { text: 'Đảng ủy Cảnh sát đã họp bàn kế hoạch.', must: ['Organization:Đảng ủy Cảnh sát'] },
  // a continuation never ends on a word that needs more after it
  { text: 'Phòng Cảnh sát điều tra tội phạm về ma túy bắt giữ hai đối tượng.', must: [], mustNot: ['Organization:Phòng Cảnh sát điều tra tội phạm về'] },
  // the area a unit serves
  { text: 'Chi cục Hải quan khu vực 3 vừa thu giữ lô hàng giả.', must: ['Organization:Chi cục Hải quan khu vực 3'] },
  { text: 'Cục Điều tra chống buôn lậu khu vực II phối hợp kiểm tra.', must: ['Organization:Cục Điều tra chống buôn lậu khu vực II'] },
  { text: 'Báo cáo của Chi cục Thú y khu vực miền Trung gửi lên Bộ.', must: ['Organization:Chi cục Thú y khu vực miền Trung'] },
  { text: 'Ngân hàng Thế giới khu vực này đang rà soát các khoản vay.', must: ['Organization:Ngân hàng Thế giới'], mustNot: ['Organization:Ngân hàng Thế giới khu vực này'] },
  // a bracketed acronym for the whole name
  { text: 'Khoản tài trợ đến từ Quỹ Bảo tồn rừng nhiệt đới trong khu vực (TFCF) của hai nước.', must: ['Organization:Quỹ Bảo tồn rừng nhiệt đới trong khu vực'] },
  { text: 'Hội đồng Doanh nghiệp vì sự phát triển bền vững (VBSD) công bố bảng xếp hạng.', must: ['Organization:Hội đồng Doanh nghiệp vì sự phát triển bền vững'] },
  { text: 'Quỹ Sáng kiến Hỗ trợ dành cho nữ nông dân (We-AG) cấp vốn cho 30 hợp tác xã.', must: ['Organization:Quỹ Sáng kiến Hỗ trợ dành cho nữ nông dân'] },
  // a verb of the sentence before the bracket: the name stops where it did
  { text: 'Ngân hàng Phát triển đã giải ngân cho dự án (ODA) vào tháng trước.', must: ['Organization:Ngân hàng Phát triển'], mustNot: ['Organization:Ngân hàng Phát triển đã giải ngân cho dự án'] },
  // a common noun and its abbreviation: no name
  { text: 'Theo Hội đồng xét xử (HĐXX), bị cáo đã thành khẩn khai báo.', must: [], mustNot: ['Organization:Hội đồng xét xử'] },
  { text: 'Cơ quan điều tra (CQĐT) đã khởi tố vụ án.', must: [], mustNot: ['Organization:Cơ quan điều tra'] },
  { text: 'Trung tâm Y tế là nơi tiếp nhận bệnh nhân (BN) đầu tiên.', must: [], mustNot: ['Organization:Trung tâm Y tế là nơi tiếp nhận bệnh nhân'] },
];

describe('lowercase tails of headed names', () => {
  it.each(cases)('$text', ({ text, must, mustNot = [] }) => {
    const found = labels(mentionsOf(text));
    for (const m of must) expect(found).toContain(m);
    for (const m of mustNot) expect(found).not.toContain(m);
  });
});
