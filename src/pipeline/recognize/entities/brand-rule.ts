// Foreign and brand names as Organizations: runs of capitalised Latin-script words that are not
// Vietnamese syllables ("FutureGov", "Future Gov", "Intel", "Samsung Electronics Co.Ltd",
// "PSA Peugeot Citroen"), CamelCase ("MobiFone", "SeABank"), and acronyms the article defined
// earlier ("… (VIA)" → a later "VIA").
import { TIER, span, type Candidate, type SentenceContext } from './candidate.ts';
import { CORPORATE_SUFFIXES, ENGLISH_AWARD_ENDS, NOT_ENTITIES, SYLLABLES } from '../../lexicon/entity-lexicons.ts';
import { placeAt } from './names.ts';
import { aliasesAfter } from './org-rule.ts';
import { foldKey } from '../../../domain/fold.ts';
import { isSpaceGap, type Token } from '../../lexicon/tokens.ts';

const CAMEL = /\p{Ll}\p{Lu}/u;

/** A token that can only be foreign: "Intel", "Gov", "MobiFone"; not "Sở", "Long", "An". */
export function isForeignWord(t: Token): boolean {
  if (!t.cap || !t.latin || t.acronym) return false;
  if (CAMEL.test(t.text)) return true;
  return !SYLLABLES.has(t.lower) || /[fjwz]/i.test(t.text);
}

function continuesBrand(t: Token, i: number, from: number): boolean {
  if (!t.cap || !t.latin || NOT_ENTITIES.has(t.fold)) return false;
  if (i === from) return true;
  // "Samsung Electronics Co.Ltd": a dot without space only inside a corporate suffix.
  if (t.gap === '.' && CORPORATE_SUFFIXES.has(t.fold)) return true;
  return isSpaceGap(t.gap);
}

export function recognizeBrands(ctx: SentenceContext): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = ctx;
  let i = 0;
  while (i < tokens.length) {
    const c = brandAt(ctx, i) ?? definedAcronym(ctx, i);
    if (c) {
      out.push(c.candidate);
      i = c.end;
    } else i++;
  }
  return out;
}

function brandAt(ctx: SentenceContext, i: number): { candidate: Candidate; end: number } | null {
  const { tokens } = ctx;
  const first = tokens[i]!;
  if (!first.cap || !first.latin || NOT_ENTITIES.has(first.fold)) return null;
  // "Việt | Nam Ann": a brand starts where a capitalised run starts.
  const prev = tokens[i - 1];
  if (prev && prev.cap && isSpaceGap(first.gap) && (prev.latin || (placeAt(tokens, i - 1)?.end ?? 0) > i)) return null;
  let j = i;
  // "Volkswagen | Trung Quốc": a place ends the brand (and may join it below).
  while (j < tokens.length && continuesBrand(tokens[j]!, j, i) && (j === i || placeAt(tokens, j) === null)) j++;
  const run = tokens.slice(i, j);
  const latinPlaceAfter = tokens[j]?.latin === true && isSpaceGap(tokens[j]!.gap) && placeAt(tokens, j) !== null; // "FSI Vietnam"
  if (!(run.some(isForeignWord) || (latinPlaceAfter && run.every((t) => t.acronym))) || run.every((t) => NOT_ENTITIES.has(t.fold))) return null;
  if (run.length === 1 && first.text.length < 3) return null;
  const place = placeAt(tokens, i);
  if (place && place.end >= j) return null; // "Vietnam", "Singapore": a place, not a brand
  let end = j;
  const after = tokens[j];
  const placeAfter = after && isSpaceGap(after.gap) ? placeAt(tokens, j) : null;
  if (placeAfter) end = placeAfter.end; // "Intel Việt Nam", "Volkswagen Trung Quốc": a national branch
  if (run.length === 1 && !placeAfter && !singleWordBrand(ctx, i)) {
    ctx.skipped.set(`brand:${first.text}`, `recognize: "${first.text}" (sentence ${ctx.sentence.index}) may be a brand, but it is named once with no company cue; skipped`);
    return null;
  }
  const s = span(ctx, i, end);
  // "Northern Rail Systems Corp (NRS)": the bracket defines an acronym a later "NRS" refers to.
  const aliases = aliasesAfter(ctx, end).filter((a) => /^[\p{Lu}\p{N}&-]{2,}$/u.test(a));
  for (const a of aliases) if (!ctx.acronyms.has(foldKey(a))) ctx.acronyms.set(foldKey(a), s.text);
  // "Asia Pacific Stevie Awards", "Nobel Prize": a foreign award, not a company.
  if (run.length > 1 && !placeAfter && ENGLISH_AWARD_ENDS.has(run[run.length - 1]!.text)) {
    return { candidate: { type: 'Award', ...s, name: s.text, aliases, confidence: 0.7, rule: 'award-english', tier: TIER.brand }, end };
  }
  const candidate: Candidate = { type: 'Organization', ...s, name: s.text, aliases, confidence: run.length > 1 ? 0.7 : 0.6, rule: 'org-brand', tier: TIER.brand };
  return { candidate, end };
}

