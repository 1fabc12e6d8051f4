// The place a name ends in, behind the real recognizer and resolver: the province in "Sở … Thừa
// Thiên Huế" is not the city of Huế the article also names, and a place the article writes
// both with and without "tỉnh" is one place. Sentences are made up; each row is one article.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../src/pipeline/extract.ts';

interface Row {
  body: string;
  subject: string;
  /** Canonical names of the places the subject must be LOCATED_IN: exactly these. */
  places: string[];
}

const ROWS: Row[] = [
  { body: 'Giám đốc Sở TDTT Thừa Thiên Huế cho biết đội bóng Huế sẽ thi đấu ở Thừa Thiên Huế.', subject: 'Sở TDTT Thừa Thiên Huế', places: ['Thừa Thiên Huế'] },
  { body: 'Công an tỉnh Thừa Thiên - Huế đã vào cuộc điều tra vụ tai nạn ở Huế.', subject: 'Công an tỉnh Thừa Thiên - Huế', places: [] },
  { body: 'Sở Xây dựng Thừa Thiên - Huế cấp phép cho khách sạn mới ở trung tâm Huế.', subject: 'Sở Xây dựng Thừa Thiên - Huế', places: [] },
  { body: 'Công ty Cấp nước Bà Rịa - Vũng Tàu thay đường ống dọc bãi biển Vũng Tàu.', subject: 'Công ty Cấp nước Bà Rịa - Vũng Tàu', places: [] },
  { body: 'UBND tỉnh Khánh Hòa đã chỉ đạo các huyện chống bão. Bão đổ bộ vào Khánh Hòa chiều qua.', subject: 'UBND tỉnh Khánh Hòa', places: ['Khánh Hòa'] },
  { body: 'Bệnh viện Trung ương Huế tiếp nhận thêm 20 bệnh nhân từ các xã ven Huế.', subject: 'Bệnh viện Trung ương Huế', places: ['Huế'] },
  { body: 'Sở Y tế Đà Nẵng cử bác sĩ hỗ trợ các phường của Đà Nẵng trong mùa mưa.', subject: 'Sở Y tế Đà Nẵng', places: ['Đà Nẵng'] },
];

describe('LOCATED_IN read off the place a name ends in, on whole short articles', () => {
  it.each(ROWS)('$body', ({ body, subject, places }) => {
    const result = extractArticle({ origin: 'test', text: `Tin ngắn\n\n${body}\n` });
    const byId = new Map(result.entities.map((e) => [e.id, e]));
    const org = result.entities.find((e) => e.name === subject || e.mentions.some((m) => m.text === subject));
    expect(org, `no entity ${subject}`).toBeDefined();
    const located = result.facts
      .filter((f) => f.subject === org!.id && f.predicate === 'LOCATED_IN' && typeof f.object === 'string')
      .map((f) => byId.get(f.object as string)?.name)
      .sort();
    expect(located).toEqual([...places].sort());
  });
});
