// Foreign capitalised names with no head noun ("công ty", "hãng") are Organizations only with
// evidence; a name shaped like a person's, a product, an event or a street is not one.
import { describe, expect, it } from 'vitest';
import { labels, mentionsOf } from './helpers.ts';

interface Case {
  text: string;
  must?: string[];
  mustNot: string[];
}

const cases: Case[] = [
  // a role written in capitals before the name: the name is a person's, the title is no part of it
  { text: 'Đội bóng của HLV Mancuso thua trận thứ ba liên tiếp.', must: ['Person:Mancuso'], mustNot: ['Organization:HLV Mancuso', 'Organization:Mancuso'] },
  { text: 'Sau trận, HLV Rinaldi than phiền về mặt sân.', mustNot: ['Organization:HLV Rinaldi', 'Organization:Rinaldi'] },
  // words before a player, a relative or a soldier make the name a person's
  { text: 'Cú sút của tiền đạo Drummond đi chệch cột dọc.', must: ['Person:Drummond'], mustNot: ['Organization:Drummond'] },
  { text: 'Trung vệ Okafor đánh đầu gỡ hòa ở phút cuối. Okafor đã ghi bàn ba trận liền.', mustNot: ['Organization:Okafor'] },
  { text: 'Mẹ Halloran kể lại chuyện con trai bị bắt. Halloran đã khóc.', mustNot: ['Organization:Halloran'] },
  // a name with its country in brackets, in a list of results: a player
  { text: 'Vòng hai: Marek Pavlik (Séc) thắng Nguyễn Văn Tài (Việt Nam) 2-0.', must: ['Person:Marek Pavlik'], mustNot: ['Organization:Marek Pavlik'] },
  { text: 'Bretonneau (Pháp) thắng Lindqvist (Thụy Điển); Haas (Đức) thua Bretonneau (Pháp).', mustNot: ['Organization:Bretonneau', 'Organization:Lindqvist'] },
  // verbs anyone uses after a name tell no company: "ra đi", "phát biểu"
  { text: 'Ban lãnh đạo đồng ý để Kowalczyk ra đi vào mùa hè.', mustNot: ['Organization:Kowalczyk'] },
  { text: 'Trợ lý của đội, Ramon Estevez phát biểu sau buổi tập.', mustNot: ['Organization:Ramon Estevez'] },
  // a name after "và" is not vouched for as a company
  { text: 'Hai người lính Perrault và Dunstan bị điều tra từ tháng trước.', mustNot: ['Organization:Dunstan'] },
  // a company's own deal right after its name still vouches for it
  { text: 'Zentrix mua lại một công ty khởi nghiệp ở Berlin.', must: ['Organization:Zentrix'], mustNot: [] },
  // a model number after the name: a product
  { text: 'Thiết bị Velocor TrailMaster X7 có màn hình lớn hơn bản cũ.', mustNot: ['Organization:Velocor TrailMaster X7', 'Organization:Velocor TrailMaster'] },
  { text: 'Máy ảnh KestrelPro 200D nhẹ hơn nhiều so với đối thủ.', mustNot: ['Organization:KestrelPro'] },
  // a competition's name
  { text: 'Đội tuyển dừng bước ở bán kết VFF Ferrox Cup năm ấy.', mustNot: ['Organization:VFF Ferrox Cup'] },
  // a competition the archive often names like a company ("đội vô địch Tiger Cup")
  { text: 'Đội tuyển từng hai lần vào chung kết Tiger Cup.', mustNot: ['Organization:Tiger Cup'] },
  { text: 'Tay vợt này từng vào tứ kết ATP Ferrox Open.', mustNot: ['Organization:ATP Ferrox Open'] },
  // a league or cup named by its first word ("Serie A", "Ligue 1", "Cup UEFA"), or ending in "Liga"
  { text: 'Anh ghi 24 bàn ở Serie A mùa trước.', mustNot: ['Organization:Serie A'] },
  { text: 'Đội bóng xứ Bretagne đứng thứ ba Ligue 2 sau mười vòng.', mustNot: ['Organization:Ligue 2'] },
  { text: 'Hai đội sẽ gặp nhau ở tứ kết Copa Libertadores.', mustNot: ['Organization:Copa Libertadores'] },
  { text: 'Valencia dẫn đầu bảng xếp hạng Primera Liga.', mustNot: ['Organization:Primera Liga'] },
  { text: 'Tay vợt số một thế giới bị loại ngay vòng hai Ferrox Masters.', mustNot: ['Organization:Ferrox Masters'] },
  // a stadium after "sân nhà", "SVĐ", "sân vận động": a venue, not an organisation nor a person
  { text: 'Đội chủ nhà thua ngay trên sân nhà Giuseppe Meazza.', mustNot: ['Organization:Giuseppe Meazza', 'Person:Giuseppe Meazza'] },
  { text: 'Trận chung kết diễn ra trên SVĐ Ferrox Park tối mai.', mustNot: ['Organization:Ferrox Park'] },
  // a server or client program
  { text: 'Bản vá mới sửa lỗi trong Quenta Server và Quenta Client.', mustNot: ['Organization:Quenta Server', 'Organization:Quenta Client'] },
  // malware after "sâu", "virus"
  { text: 'Các chuyên gia cho biết sâu Grolbex đã lây qua thư điện tử.', mustNot: ['Organization:Grolbex'] },
  // the end of a hyphenated word
  { text: 'Cảnh sát phong tỏa khu al-Qurtaz trong đêm. Dân khu al-Qurtaz được sơ tán.', mustNot: ['Organization:Qurtaz'] },
  // a country in Vietnamese spelling before a foreign bank is not part of its name
  { text: 'Ngân hàng đối ngoại Nga Brackwellbank vừa thương lượng xong khoản vay.', must: ['Organization:Brackwellbank'], mustNot: ['Organization:Nga Brackwellbank'] },
];

describe('unheaded foreign names: organisation only with evidence', () => {
  it.each(cases)('$text', ({ text, must = [], mustNot }) => {
    const found = labels(mentionsOf(text));
    for (const m of must) expect(found).toContain(m);
    for (const m of mustNot) expect(found).not.toContain(m);
  });
});

describe('streets after a house number', () => {
  it.each([
    'Văn phòng đặt tại số 45 Trường Sơn, phường 2.',
    'Cửa hàng ở số 12A Hội Vân, quận 3.',
    'Địa chỉ: số 7/3 Lê Quý Đôn, phường 6.',
  ])('%s', (text) => {
    const found = labels(mentionsOf(text));
    expect(found.filter((l) => l.startsWith('Organization:') || l.startsWith('Person:'))).toEqual([]);
  });
});