function definedAcronym(ctx: SentenceContext, i: number): { candidate: Candidate; end: number } | null {
  const t = ctx.tokens[i]!;
  if (!t.acronym) return null;
  const expansion = ctx.acronyms.get(t.fold);
  // "Công ty Quản lý cảng biển (PMC)": the bracket is the definition, an alias of the name before it.
  if (!expansion || /\($/.test(t.gap)) return null;
  const s = span(ctx, i, i + 1);
  return { candidate: { type: 'Organization', ...s, name: s.text, aliases: [expansion], confidence: 0.85, rule: 'org-acronym', tier: TIER.known }, end: i + 1 };
}

/** Words before a product, not a company: "mẫu Focus", "xe Touran", "kênh VTV3". */
const PRODUCT_NOUNS = new Set(['mẫu', 'xe', 'dòng', 'chiếc', 'sản', 'phẩm', 'phiên', 'model', 'kiểu', 'máy', 'game', 'trò', 'ứng', 'dụng', 'kênh', 'trang', 'website', 'mạng', 'hệ', 'điều', 'hành', 'công', 'nghệ', 'chuẩn', 'tiêu', 'thương', 'hiệu', 'phần', 'mềm', 'chương', 'trình', 'gói', 'cước', 'thẻ', 'tàu', 'đội']);
/** Words before a company: "hãng Geely", "tập đoàn Intel", "đối tác Supernet", "mua lại Uber". */
const COMPANY_CUES = new Set(['hãng', 'đoàn', 'ty', 'tác', 'của', 'với', 'và', 'cùng', 'giữa', 'chức', 'lại', 'tóm', 'nhập']);
/** Words after a company acting in the news: "Grab mua lại …", "Intel tài trợ …". */
const ACTS_AFTER = new Set(['mua', 'thâu', 'sáp', 'ký', 'tài', 'đầu', 'tuyên', 'công', 'ra', 'hợp', 'trao', 'tặng', 'ủng', 'hỗ', 'cam', 'nhận', 'giành', 'đoạt', 'thông', 'cho', 'vừa', 'đã', 'sẽ', 'đang', 'cũng']);

/** One capitalised foreign word is a company when CamelCase, cued, or named twice in the article. */
function singleWordBrand(ctx: SentenceContext, i: number): boolean {
  const t = ctx.tokens[i]!;
  const prev = ctx.tokens[i - 1];
  if (prev && PRODUCT_NOUNS.has(prev.lower)) return false;
  if (CAMEL.test(t.text) || /['’]s$/.test(t.text) || (prev && COMPANY_CUES.has(prev.lower))) return true;
  const next = ctx.tokens[i + 1];
  if (next && /^ +$/.test(next.gap) && ACTS_AFTER.has(next.lower)) return true;
  return (ctx.latinCounts.get(t.text) ?? 0) >= 2;
}
