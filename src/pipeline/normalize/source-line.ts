// The lines that say where an article comes from: metadata, never text to extract from.
//   "Theo Nhandan" → Nhân Dân;  "Nguồn: VnExpress" → VnExpress;  "(Theo TTXVN)" → TTXVN;
//   "( ) Đầu đề do Báo NLĐ đặt" → Người Lao Động;  "H.Vân" → a byline (dropped, no source).
import { outletName } from './outlets.ts';

export type SourceLine = { kind: 'source'; source: string } | { kind: 'byline'; byline: string } | { kind: 'page'; line: string };

// Page furniture copied with the article: "Tags: …", "Từ khóa: …", "Xem thêm: …", ">> Bài liên quan".
const PAGE_LINE = /^(?:tags?|từ khóa|từ khoá|xem thêm|bài liên quan|tin liên quan|>>)\s*:?/iu;

const ATTRIBUTION = /^[(\[]?\s*(?:theo|nguồn|source)\s*:?\s*([^()\[\]]{2,60}?)\s*[)\]]?\s*\.?$/iu;
const HEADLINE_NOTE = /^\(\s*\*?\s*\)\s*(?:đầu đề|tít|tiêu đề)[^.]*?do\s+(?:báo\s+)?(.{2,40}?)\s+đặt\.?$/iu;
// "H.Vân", "Minh Anh", "T.Nguyễn - H.Lê", "NGUYỄN HOÀ": a name-like line, nothing else.
const NAME_WORD = String.raw`\p{Lu}[\p{Ll}\p{M}]*\.?`;
const BYLINE = new RegExp(
  String.raw`^(?:${NAME_WORD}(?:\s*\.?\s*${NAME_WORD}){0,3})(?:\s*[-–,]\s*${NAME_WORD}(?:\s*\.?\s*${NAME_WORD}){0,3})*$|^[\p{Lu}\p{M}. ]{3,30}$`,
  'u',
);

/** What a short line at the end of an article is, or null when it is text. */
export function parseSourceLine(line: string): SourceLine | null {
  if (PAGE_LINE.test(line) && line.length <= 200) return { kind: 'page', line };
  if (line.length > 80) return null;
  const note = parseEditorialNote(line);
  if (note) return { kind: 'source', source: note };
  const attribution = ATTRIBUTION.exec(line);
  // "Theo Nhandan" but not "Theo ông Tuấn, chương trình…": at most five words, no comma.
  if (attribution?.[1] && !attribution[1].includes(',') && attribution[1].split(' ').length <= 5) {
    const name = attribution[1].replace(/[.\s]+$/u, '');
    if (!/^(?:ông|bà|anh|chị)\s/iu.test(name)) return { kind: 'source', source: outletName(name) ?? name };
  }
  if (line.length <= 40 && BYLINE.test(line) && line.split(' ').length <= 6) return { kind: 'byline', byline: line };
  return null;
}

/** "( ) Đầu đề do Báo NLĐ đặt" (the headline was written by NLĐ) → "Người Lao Động". */
export function parseEditorialNote(line: string): string | null {
  const note = HEADLINE_NOTE.exec(line);
  return note?.[1] ? outletName(note[1]) : null;
}

/** "(NLĐ)" tag in a lead line: "Tiêu đề (NLĐ)- Nội dung…" → outlet and where the tag sits. */
export function findOutletTag(line: string): { source: string; start: number; end: number } | null {
  const m = /\s*\(([\p{L}\p{M}.&+ ]{2,25})\)\s*[-–]\s*/u.exec(line);
  if (!m?.[1]) return null;
  const source = outletName(m[1], true);
  return source ? { source, start: m.index, end: m.index + m[0].length } : null;
}
