// How far a name runs after its type noun: "Sở | Thông tin và Truyền thông TP Đà Nẵng | vừa…".
// Vietnamese names capitalise the first syllable of a word only, so continuation is decided
// by the word list ("Thông tin" is one word), by "và" between capitalised words, by
// lowercase domain words ("Quỹ Hỗ trợ phát triển du lịch") and by a place that ends it.
import { COUNTRIES, PLACE_PREFIXES, PLACES } from '../../lexicon/gazetteer.ts';
import { SURNAMES } from '../../lexicon/entity-lexicons.ts';
import { CORPORATE_SUFFIXES, CUES, NAME_STOPS, NAME_VERBS, NAME_WORDS, NOT_PLACE_AFTER, ORG_HEADS, SUBTYPE_WORDS, SYLLABLES, TITLES, WORDS, phraseKey } from '../../lexicon/entity-lexicons.ts';
import { PhraseIndex, sameWords } from '../../lexicon/phrase-index.ts';
import { isSpaceGap, phraseBefore, type Token } from '../../lexicon/tokens.ts';

export const HEAD_INDEX = new PhraseIndex<string>();
for (const h of ORG_HEADS) HEAD_INDEX.add(h, h);
export const TITLE_INDEX = new PhraseIndex<string>();
for (const t of TITLES) TITLE_INDEX.add(t, t);

/** A year as a token: "2005". */
export const YEAR = /^(19|20)\d\d$/;
/** "Ảnh", "ẢNH" (photo): the word that opens a photo credit or caption. */
const PHOTO_CREDIT = /^(Ảnh|ẢNH)$/u;

/** Syllables of the longest dictionary word at tokens[i] whose later syllables are lowercase ("Thông tin" → 2). */
export function wordLength(tokens: Token[], i: number): number {
  let key = tokens[i]?.lower ?? '';
  let best = 1;
  for (let k = 1; k < 4; k++) {
    const t = tokens[i + k];
    if (!t || t.cap || !isSpaceGap(t.gap)) break;
    key += ` ${t.lower}`;
    if (WORDS.has(key)) best = k + 1;
  }
  return best;
}

/** Syllables of the longest name word at tokens[i] with lowercase later syllables ("Vận tải biển" → 3), else 0. */
export function nameWordLength(tokens: Token[], i: number): number {
  let key = tokens[i]?.lower ?? '';
  let best = 0;
  for (let k = 1; k < 4; k++) {
    const t = tokens[i + k];
    if (!t || t.cap || !isSpaceGap(t.gap)) break;
    key += ` ${t.lower}`;
    if (NAME_WORDS.has(phraseKey(key))) best = k + 1;
  }
  return best;
}

/** Longest lowercase continuation of a headed name looked up, and mined (syllables). */
export const MAX_CONTINUATION = 10;

/**
 * Whether tokens[k] may carry on the lowercase words after a name ("Cục Cảnh sát Điều tra | tội
 * phạm về trật tự xã hội"): a lowercase syllable after a space; a function word written with a
 * capital ("Viện Y học Lâm sàng | Các bệnh nhiệt đới"); or the second half of a dictionary word
 * written with a comma ("Đội Kiểm soát | phòng, chống ma túy": "phòng chống" is one word).
 */
export function continuesLowercaseRun(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || /\d/.test(t.text) || (t.cap && !NAME_STOPS.has(t.lower))) return false;
  if (isSpaceGap(t.gap)) return true;
  const prev = tokens[k - 1];
  return t.gap === ', ' && !!prev && !prev.cap && WORDS.has(`${prev.lower} ${t.lower}`);
}

/** A stop word or two-syllable stop phrase at tokens[i] ("vừa", "thông qua", "tổ chức"). */
export function isStop(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return true;
  if (NAME_STOPS.has(t.lower)) return true;
  const next = tokens[i + 1];
  return !!next && isSpaceGap(next.gap) && NAME_STOPS.has(`${t.lower} ${next.lower}`);
}

