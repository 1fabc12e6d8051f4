// Four sources of false Organizations on the corpus audit: Dutch and German family names
// ("Van Nistelrooy", "William MacMillan"), countries written the English way ("tại Rome, Italy") and the mail
// header of a reader's letter ("From: … Sent: … Subject: …"). Sentences are made up.
import { describe, expect, it } from 'vitest';
import { labels, mentionsOf } from './helpers.ts';

/** The name is read as (part of) a Person, never as an Organization. */
function expectPersonNamed(text: string, name: string): void {
  const found = labels(mentionsOf(text));
  expect(found, text).not.toContain(`Organization:${name}`);
  expect(found.some((l) => l.startsWith('Person:') && l.includes(name)), `${text} → ${found.join(', ')}`).toBe(true);
}

describe('a family name with "Van" or "Von" is a person', () => {
  it.each([
    ['MU phải chờ đến bàn thắng của Van Nistelrooy mới thắng được Benfica.', 'Van Nistelrooy'],
    ['Cú sút của Van Persie đi chệch cột dọc trong phút bù giờ.', 'Van Persie'],
    ['Thủ môn Van Der Sar cản phá thành công quả phạt đền.', 'Van Der Sar'],
    ['Bức tranh của Van Gogh được bán với giá kỷ lục.', 'Van Gogh'],
    ['Kỹ sư Wernher Von Braun từng dẫn đầu chương trình tên lửa.', 'Von Braun'],
  ])('%s', expectPersonNamed);
});

describe('a Scottish or Irish "Mc"/"Mac" name after a person cue is a person, not a CamelCase brand', () => {
  it.each([
    ['Những đứa trẻ này hoàn toàn bình thường, bác sĩ William MacMillan cho biết.', 'William MacMillan'],
    ['Theo giáo sư Ian McKenzie, kết quả cần được kiểm chứng thêm.', 'Ian McKenzie'],
  ])('%s', expectPersonNamed);
});

describe('a country written in English is a place, one node with its Vietnamese name', () => {
  it.each([
    ['Giám đốc thú y của FAO tại Rome, Italy, phát biểu trong ngày bế mạc.', 'Italy', 'Ý'],
    ['Ông đã sống tại Germany hơn mười năm trước khi về nước.', 'Germany', 'Đức'],
    ['Đoàn công tác sẽ sang Japan vào tháng tới để học kinh nghiệm.', 'Japan', 'Nhật Bản'],
    ['Lô hàng được nhập từ Spain qua cảng Hải Phòng.', 'Spain', 'Tây Ban Nha'],
  ])('%s', (text, written, canonical) => {
    const mentions = mentionsOf(text);
    expect(labels(mentions), text).not.toContain(`Organization:${written}`);
    const place = mentions.find((m) => m.text === written);
    expect(place?.type, text).toBe('Place');
    expect(place?.name, text).toBe(canonical);
  });

  it.each([
    ['Hãng hàng không Japan Airlines mở đường bay mới tới Hà Nội.', 'Organization:Japan Airlines'],
    ['Ngân hàng KEB, tức Korea Exchange Bank, mở chi nhánh tại Hà Nội.', 'Organization:Korea Exchange Bank'],
  ])('a brand that starts with a country stays whole: %s', (text, label) => {
    expect(labels(mentionsOf(text)), text).toContain(label);
  });
});

describe('a foreign competition named with its country is no organisation', () => {
  it.each([
    ['Grand Prix Italy, cơ hội cuối cho tay đua người Phần Lan.', 'Grand Prix Italy'],
    ['Giải Tiger Cup Vietnam khởi tranh vào cuối tháng.', 'Tiger Cup Vietnam'],
  ])('%s', (text, name) => {
    expect(labels(mentionsOf(text)), text).not.toContain(`Organization:${name}`);
  });
});

describe('the clubs of a country are a kind, not a name', () => {
  it.each([
    ['Ngoài ra anh còn nhận lời mời từ một số CLB Italy.', 'CLB Italy'],
    ['Các CLB Anh đều muốn có chữ ký của tiền vệ này.', 'CLB Anh'],
    ['Nhiều CLB Tây Ban Nha đã gửi đề nghị.', 'CLB Tây Ban Nha'],
  ])('%s', (text, name) => {
    expect(labels(mentionsOf(text)), text).not.toContain(`Organization:${name}`);
  });
});

