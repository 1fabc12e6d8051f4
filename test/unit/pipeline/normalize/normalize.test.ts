// normalize: confusables, layout metadata (title, date, source), repeated paragraphs.
import { describe, expect, it } from 'vitest';
import { foldKey } from '../../../../src/domain/fold.ts';
import { cleanText } from '../../../../src/pipeline/normalize/clean-text.ts';
import { normalizeArticle } from '../../../../src/pipeline/normalize/normalize-article.ts';
import { parseDateLine, parseDateValue } from '../../../../src/pipeline/normalize/parse-date.ts';
import { parseSourceLine } from '../../../../src/pipeline/normalize/source-line.ts';

const norm = (text: string, extra: Partial<Parameters<typeof normalizeArticle>[0]> = {}) =>
  normalizeArticle({ origin: 'test.txt', text, ...extra });

describe('cleanText', () => {
  it.each<[string, string]>([
    ['TP Ðà Nẵng', 'TP Đà Nẵng'], // U+00D0 eth → U+0110
    ['Sở\u00a0Thông tin', 'Sở Thông tin'],
    ['“Tổ chức thuộc khu vực công”', '"Tổ chức thuộc khu vực công"'],
    ['‘Ngôi sao’', "'Ngôi sao'"],
    ['châu Á — Thái Bình Dương', 'châu Á – Thái Bình Dương'],
    ['châu Á – Thái Bình Dương', 'châu Á – Thái Bình Dương'],
    ['Future\u200bGov\u200e', 'FutureGov'],
    ['a\u0007b\tc', 'ab c'],
    ['Nha\u0300 nu\u031bo\u031b\u0301c', 'Nhà nước'], // NFD → NFC
    ['dòng 1\r\ndòng 2\rdòng 3', 'dòng 1\ndòng 2\ndòng 3'],
    ['Bộ TT&amp;TT&nbsp;và &#8220;FutureGov&#8221; &#x110;à Nẵng', 'Bộ TT&TT và "FutureGov" Đà Nẵng'],
    ['R&D & AT&T &unknown;', 'R&D & AT&T &unknown;'],
  ])('%j → %j', (input, want) => {
    expect(cleanText(input)).toBe(want);
  });
});

describe('publication dates', () => {
  it.each<[string, string | null]>([
    ['Thứ hai,  24/01/2022', '2022-01-24'],
    ['Thứ Hai, 3/6/2024, 08:15 (GMT+7)', '2024-06-03'],
    ['ngày 06/9/2019', '2019-09-06'],
    ['24-01-2022', '2022-01-24'],
    ['Chủ nhật, 10.3.2019', '2019-03-10'],
    ['2022-01-24', '2022-01-24'],
    ['2022-01-24T08:15:00+07:00', '2022-01-24'],
    ['24 tháng 1 năm 2022', '2022-01-24'],
    ['Thứ Hai, 24/1/2022 | 10:30 GMT+7', '2022-01-24'],
    ['Cập nhật: 10:30 24/01/2022', '2022-01-24'],
    ['Thứ hai, ngày 24/01/2022 - 10:30 AM', '2022-01-24'],
    ['Thứ bảy, 24 tháng 1, 2022', '2022-01-24'],
    ['T2, 24/01/2022 08:15', '2022-01-24'],
    ['30/02/2022', null],
    ['27-12', null],
    ['Ngày 22/3, tại Hà Nội, hai bên gặp nhau', null],
  ])('%s → %s', (line, want) => {
    expect(parseDateLine(line)).toBe(want);
  });

  it('reads ISO and Vietnamese dates given as metadata', () => {
    expect(parseDateValue('2021-12-31T23:00:00Z')).toBe('2021-12-31');
    expect(parseDateValue('Thứ sáu, 31/12/2021')).toBe('2021-12-31');
    expect(parseDateValue('hôm qua')).toBeNull();
  });
});

describe('source lines', () => {
  it.each<[string, string | null]>([
    ['Theo Nhandan', 'Nhân Dân'],
    ['Nguồn: VnExpress', 'VnExpress'],
    ['(Theo TTXVN)', 'TTXVN'],
    ['Theo Báo Tuổi Trẻ', 'Tuổi Trẻ'],
    ['( ) Đầu đề do Báo NLĐ đặt', 'Người Lao Động'],
    ['Theo Tạp chí Công nghệ Số', 'Tạp chí Công nghệ Số'],
  ])('%s → %s', (line, source) => {
    expect(parseSourceLine(line)).toEqual({ kind: 'source', source });
  });

  it.each(['H.Vân', 'Minh Anh', 'T.Nguyễn - H.Lê'])('byline %s', (line) => {
    expect(parseSourceLine(line)?.kind).toBe('byline');
  });

  it.each([
    'Theo bà Lan, lễ hội năm nay kéo dài đến 22 giờ.',
    'Theo TTXVN, phát biểu tại hội nghị, Thủ tướng ghi nhận nỗ lực của ngành y tế.',
    'Dự án kết thúc năm 2015.',
    'Theo Yahoo, 19 tiểu mục sẽ có.',
    'Theo Reuters, Intel sẽ đầu tư 1 tỷ USD vào Việt Nam.',
    'Theo WB, khoản vay sẽ được giải ngân.',
  ])('text, not a source line: %s', (line) => {
    expect(parseSourceLine(line)).toBeNull();
  });
});