// Rules ask the same questions about the same token many times; answers are memoised per
// sentence (the token array), so each lookup runs once.
function memo<T>(compute: (tokens: Token[], i: number) => T): (tokens: Token[], i: number) => T {
  const cache = new WeakMap<Token[], Array<T | undefined>>();
  return (tokens, i) => {
    let row = cache.get(tokens);
    if (!row) cache.set(tokens, (row = new Array<T | undefined>(tokens.length)));
    const hit = row[i];
    if (hit !== undefined) return hit;
    const value = compute(tokens, i);
    row[i] = value;
    return value;
  };
}

export const headAt: (tokens: Token[], i: number) => number | null = memo((tokens, i) => {
  const end = HEAD_INDEX.match(tokens, i, (e, ts, k) => ts[k]!.cap && sameWords(e, ts, k))?.end ?? null;
  // "Khoa học", "Hội nghị", "Bộ trưởng": the head noun is the first syllable of another word.
  if (end === null || (wordLength(tokens, end - 1) > 1 && !tokens[end]?.cap)) return null;
  return end;
});

export const titleAt: (tokens: Token[], i: number) => number | null = memo((tokens, i) => TITLE_INDEX.match(tokens, i, sameWords)?.end ?? null);

export interface PlaceMatch {
  end: number;
  canonical: string;
  prefixed: boolean;
}

/** "TP Đà Nẵng", "tỉnh Nam Định", "Hà Nội", "quận Hải Châu" at tokens[i]. */
export const placeAt: (tokens: Token[], i: number) => PlaceMatch | null = memo(findPlace);

function findPlace(tokens: Token[], i: number): PlaceMatch | null {
  const prefix = PLACE_PREFIXES.match(tokens, i, () => true);
  if (prefix) {
    const p = PLACES.match(tokens, prefix.end);
    const next = tokens[prefix.end];
    // "P.Đức Thắng", "Q.Tây Hồ": an abbreviated ward or district is never a country's ("Đức", Germany).
    const abbreviated = tokens.slice(i, prefix.end).every((t) => t.acronym || /^\p{Lu}$/u.test(t.text));
    if (p && abbreviated && COUNTRIES.has(p.entry.value.canonical)) return null;
    if (p && next && (isSpaceGap(next.gap) || next.gap === '.' || next.gap === '. ')) {
      return { end: p.end, canonical: p.entry.value.canonical, prefixed: true };
    }
  }
  const p = bareName(tokens, i);
  if (!p) return null;
  const prev = tokens[i - 1];
  if (prev && NOT_PLACE_AFTER.has(prev.lower)) return null;
  return { end: p.end, canonical: p.entry.value.canonical, prefixed: false };
}

/** A place's name at tokens[i] that may stand alone (a district's needs its "huyện" or "quận" before it). */
function bareName(tokens: Token[], i: number) {
  const p = PLACES.match(tokens, i);
  return p && !p.entry.value.needsPrefix ? p : null;
}

/**
 * "người Italy", "tiếng Anh", "đồng Euro": a place's name where the word before makes it its
 * people, language or money (placeAt reads no place there). Where that name ends, else null.
 */
export function peopleOrLanguageAt(tokens: Token[], i: number): number | null {
  const prev = tokens[i - 1];
  if (!prev || !NOT_PLACE_AFTER.has(prev.lower) || !isSpaceGap(tokens[i]!.gap)) return null;
  return bareName(tokens, i)?.end ?? null;
}

export interface NameRun {
  end: number;
  /** Capitalised words, acronyms, places and domain words taken in. */
  content: number;
  /** Capitalised words and places taken in that are not legal forms ("TNHH", "Cổ phần"). */
  proper?: number;
}

export interface NameOptions {
  /** Events and awards may end with a year: "Diễn đàn … 2018". */
  allowYear?: boolean;
  /** Stop before a person's name (after a title: "Thứ trưởng Bộ TT&TT | Nguyễn Minh Hồng"). */
  stopBeforeName?: (tokens: Token[], i: number) => boolean;
  /** Heads never named after a person ("Sở", "Bộ"): stop before a full name even right after the head. */
  strictNames?: boolean;
}