describe('the mail header of a reader\'s letter gives no entity', () => {
  it.each([
    'From: EssenceTo: tamsu@vnexpress.net Sent: Saturday, June 04, 2005 1:21 PM Subject: Chuc ban co suc manh',
    'From: Chau NguyenTo: Tamsu@VnExpress.net Sent: Friday, December 24, 2004 3:54 AM Subject: Ban Tra My men,',
    'From: Hoang Minh Sent: Monday, May 2, 2005 Subject: Ngan hang Cong Thuong',
  ])('%s', (text) => {
    expect(labels(mentionsOf(text)), text).toEqual([]);
  });

  it('a sentence that only quotes one such word is read as usual', () => {
    const text = 'Công ty Microsoft cho biết: Subject của thư giả mạo thường là hóa đơn.';
    expect(labels(mentionsOf(text))).toContain('Organization:Công ty Microsoft');
  });
});

describe('a foreign name the sentence calls a place is no organisation', () => {
  it.each([
    ['Các nhà khảo cổ tìm thấy một ngôi đền ở rìa sa mạc Taklimakan.', 'Taklimakan'],
    ['Đoàn thám hiểm đi dọc thung lũng Neander suốt ba ngày.', 'Neander'],
    ['Trận chung kết diễn ra trên sân vận động Old Trafford.', 'Old Trafford'],
    ['Bão đổ bộ vào bán đảo Yucatan tối qua.', 'Yucatan'],
  ])('%s', (text, name) => {
    expect(labels(mentionsOf(text)), text).not.toContain(`Organization:${name}`);
  });
});

describe('a model or a numbered name is a product, an index or a tournament: neither its maker cut off nor a person', () => {
  it.each([
    ['Từ 6 mẫu điện thoại như Motorola Razr V3, Sony Ericsson W800i người tham gia sẽ chọn ra mẫu ấn tượng nhất.', ['Sony', 'Sony Ericsson W800i', 'Ericsson W800i', 'Razr V3']],
    ['Người dùng xếp hàng mua Sony Ericsson K750i ngay ngày đầu.', ['Sony', 'Ericsson K750i']],
    ['Venus dừng bước tại tứ kết Nasdaq-100 năm nay.', ['Nasdaq']],
    ['Chiếc Airbus-320 hạ cánh an toàn xuống sân bay.', ['Airbus']],
  ])('%s', (text, names) => {
    const found = labels(mentionsOf(text));
    for (const name of names) {
      expect(found, text).not.toContain(`Organization:${name}`);
      expect(found, text).not.toContain(`Person:${name}`);
    }
  });

  it('the maker named as a company stays one', () => {
    expect(labels(mentionsOf('Hãng Sony Ericsson vừa ra mắt mẫu W800i.'))).toContain('Organization:Sony Ericsson');
  });
});

describe('a person named after a country or after "lãnh đạo" is a person, not glued to the country', () => {
  it.each([
    ['Nhà lãnh đạo Palestine Mahmoud Abbas lên án vụ tấn công.', 'Mahmoud Abbas'],
    ['Thủ tướng lâm thời Iraq Iyad Allawi trả lời phỏng vấn hôm qua.', 'Iyad Allawi'],
    ['Trung vệ Mexico Rafael Marquez bị chấn thương đầu gối.', 'Rafael Marquez'],
    ['Đám đông tưởng niệm nhà lãnh đạo Yasser Arafat tại Gaza.', 'Yasser Arafat'],
  ])('%s', (text, name) => {
    expectPersonNamed(text, name);
    const found = labels(mentionsOf(text));
    expect(found.some((l) => l.includes(`Palestine ${name}`) || l.includes(`Iraq ${name}`) || l.includes(`Mexico ${name}`)), found.join(', ')).toBe(false);
  });

  it.each([
    // a company named with its country stays one company
    ['Hãng Singapore Airlines mở thêm đường bay tới Đà Nẵng.', 'Organization:Singapore Airlines'],
    ['Ngân hàng Nga Vneshtorgbank cho doanh nghiệp vay vốn.', 'Organization:Ngân hàng Nga Vneshtorgbank'],
  ])('%s', (text, label) => {
    expect(labels(mentionsOf(text))).toContain(label);
  });
});
