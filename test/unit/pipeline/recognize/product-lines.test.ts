// Products named with their maker are not organisations: a maker, a line and a model number
// ("Dell Dimension 4600"), or an acronym the archive knows as a kind of product ("CPU Pentium",
// "XP Service Pack"). The maker alone, an organisation hyphened to an acronym ("AC-Nielsen")
// and a body whose last word is a company word ("DVD Forum") stay organisations. A mail header
// whose line breaks were lost ("From: Nguyen Van AnTo: …Subject:") names nobody. Sentences
// are made up; the evidence is the mined archive (data/mined/latin-runs.json).
import { describe, it } from 'vitest';
import { checkMentions, type MentionCase } from './helpers.ts';

const cases: MentionCase[] = [
  { text: 'Mỗi chiếc máy tính để bàn Dell Dimension 4600 có giá từ 749 USD.', must: [], mustNot: ['Organization:Dell Dimension'] },
  { text: 'Tháng này Toyota Wigo 2020 bán được hơn 500 xe.', must: [], mustNot: ['Organization:Toyota Wigo'] },
  { text: 'Giá CPU Pentium 4 giảm 5% trong tháng qua.', must: [], mustNot: ['Organization:CPU Pentium'] },
  { text: 'Máy dùng CPU Celeron 1,4 GHz và ổ cứng 30 GB.', must: [], mustNot: ['Organization:CPU Celeron'] },
  { text: 'Bản vá mới dành cho XP Service Pack 2 đã được phát hành.', must: [], mustNot: ['Organization:XP Service Pack'] },
  // the maker alone, or a maker with a score after it, is still an organisation
  { text: 'Dell cắt giảm 500 nhân viên tại châu Âu.', must: ['Organization:Dell'], mustNot: [] },
  { text: 'Cuộc khảo sát do AC-Nielsen tiến hành từ tháng 8.', must: ['Organization:AC-Nielsen'], mustNot: [] },
  { text: 'Sony muốn nhận được sự ủng hộ của DVD Forum cho chuẩn đĩa mới.', must: ['Organization:DVD Forum'], mustNot: [] },
  // a version number after the maker's name: the program
  { text: 'Theo hãng, Netscape 8.0 an toàn hơn bản trước.', must: [], mustNot: ['Organization:Netscape'] },
  { text: 'Trình duyệt mới dựa trên Zentrix 1.0.3, bản vá ra sau hai tuần.', must: [], mustNot: ['Organization:Zentrix'] },
  // a run that opens with the kind of product it is, or ends with an edition or a card (not "Bia":
  // a beer is named by its brewer, "bia Heineken")
  { text: 'Máy dùng CPU Zentrix Orion M 340 và 512 MB bộ nhớ.', must: [], mustNot: ['Organization:CPU Zentrix Orion M', 'Organization:Zentrix Orion M'] },
  { text: 'Giải phần cứng thuộc về Zentrix Classic Edition.', must: [], mustNot: ['Organization:Zentrix Classic Edition'] },
  { text: 'Bạn nên dùng một wireless LAN Card cho máy này.', must: [], mustNot: ['Organization:LAN Card'] },
  // a year after a name the archive does not know as a company's: an event's or a product's edition
  { text: 'Hội chợ trưng bày da giày (Vendrix 2005) có hơn 100 gian hàng.', must: [], mustNot: ['Organization:Vendrix'] },
  { text: 'Anh dự định thi đấu năm nội dung tại Commonweaths 2006.', must: [], mustNot: ['Organization:Commonweaths'] },
  { text: 'Báo cáo tài chính của Microsoft 2005 cho thấy lãi tăng.', must: ['Organization:Microsoft'], mustNot: [] },
  // a page's script left in the text: its identifiers are no names
  { text: "AddPoll(1000195055,0,'','Bạn đi Hà Nội bằng gì?','#FFFFFF', new Array(new Array('Máy bay',0,0)),'',1)", must: [], mustNot: ['Organization:AddPoll'] },
  { text: "if (CurrentFolder.indexOf('/vietnam/the-gioi')>=0)document.write('VnExpress');", must: [], mustNot: ['Organization:CurrentFolder', 'Organization:VnExpress'] },
  // the text glued after the script's last bracket is read
  { text: "AddPoll(1000194178,0,'','Bạn nghĩ sao?', new Array(new Array('Ý kiến khác',0,5)),'',1)Giám đốc Sở GDĐT Nghệ An Lê Tiến Hưng nói vậy.", must: ['Organization:Sở GDĐT Nghệ An'], mustNot: ['Place:Ý'] },
  // a mail header with its fields glued to their values
  { text: 'From: Manh Hoang DuongTo: tamsu@vnexpress.netSubject: Xin gop y', must: [], mustNot: ['Organization:Manh Hoang DuongTo'] },
];

describe('products named with their maker, mail headers and scripts', () => {
  it.each(cases)('$text', checkMentions);
});

// "người Italy" (Italians), "tiếng Anh" (English): a country's people or language names no
// organisation and no person, and no place either.
const peoples: MentionCase[] = [
  { text: 'Các bác sĩ y tá người Italy đã chăm sóc ông.', must: [], mustNot: ['Organization:Italy', 'Person:Italy'] },
  { text: 'Tiền đạo người Brazil ghi bàn ở phút 17.', must: [], mustNot: ['Organization:Brazil', 'Person:Brazil'] },
  { text: 'Hàng nghìn người Palestine tuần hành ở Gaza.', must: [], mustNot: ['Organization:Palestine', 'Person:Palestine'] },
  // the same name standing for the country is a place
  { text: 'Ông sinh ra ở Italy năm 1950.', must: ['Place:Italy'], mustNot: [] },
];

describe("a country's people or language", () => {
  it.each(peoples)('$text', checkMentions);
});
