// How far an award's name runs after its cue, where the organisation-style name reading stops
// too early:
//   Giải thưởng Công nghệ sáng tạo | của …      (a category title in sentence case)
//   Bằng khen của Bộ trưởng Bộ Tài chính        (the giver is a post and its body)
//   Top 10 Công ty bảo hiểm uy tín năm 2019      (a ranking list)
import { isSpaceGap, type Token } from '../../lexicon/tokens.ts';
import { NAME_STOPS, SYLLABLES } from '../../lexicon/entity-lexicons.ts';
import { extendName, headAt, isStop, placeAt, titleAt, wordLength } from './names.ts';

/** Most lowercase words a sentence-case title takes after its capitalised word. */
const MAX_TAIL_WORDS = 8;

/**
 * Words that end an award title as well as the stop words do: verbs and linking words that
 * follow a name in a sentence ("Giải thưởng Sáng tạo | dành cho …", "… | công bố", "… | lần thứ ba").
 */
const TAIL_STOPS = new Set(['dành', 'lần', 'mùa', 'hạng', 'năm', 'thuộc', 'gồm', 'là', 'được', 'đã', 'sẽ', 'đang', 'vừa', 'nhằm', 'với', 'thì', 'mà', 'cho', 'của', 'tại', 'ở', 'và', 'hoặc', 'hay', 'như', 'này', 'đó', 'ấy', 'kể', 'trên', 'sau', 'trước', 'cùng', 'nay', 'qua', 'do', 'bởi',
  'công bố', 'tôn vinh', 'vinh danh', 'ghi nhận', 'trao tặng', 'trao', 'tặng', 'diễn ra', 'kết thúc', 'khai mạc', 'khép lại', 'chính thức', 'bình chọn', 'xét tặng', 'đánh giá', 'đứng đầu', 'lựa chọn', 'tổ chức', 'nhận', 'đạt', 'giành', 'đoạt', 'lọt', 'thuộc về']);

/** Words before "nhất" that make no superlative: "là nhất", "thứ nhất", "duy nhất". */
const NOT_SUPERLATIVE = new Set(['là', 'được', 'thứ', 'duy', 'hợp', 'thống', 'đồng']);

/** Capitalised words (not syllables) from `from` to `to`: "Nền tảng số" has one, "Sao Khuê" two. */
function capitalWords(tokens: Token[], from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (tokens[k]!.cap) n++;
  return n;
}

/**
 * A title in sentence case after a capitalised award cue goes on over its lowercase words:
 * "Giải thưởng Nền tảng số | xuất sắc", "Giải thưởng Thu hẹp | khoảng cách số". Only when the
 * name has one capitalised word: a title-case name ("Giải thưởng Sao Khuê") ends where its
 * capitals do, and the lowercase words after it belong to the sentence.
 */
export function sentenceCaseAwardEnd(tokens: Token[], nameStart: number, end: number): number {
  // The capital opens a Vietnamese word: "giải U21 | toàn quốc", "giải Cincinnati | chủ nhật" name a contest.
  const first = tokens[nameStart];
  if (!first || first.acronym || !SYLLABLES.has(first.lower)) return end;
  const tail = lowercaseTitleEnd(tokens, end);
  if (capitalWords(tokens, nameStart, end) === 1) return endsCleanly(tokens, tail) ? tail : end;
  // A title-case name takes lowercase words only when its name in another language follows in
  // brackets: "Giải thưởng Chất lượng Thanh toán quốc tế xuất sắc | (STP Award)".
  return tail > end && /^\s?\($/.test(tokens[tail]?.gap ?? '') ? tail : end;
}

/**
 * Whether a lowercase tail stopped where a title can end: at punctuation, a capital, a number,
 * a linking word or a verb — not in the middle of a description ("TOP 20 doanh nghiệp |
 * logistics …", "Top 5 trường ĐH | có tỉ lệ …", "… lớn | và hiện đại nhất …").
 */
function endsCleanly(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || !isSpaceGap(t.gap) || t.cap || /^\d/.test(t.text)) return true;
  // "… | và Giải thưởng …", "… | và giải Nhà báo trẻ": the next item of a list of awards.
  if (t.lower === 'và' || t.lower === 'hoặc') return tokens[k + 1]?.cap === true || tokens[k + 1]?.lower === 'giải';
  const word = tokens.slice(k, k + wordLength(tokens, k)).map((w) => w.lower).join(' ');
  return TAIL_STOPS.has(t.lower) || TAIL_STOPS.has(word) || CLAUSE_OPENERS.has(t.lower);
}

/** Words that open the rest of a sentence after a name ("… | theo bảng xếp hạng", "… | trong năm"). */
const CLAUSE_OPENERS = new Set(['theo', 'trong', 'từ', 'đến', 'tới', 'khi', 'nhưng', 'vì', 'bị', 'không', 'chỉ', 'cũng', 'còn', 'đều']);