export function extendName(tokens: Token[], from: number, options: NameOptions = {}): NameRun {
  let j = from;
  let end = from;
  let content = 0;
  let proper = 0;
  let places = 0;
  while (j < tokens.length) {
    const t = tokens[j]!;
    const dottedSuffix = t.gap === '.' && CORPORATE_SUFFIXES.has(t.fold); // "Co.Ltd"
    // "… phòng chống dịch bệnh Covid-19": a number hyphened to the name's last word is part of it.
    if (t.gap === '-' && /^\d+$/.test(t.text) && end === j && content > 0 && tokens[j - 1]!.cap) {
      end = ++j;
      continue;
    }
    if (!isSpaceGap(t.gap) && !dottedSuffix && !(content > 0 && (commaJoins(tokens, j) || dashJoins(tokens, j)))) break;
    if (/^\d+$/.test(t.text)) {
      if (options.allowYear && YEAR.test(t.text) && content > 0) end = j + 1;
      break;
    }
    // "Vụ Pháp chế": a longer dictionary word ("pháp chế") is no place ("Pháp").
    const place = wordLength(tokens, j) > 1 && !placeAt(tokens, j)?.prefixed && (placeAt(tokens, j)?.end ?? 0) - j < wordLength(tokens, j) ? null : placeAt(tokens, j);
    if (place && (content > 0 || place.prefixed || !tokens[place.end]?.cap)) {
      end = j = placeTail(tokens, place.end, legalForm(tokens, from, j));
      content++;
      places++;
      if (j > place.end) continue;
      const level = lowerLevel(tokens, j);
      if (level !== null) end = j = level;
      if (options.allowYear) end = pairAndYear(tokens, end);
      break;
    }
    if (t.cap) {
      // "… Hải quan Ảnh: …": a photo credit or caption, never part of a name.
      if (content > 0 && PHOTO_CREDIT.test(t.text)) break;
      // "Công ty Cổ phần | Tập đoàn Masan" is one name: after legal-form words only, a head goes on.
      if (content > 0 && ((proper > 0 && headAt(tokens, j) !== null && !endsCapitalisedWord(tokens, j)) || titleAt(tokens, j) !== null)) break;
      if ((proper > 0 || options.strictNames) && options.stopBeforeName?.(tokens, j)) break;
      if (proper === 0 && options.stopBeforeName?.(tokens, j)) {
        end = j = personNameEnd(tokens, j); // "Trường ĐH Phan Châu Trinh": named after a person
        proper++;
        content++;
        continue;
      }
      const len = Math.max(wordLength(tokens, j), nameWordLength(tokens, j));
      const unit = phraseKey(tokens.slice(j, j + len).map((u) => u.lower).join(' ')); // "Cổ phần"
      if (!SUBTYPE_WORDS.has(t.fold) && !SUBTYPE_WORDS.has(unit)) proper++;
      j += len;
      end = j;
      content++;
      continue;
    }
    if (t.lower === 'và' && content > 0) {
      const next = tokens[j + 1];
      if (!next || !next.cap || headAt(tokens, j + 1) !== null || titleAt(tokens, j + 1) !== null || breaksName(tokens, j + 1)) break;
      // "Công ty JC1 và FSI Vietnam": two companies, not one name.
      if (next.latin && (next.acronym || !SYLLABLES.has(next.lower))) break;
      j++;
      continue;
    }
    const lower = lowercaseRun(tokens, j, content);
    if (lower === null) break;
    j = lower.to;
    if (lower.named) end = j;
    content++;
    if (lower.named) continue;
  }
  return { end, content, proper: proper + places };
}

/**
 * "Sở Nội Vụ", "ĐH Bách Khoa": a head noun ("Vụ", "Khoa") that is the second syllable of a
 * word written in capitals ("nội vụ", "bách khoa") ends that word; it starts no other name.
 */
