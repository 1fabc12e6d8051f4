// Issue #12 item 8: lone surrogates are replaced by U+FFFD once, in normalization, so the
// text the offsets point into is the text UTF-8 (Neo4j, JSON) can store: every sentence and
// mention slices the article text exactly, and no output string holds a lone surrogate.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../src/pipeline/extract.ts';

const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('lone surrogates', () => {
  it.each<[string, string, string | null]>([
    ['a high surrogate before a name', 'Ngân hàng \uD800Thế giới tài trợ cho dự án của Sở Thông tin và Truyền thông Đà Nẵng.', null],
    ['a low surrogate after a name', 'Sở Thông tin và Truyền thông Đà Nẵng\uDC00 nhận giải thưởng của FutureGov.', null],
    ['an escaped one, &#55296;', 'Dự án &#55296; được Ngân hàng Thế giới (WB) tài trợ 29,3 triệu USD.', null],
    ['in the title', 'Ngân hàng Thế giới tài trợ cho Đà Nẵng.', 'Tin \uDBFF nóng'],
    ['a whole pair stays', 'Đà Nẵng 😀 nhận giải thưởng của Ngân hàng Thế giới.', null],
  ])('%s: offsets slice the stored text, nothing lone is left', (_name, text, title) => {
    const result = extractArticle({ origin: 'test', text, title });
    expect(result.text).not.toMatch(LONE);
    expect(result.article.title ?? '').not.toMatch(LONE);
    expect(Buffer.from(result.text, 'utf8').toString('utf8')).toBe(result.text);
    for (const s of result.sentences) expect(result.text.slice(s.start, s.end)).toBe(s.text);
    for (const e of result.entities) {
      for (const m of e.mentions) expect(result.text.slice(m.start, m.end)).toBe(m.text);
    }
    if (text.includes('😀')) expect(result.text).toContain('😀');
  });
});