/** The lowercase words of a title from `from`, up to a stop word, punctuation or a capital. */
function lowercaseTitleEnd(tokens: Token[], from: number): number {
  let k = from;
  while (k < tokens.length && k - from < MAX_TAIL_WORDS) {
    const t = tokens[k]!;
    if (!isSpaceGap(t.gap)) break;
    // "Top 5 ngân hàng | TMCP lớn nhất": an acronym inside the description, when words go on after it.
    if (t.acronym && k > from && SYLLABLES.has(tokens[k + 1]?.lower ?? '') && !tokens[k + 1]!.cap && isSpaceGap(tokens[k + 1]!.gap)) {
      k++;
      continue;
    }
    // "… lớn nhất | Việt Nam", "… tốt nhất | châu Á": a place closes the title.
    const place = k > from ? placeAt(tokens, k) : null;
    if (place) return place.end;
    if (t.cap || !SYLLABLES.has(t.lower)) break;
    // "… hay nhất", "… dở nhất": a superlative, whatever its adjective ("hay" alone is "or").
    if (tokens[k + 1]?.lower === 'nhất' && isSpaceGap(tokens[k + 1]!.gap) && !NOT_SUPERLATIVE.has(t.lower)) {
      k += 2;
      continue;
    }
    // Whole dictionary words: "khoảng cách" goes on although "khoảng" alone would stop.
    const len = wordLength(tokens, k);
    const word = tokens.slice(k, k + len).map((w) => w.lower).join(' ');
    if (TAIL_STOPS.has(word) || TAIL_STOPS.has(t.lower) || NAME_STOPS.has(word) || (len === 1 && isStop(tokens, k))) break;
    k += len;
  }
  const place = k > from && k - from >= MAX_TAIL_WORDS ? placeAt(tokens, k) : null;
  return place && isSpaceGap(tokens[k]!.gap) ? place.end : k;
}

/**
 * "của Bộ trưởng Bộ Tài chính", "của Chủ tịch UBND tỉnh": a giver named by a post and the body
 * the post belongs to. Returns the end of the body's name, or null when `of` (after "của") is
 * not a post followed by a capitalised body.
 */
export function postAndBodyEnd(tokens: Token[], of: number): number | null {
  const postEnd = titleAt(tokens, of);
  if (postEnd === null) return null;
  const body = tokens[postEnd];
  if (!body || !isSpaceGap(body.gap)) return null;
  // "Chủ tịch UBND | tỉnh Nghệ An": the post names its body, the place follows.
  const bodyPlace = placeAt(tokens, postEnd);
  if (bodyPlace?.prefixed) return bodyPlace.end;
  if (!body.cap) return null;
  const run = extendName(tokens, postEnd);
  // "của Bộ trưởng Bộ" names no body in particular; a head alone is not enough.
  if (run.content === 0) return null;
  // "UBND | tỉnh Nghệ An": a body named by its province.
  const place = placeAt(tokens, run.end);
  if (place?.prefixed && isSpaceGap(tokens[run.end]!.gap)) return place.end;
  return headAt(tokens, postEnd) === run.end ? null : run.end;
}

/**
 * "Top 10 Công ty bảo hiểm uy tín năm 2019", "Top 50 sản phẩm số tiềm năng": a ranking after
 * "Top" and its size. The description is a noun phrase: capitalised words, then lowercase
 * words up to a stop, and a year. Returns its end, or null.
 */
export function rankingEnd(tokens: Token[], sizeAt: number): number | null {
  const size = tokens[sizeAt];
  if (!size || !/^\d{1,4}$/.test(size.text) || !isSpaceGap(size.gap)) return null;
  const from = sizeAt + 1;
  const first = tokens[from];
  if (!first || !isSpaceGap(first.gap) || placeAt(tokens, from) !== null || !SYLLABLES.has(first.lower)) return null;
  let end = from;
  if (first.cap) {
    const run = extendName(tokens, from, { allowYear: true });
    end = run.content > 0 ? run.end : from + 1;
    if (/^(19|20)\d\d$/.test(tokens[end - 1]!.text)) return end;
  }
  end = first.cap ? sentenceCaseAwardEnd(tokens, from, end) : lowercaseTitleEnd(tokens, from);
  if (end === from || !endsCleanly(tokens, end)) return null;
  const withYear = yearAfter(tokens, end);
  return withYear > end || ranksBy(tokens, from, end) || enteredBefore(tokens, sizeAt - 1) ? withYear : null;
}

/**
 * A ranking says what it ranks by: a superlative ("lớn nhất", "hàng đầu") or a place it covers
 * ("… Châu Á"). Without one, "Top 10 mẫu xe", "Top 5 chứng chỉ kế toán" are a listicle's or a
 * sales table's, not an honour.
 */
function ranksBy(tokens: Token[], from: number, end: number): boolean {
  return tokens.slice(from, end).some((t, k) => t.lower === 'nhất' || (t.lower === 'đầu' && tokens[from + k - 1]?.lower === 'hàng')) || placeAt(tokens, end - 1) !== null || (end - 2 >= from && placeAt(tokens, end - 2)?.end === end);
}

/** "lọt (vào) | Top 10 …", "vinh danh (trong) | Top …": the sentence says something entered the list. */
function enteredBefore(tokens: Token[], cueAt: number): boolean {
  const one = tokens[cueAt - 1]?.lower;
  const two = tokens[cueAt - 2]?.lower;
  return one === 'lọt' || ((one === 'vào' || one === 'trong') && (two === 'lọt' || two === 'danh'));
}

/** "… uy tín | năm 2019": the year of a list or title. */
export function yearAfter(tokens: Token[], end: number): number {
  const nam = tokens[end];
  const year = tokens[end + 1];
  if (nam?.lower === 'năm' && isSpaceGap(nam.gap) && year && isSpaceGap(year.gap) && /^(19|20)\d\d$/.test(year.text)) return end + 2;
  return end;
}