function endsCapitalisedWord(tokens: Token[], j: number): boolean {
  const prev = tokens[j - 1];
  const t = tokens[j]!;
  return !!prev && prev.cap && !prev.acronym && isSpaceGap(t.gap) && WORDS.has(`${prev.lower} ${t.lower}`);
}

/**
 * Lowercase words inside a name: a domain word ("du lịch", "tài sản") ends a name well;
 * other words only bridge to a capitalised word ("Cục phát triển thị trường số DMA …").
 */
function lowercaseRun(tokens: Token[], i: number, content: number): { to: number; named: boolean } | null {
  let k = i;
  let namedTo = -1;
  while (k < tokens.length && k - i < 8) {
    const t = tokens[k]!;
    if (k > i && !isSpaceGap(t.gap)) break;
    if (t.cap) {
      if (k > i && headAt(tokens, k) === null && titleAt(tokens, k) === null && !breaksName(tokens, k)) return { to: k, named: false };
      break;
    }
    if (k > i && placeAt(tokens, k)?.prefixed) return { to: k, named: false }; // "Ủy ban nhân dân | tỉnh Quảng Ninh"
    if (k > i && t.lower === 'và' && content > 0) {
      const joined = andJoins(tokens, k);
      // "… kinh doanh | và Hỗ trợ doanh nghiệp": the caller goes on over "và" and the capitalised part.
      if (joined === 'capital') return { to: k, named: namedTo === k };
      // "… vận tải biển và giao thông": two domain nouns of one name.
      if (joined === 'lower' && namedTo === k) {
        k++;
        continue;
      }
      break;
    }
    if (/^\d/.test(t.text) || isStop(tokens, k)) break;
    // The longest name word here ("người nghèo" even if the word list lacks it), else a dictionary word.
    let len = Math.max(wordLength(tokens, k), lowercaseSpan(tokens, k, 4));
    let unit = phraseKey(tokens.slice(k, k + len).map((u) => u.lower).join(' '));
    while (len > 1 && !NAME_WORDS.has(unit) && !SUBTYPE_WORDS.has(unit)) {
      len--;
      unit = phraseKey(tokens.slice(k, k + len).map((u) => u.lower).join(' '));
    }
    if (!NAME_WORDS.has(unit) && !SUBTYPE_WORDS.has(unit)) {
      // "Quỹ Ươm mầm Ước mơ": one syllable the word list lacks, between capitalised words.
      const after = tokens[k + 1];
      if (k === i && content > 0 && len === 1 && after?.cap && isSpaceGap(after.gap) && headAt(tokens, k + 1) === null) return { to: k + 1, named: false };
      break;
    }
    // "Sở Kế hoạch - đầu tư", "Sở Giáo dục - đào tạo": right after a dash inside a name, a domain
    // verb is the second field of the name (as in "Kế hoạch và Đầu tư"), so it may end the name.
    // Only after a field ("Kế hoạch", "Giáo dục"): after a proper name ("Công ty Hoàng Long -
    // đầu tư vào …") the dash and the verb are the sentence's.
    const pairedByDash = k === i && content > 0 && /^ ?[-–] ?$/.test(t.gap) && fieldBefore(tokens, i);
    k += len;
    // "Quỹ Hỗ trợ phát triển du lịch": domain nouns may also end a name; verbs only bridge.
    if (!NAME_VERBS.has(unit) || pairedByDash) namedTo = k;
  }
  // "Khoa Quản trị kinh doanh (HSB)": an acronym in brackets closes the name, verbs and all.
  if (content > 0 && k > i && k > namedTo && bracketedAcronymAt(tokens, k)) return { to: k, named: true };
  return content > 0 && namedTo > i ? { to: namedTo, named: true } : null;
}

/** Does a domain word of names ("Kế hoạch", "Giáo dục", "Tài chính") end right before tokens[i]? */
function fieldBefore(tokens: Token[], i: number): boolean {
  const isField = (phrase: string) => {
    const unit = phraseKey(phrase);
    return NAME_WORDS.has(unit) && !NAME_VERBS.has(unit) ? true : null;
  };
  return phraseBefore(tokens, i, 2, isField) === true;
}