describe('normalizeArticle', () => {
  it.each(['Theo Yahoo, 19 tiểu mục sẽ có.', 'Theo Reuters, doanh thu tăng 5%.'])('keeps a mid-article or last attribution with a comma as text: %s', (line) => {
    const n = norm(`Yahoo ra mắt dịch vụ mới\nThứ hai, 24/01/2022\nYahoo vừa ra mắt trang Tech.\n${line}\nNgoài ra, Yahoo sẽ cải tiến.`);
    expect(n.text).toContain(line);
    const last = norm(`Yahoo ra mắt dịch vụ mới\nThứ hai, 24/01/2022\nYahoo vừa ra mắt trang Tech.\n${line}`);
    expect(last.text).toContain(line);
    expect(last.source).toBeNull();
  });

  const seedLike = [
    'Thứ hai,\u00a0 24/01/2022',
    '',
    'Sở Văn hóa TP Ðà Nẵng nhận Giải thưởng Ngôi Sao',
    '',
    'Sở Văn hóa Đà Nẵng vừa được tổ chức Ngôi Sao trao giải thưởng “Đơn vị tiêu biểu năm 2011”. Đây là lần đầu một cơ quan Việt Nam được nhận giải.Dự án trên được tài trợ bởi Ngân hàng Thế giới (WB) với vốn 29,3 triệu USD. Trên cơ sở đó…',
    '',
    'Sở Văn hóa Đà Nẵng vừa được tổ chức Ngôi Sao trao giải thưởng "Đơn vị tiêu biểu năm 2011". Đây là lần đầu một cơ quan Việt Nam được nhận giải.',
    'Dự án trên được tài trợ bởi Ngân hàng Thế giới (WB) với vốn 29,3 triệu USD. Trên cơ sở đó, thành phố lắp đặt 1.800 máy tính.',
    '',
    'Theo Nhandan',
  ].join('\n');

  it('takes the date line, title, source line, and keeps the fuller copy of a repeated lead', () => {
    const n = norm(seedLike);
    expect(n.publishedAt).toBe('2022-01-24');
    expect(n.title).toBe('Sở Văn hóa TP Đà Nẵng nhận Giải thưởng Ngôi Sao');
    expect(n.source).toBe('Nhân Dân');
    expect(n.text.startsWith(`${n.title}\n`)).toBe(true);
    expect(n.text).not.toContain('Nhandan');
    expect(n.text).not.toContain('24/01/2022');
    expect(n.text).not.toContain('…');
    expect(n.text.match(/vừa được tổ chức Ngôi Sao/g)).toHaveLength(1);
    expect(n.text).toContain('lắp đặt 1.800 máy tính');
    expect(n.text).not.toMatch(/[\u00d0\u00a0“”]/u);
  });

  it('cuts a headline glued to its lead on a "(NLĐ)-" tag, which names the source', () => {
    const n = norm('Trao quỹ khuyến học cho sinh viên miền núi (NLĐ) - Trường Cao đẳng Kỹ thuật tổ chức lễ bế giảng khóa học 2012-2014.');
    expect(n.title).toBe('Trao quỹ khuyến học cho sinh viên miền núi');
    expect(n.source).toBe('Người Lao Động');
    expect(n.text).toBe('Trao quỹ khuyến học cho sinh viên miền núi\nTrường Cao đẳng Kỹ thuật tổ chức lễ bế giảng khóa học 2012-2014.');
  });

  it('cuts a headline glued to a lead that opens with "Ông"', () => {
    const n = norm('Xuất khẩu gạo sẽ có sàn giao dịch riêng Ông Lê Văn Khánh, Thứ trưởng Bộ Công Thương, cho biết Chính phủ đã chấp thuận chủ trương lập sàn giao dịch gạo quốc gia.');
    expect(n.title).toBe('Xuất khẩu gạo sẽ có sàn giao dịch riêng');
    expect(n.text.split('\n')[1]?.startsWith('Ông Lê Văn Khánh,')).toBe(true);
  });

  it('keeps a short title line as it is', () => {
    const n = norm('Bộ trưởng tiếp Ông Lee\nNội dung bài viết ở đây.');
    expect(n.title).toBe('Bộ trưởng tiếp Ông Lee');
  });

  it('drops a paragraph repeated exactly, and a repeated article body', () => {
    const body = 'JICA sẽ giúp tỉnh bồi dưỡng đội ngũ giáo viên vùng sâu trong hai năm tới.';
    const n = norm(`Tiêu đề\n${body}\nĐoạn hai khá dài để được so sánh với nhau ở đây.\n${body}\nĐoạn hai khá dài để được so sánh với nhau ở đây.`);
    expect(n.text.split('\n')).toHaveLength(3);
  });

  it('drops a lead that a longer paragraph repeats and continues', () => {
    const lead = 'Ngân hàng Thế giới vừa phê duyệt khoản tài trợ 100 triệu USD cho dự án chuyển đổi số của tỉnh.';
    const n = norm(`Tiêu đề\n${lead}\n${lead} Dự án kéo dài 5 năm.\nĐoạn cuối.`);
    expect(n.text).toBe(`Tiêu đề\n${lead} Dự án kéo dài 5 năm.\nĐoạn cuối.`);
  });

  it('keeps short repeated lines (captions) and removes a trailing byline', () => {
    const n = norm('Tiêu đề bài\nẢnh minh họa\nNội dung thứ nhất.\nẢnh minh họa\nNội dung thứ hai.\nH.Vân');
    expect(n.text.match(/Ảnh minh họa/g)).toHaveLength(2);
    expect(n.text).not.toContain('H.Vân');
    expect(n.source).toBeNull();
  });

  it('drops page furniture at the end (tags, related links) before the source line', () => {
    const n = norm('Tiêu đề bài\nNội dung chính của bài.\nTheo VnExpress\nTags: FutureGov, Đà Nẵng\n>> Bài liên quan: Đà Nẵng nhận giải');
    expect(n.text).toBe('Tiêu đề bài\nNội dung chính của bài.');
    expect(n.source).toBe('VnExpress');
  });

  it('takes an attribution in parentheses off the end of the last paragraph', () => {
    const n = norm('Tiêu đề bài\nNgân hàng Thế giới tài trợ cho dự án. (Theo VnExpress)');
    expect(n.source).toBe('VnExpress');
    expect(n.text).toBe('Tiêu đề bài\nNgân hàng Thế giới tài trợ cho dự án.');
  });

  it('uses the metadata of a JSON record, prepending its title', () => {
    const n = norm('Nội dung bài báo.', { title: ' Tiêu đề\u00a0bài ', publishedAt: '2021-05-04', source: 'vnexpress', url: 'https://x.vn/a' });
    expect(n).toMatchObject({ title: 'Tiêu đề bài', publishedAt: '2021-05-04', source: 'VnExpress', url: 'https://x.vn/a' });
    expect(n.text).toBe('Tiêu đề bài\nNội dung bài báo.');
  });

  it('says when nothing but a date line is left', () => {
    const n = norm('Thứ hai, 24/01/2022');
    expect(n.text).toBe('');
    expect(n.publishedAt).toBe('2022-01-24');
    expect(n.warnings.join(' ')).toMatch(/no article text/);
  });

  it('never cuts the text inside a word to place a given title', () => {
    expect(norm('Tin Anh Quốc hôm nay.', { title: 'Tin A' }).text).toBe('Tin A\nTin Anh Quốc hôm nay.');
    expect(norm('Đà Nẵng nhận giải: Sở được vinh danh.', { title: 'Đà Nẵng nhận giải' }).text).toBe('Đà Nẵng nhận giải\nSở được vinh danh.');
    expect(norm('Đà Nẵng nhận giải\nSở được vinh danh.', { title: 'Đà Nẵng nhận giải' }).text).toBe('Đà Nẵng nhận giải\nSở được vinh danh.');
  });

  it('warns about a publishedAt that is not a date', () => {
    const n = norm('Tiêu đề\nNội dung.', { publishedAt: 'hôm qua' });
    expect(n.publishedAt).toBeNull();
    expect(n.warnings.join(' ')).toContain('hôm qua');
  });

  it('gives the same text for NFD and NFC input, and for Ð and Đ', () => {
    const nfc = norm(seedLike);
    expect(norm(seedLike.normalize('NFD')).text).toBe(nfc.text);
    expect(norm(seedLike.replace(/Đ/g, 'Ð')).text).toBe(nfc.text);
    expect(foldKey(nfc.title)).toBe(foldKey('Sở Văn hóa TP Ðà Nẵng nhận Giải thưởng Ngôi Sao'));
  });
});
