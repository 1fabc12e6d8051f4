// Where a headed name ends when it goes on in lowercase: the archive's usual continuation, also
// past a comma inside a word ("phòng, chống") or a function word written with a capital; an
// acronym in brackets that spells the words right before it; a school named only by its level.
// Sentences are made up for the test.
import { describe, it } from 'vitest';
import { checkMentions, type MentionCase } from './helpers.ts';

describe('a name goes on as the archive usually sees it', () => {
  it.each<MentionCase>([
    { text: 'Tối qua, Phòng Cảnh sát Điều tra tội phạm về trật tự xã hội đã kiểm tra ba quán karaoke.', must: ['Organization:Phòng Cảnh sát Điều tra tội phạm về trật tự xã hội'] },
    // "phòng chống" is one word, written here with a comma.
    { text: 'Lô hàng bị Đội Kiểm soát phòng, chống ma túy giữ lại ở cửa khẩu.', must: ['Organization:Đội Kiểm soát phòng, chống ma túy'], mustNot: ['Organization:Đội Kiểm soát phòng'] },
    // "Các" (the plural word) written with a capital inside the name.
    { text: 'Hai bệnh nhân được chuyển lên Viện Y học Lâm sàng Các bệnh nhiệt đới chiều qua.', must: ['Organization:Viện Y học Lâm sàng Các bệnh nhiệt đới'] },
    // "Central" after the usual continuation is the body's level, like a place.
    { text: 'Chiều qua, Viện Vệ sinh dịch tễ T.Ư cho biết kết quả xét nghiệm.', must: ['Organization:Viện Vệ sinh dịch tễ T.Ư'] },
    // After a place the name is whole: a headline repeated in the archive does not go on with it.
    { text: 'Chiều nay ĐH Dân lập Ngoại ngữ Tin học TP HCM công bố điểm chuẩn.', must: ['Organization:ĐH Dân lập Ngoại ngữ Tin học TP HCM'] },
    // A comma between two words is still the sentence's: the name stops before it.
    { text: 'Bộ Tài chính, Bộ Công Thương cùng ký văn bản.', must: ['Organization:Bộ Tài chính', 'Organization:Bộ Công Thương'] },
  ])('$text', checkMentions);
});

describe('an acronym in brackets belongs to the words it spells', () => {
  it.each<MentionCase>([
    { text: 'Từ năm ngoái, Bệnh viện Việt Đức bắt đầu dùng bone graft substitute (BGS) cho ca mổ.', must: ['Organization:Bệnh viện Việt Đức'], mustNot: ['Organization:Bệnh viện Việt Đức bắt đầu dùng bone graft substitute'] },
    // The name's own acronym still takes the lowercase words in.
    { text: 'Năm nay Quỹ Đối tác các-bon trong lâm nghiệp (FCPF) giải ngân thêm vốn.', must: ['Organization:Quỹ Đối tác các-bon trong lâm nghiệp'] },
  ])('$text', checkMentions);
});

describe('a school named only by its level is no name', () => {
  it.each<MentionCase>([
    { text: 'Lớp tập huấn mở tại trường Trung học dân lập kỹ nghệ tỉnh nhà.', must: [], mustNot: ['Organization:trường Trung học'] },
    { text: 'Em học xong Trường Cao đẳng rồi đi làm.', must: [], mustNot: ['Organization:Trường Cao đẳng'] },
    { text: 'Trường Trung học Kỹ thuật Nông nghiệp tuyển 300 học viên.', must: ['Organization:Trường Trung học Kỹ thuật Nông nghiệp'] },
  ])('$text', checkMentions);
});

describe('a school named after a person', () => {
  it.each<MentionCase>([
    // "Đức" is also Germany: inside a full name it is a middle name.
    { text: 'Chị tốt nghiệp Trường Đại học Tôn Đức Thắng năm 2010.', must: ['Organization:Trường Đại học Tôn Đức Thắng'] },
    // "bán công", "dân lập" say what kind of school it is; the person's name is still its name.
    { text: 'Năm nay ĐH Bán công Tôn Đức Thắng tuyển 3.000 sinh viên.', must: ['Organization:ĐH Bán công Tôn Đức Thắng'] },
    { text: 'Học sinh Trường THPT Dân lập Nguyễn Khuyến đạt giải nhất.', must: ['Organization:Trường THPT Dân lập Nguyễn Khuyến'] },
    // After the school's name, another person's: the school's head.
    { text: 'Hiệu trưởng ĐH Bán công Tôn Đức Thắng Huỳnh Kim Tín cho biết như vậy.', must: ['Organization:ĐH Bán công Tôn Đức Thắng'], mustNot: ['Organization:ĐH Bán công Tôn Đức Thắng Huỳnh Kim Tín'] },
    // A place at the end of the name is still the school's place.
    { text: 'Trường THPT Nguyễn Huệ Đà Nẵng có 40 lớp.', must: ['Organization:Trường THPT Nguyễn Huệ Đà Nẵng'] },
  ])('$text', checkMentions);
});

describe('the edges of a name: a clause opener before it, a number hyphened to its end', () => {
  it.each<MentionCase>([
    { text: 'Ông nói: "Khi Samsung muốn làm gì, họ làm ngay."', must: ['Organization:Samsung'], mustNot: ['Organization:Khi Samsung'] },
    { text: 'Sau Google, hai hãng khác cũng giảm giá.', must: ['Organization:Google'], mustNot: ['Organization:Sau Google'] },
    // "Theo" is also a given name: a person's name may start with it.
    { text: 'Tiền đạo Theo Walcott ghi bàn ở phút 80.', must: [], mustNot: ['Organization:Walcott', 'Person:Walcott'] },
    // Two foreign words hyphened with no space are one word of the name.
    { text: 'Hãng bán tủ lạnh qua các nhà bán lẻ như tập đoàn Wal-Mart.', must: ['Organization:tập đoàn Wal-Mart'], mustNot: ['Organization:tập đoàn Wal'] },
    { text: 'Hôm qua, Ban Chỉ đạo quốc gia phòng chống dịch bệnh Covid-19 họp trực tuyến.', must: ['Organization:Ban Chỉ đạo quốc gia phòng chống dịch bệnh Covid-19'] },
  ])('$text', checkMentions);
});