/** "(HSB", "(BSA)": an acronym right after an opening bracket. */
function bracketedAcronymAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return !!t && t.acronym && /^\s*\($/.test(t.gap);
}

/**
 * What "và" at tokens[k] joins inside a lowercase stretch of a name: a capitalised part that can
 * go on the name ("kinh doanh và Hỗ trợ …"), a lowercase domain noun ("… biển và giao thông"), or
 * nothing (the name ends before "và").
 */
function andJoins(tokens: Token[], k: number): 'capital' | 'lower' | null {
  const next = tokens[k + 1];
  if (!next || !isSpaceGap(next.gap)) return null;
  if (next.cap) {
    if (headAt(tokens, k + 1) !== null || titleAt(tokens, k + 1) !== null || breaksName(tokens, k + 1) || placeAt(tokens, k + 1) !== null) return null;
    return next.latin && (next.acronym || !SYLLABLES.has(next.lower)) ? null : 'capital';
  }
  const len = Math.max(wordLength(tokens, k + 1), 1);
  const unit = phraseKey(tokens.slice(k + 1, k + 1 + len).map((u) => u.lower).join(' '));
  return NAME_WORDS.has(unit) && !NAME_VERBS.has(unit) ? 'lower' : null;
}

/**
 * "Bộ Giáo dục - Đào tạo", "Bộ GD – ĐT", "Sở Lao động - thương binh và xã hội", "Wal-Mart": a
 * dash between two parts of one name. An acronym joins an acronym; otherwise the part after the dash must be a
 * domain noun of names (never a head, a title or an alias such as "… - VIECA").
 */
function dashJoins(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  const prev = tokens[j - 1];
  if (!t || !prev || !/^ ?[-–] ?$/.test(t.gap)) return false;
  if (headAt(tokens, j) !== null || titleAt(tokens, j) !== null) return false;
  if (t.acronym) return prev.acronym && !tokens[j + 1]?.acronym;
  // "tập đoàn Wal-Mart", "Coca-Cola": a foreign word hyphened, with no space, to another.
  if (t.gap === '-' && t.cap && t.latin && prev.cap && prev.latin && !(SYLLABLES.has(prev.lower) && SYLLABLES.has(t.lower))) return true;
  const len = Math.max(wordLength(tokens, j), 1);
  const unit = phraseKey(tokens.slice(j, j + len).map((u) => u.lower).join(' '));
  return NAME_WORDS.has(unit);
}

/** "… Việt Nam | xã Phú Giáo", "… Việt Nam | tỉnh Quảng Nam": a local branch after a national name. */
function lowerLevel(tokens: Token[], j: number): number | null {
  const t = tokens[j];
  if (!t || t.cap || !isSpaceGap(t.gap)) return null;
  const place = placeAt(tokens, j);
  return place?.prefixed ? place.end : null;
}

/** Cue words that start another name: "Huân chương … và | Kỷ niệm chương …". */
const BREAKERS = new PhraseIndex<true>();
// Cues that only make an entity before a quote ("Dịch vụ", "Kế hoạch") are ordinary name words here.
const QUOTE_ONLY = new Set(CUES.projectNeedsQuote);
for (const cue of [...CUES.award, ...CUES.project, ...CUES.event, ...CUES.document]) if (!QUOTE_ONLY.has(cue)) BREAKERS.add(cue, true);

export function breaksName(tokens: Token[], i: number): boolean {
  return BREAKERS.match(tokens, i, sameWords) !== null;
}

/** "Bộ Văn hóa, Thể thao và Du lịch": a comma inside a name, when "và" + a capitalised word follows soon. */
function commaJoins(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  if (!t || !/^, $/.test(t.gap) || !t.cap || headAt(tokens, j) !== null || titleAt(tokens, j) !== null || placeAt(tokens, j) !== null) return false;
  for (let k = j + 1; k < Math.min(tokens.length, j + 5); k++) {
    const u = tokens[k]!;
    if (!isSpaceGap(u.gap)) return false;
    if (u.lower === 'và') return tokens[k + 1]?.cap === true && isSpaceGap(tokens[k + 1]!.gap);
  }
  return false;
}

/** How many lowercase, space-joined tokens start at tokens[i] (at most `max`). */
function lowercaseSpan(tokens: Token[], i: number, max: number): number {
  let n = 0;
  while (n < max && tokens[i + n] && !tokens[i + n]!.cap && (n === 0 || isSpaceGap(tokens[i + n]!.gap))) n++;
  return n;
}

/** After a place in an event's name: "… Việt Nam - Hàn Quốc 2018" takes the partner and the year. */
function pairAndYear(tokens: Token[], end: number): number {
  const dash = tokens[end];
  if (dash && /^\s?[-–]\s?$/.test(dash.gap)) {
    const partner = placeAt(tokens, end);
    if (partner) end = partner.end;
  }
  const year = tokens[end];
  return year && isSpaceGap(year.gap) && YEAR.test(year.text) ? end + 1 : end;
}

/**
 * Capitalised words that go on after a place inside a name: "Ngân hàng TMCP Sài Gòn | Thương Tín
 * (Sacombank)", "… Việt Nam | Thịnh Vượng". Two or more syllables that are no person (surname
 * first), head, title or place, before a bracket, or before a lowercase word in a registered
 * company's name ("TMCP", "Cổ phần"); else the name ends at the place.
 */
const LEGAL_FORMS = new Set(['tmcp', 'cp', 'tnhh', 'co phan']);

/** "TMCP", "Cổ phần", "TNHH" among the name's words: a company's registered name. */
function legalForm(tokens: Token[], from: number, to: number): boolean {
  return tokens.slice(from, to).some((t, k) => LEGAL_FORMS.has(t.fold) || LEGAL_FORMS.has(`${t.fold} ${tokens[from + k + 1]?.fold ?? ''}`));
}

function placeTail(tokens: Token[], from: number, registered: boolean): number {
  let k = from;
  while (k < tokens.length && k - from < 4) {
    const t = tokens[k]!;
    if (!t.cap || t.acronym || !isSpaceGap(t.gap) || !SYLLABLES.has(t.lower) || headAt(tokens, k) !== null || titleAt(tokens, k) !== null || placeAt(tokens, k) !== null) break;
    k++;
  }
  const first = tokens[from];
  if (k - from < 2 || !first || SURNAMES.has(first.lower)) return from;
  const after = tokens[k];
  // A bracket ("(Sacombank)") vouches for any name; otherwise only a registered company's.
  if (after && /^\s*\($/.test(after.gap)) return k;
  return registered && (!after || (!after.cap && isSpaceGap(after.gap))) ? k : from;
}

/**
 * End of a person's name used as a name's core: capitalised syllables up to a place or acronym.
 * A one-syllable place with another syllable of the name after it is a middle name ("Trường ĐH
 * Tôn Đức Thắng": "Đức" is also Germany).
 */
function personNameEnd(tokens: Token[], j: number): number {
  const from = j;
  const nameSyllable = (k: number) => !!tokens[k]?.cap && isSpaceGap(tokens[k]!.gap) && !tokens[k]!.acronym;
  const middleName = (k: number) => placeAt(tokens, k)?.end === k + 1 && nameSyllable(k + 1) && placeAt(tokens, k + 1) === null;
  // "ĐH Tôn Đức Thắng | Huỳnh Kim Tín": after three syllables, a family name opens another person's name.
  const anotherName = (k: number) => k - from >= 3 && SURNAMES.has(tokens[k]!.lower) && nameSyllable(k + 1);
  while (nameSyllable(j + 1) && (placeAt(tokens, j + 1) === null || middleName(j + 1)) && !anotherName(j + 1)) j++;
  return j + 1;
}
