// How far a name runs after its type noun: "Sở | Thông tin và Truyền thông TP Đà Nẵng | vừa…".
// Vietnamese names capitalise the first syllable of a word only, so continuation is decided
// by the word list ("Thông tin" is one word), by "và" between capitalised words, by
// lowercase domain words ("Quỹ Hỗ trợ phát triển du lịch") and by a place that ends it.
import { PLACE_PREFIXES, PLACES } from './gazetteer.ts';
import { SURNAMES } from './lexicons.ts';
import { CORPORATE_SUFFIXES, CUES, NAME_STOPS, NAME_VERBS, NAME_WORDS, NOT_PLACE_AFTER, ORG_HEADS, SUBTYPE_WORDS, SYLLABLES, TITLES, WORDS, phraseKey } from './lexicons.ts';
import { PhraseIndex, sameWords } from './phrase-index.ts';
import { isSpaceGap, type Token } from './tokens.ts';

export const HEAD_INDEX = new PhraseIndex<string>();
for (const h of ORG_HEADS) HEAD_INDEX.add(h, h);
export const TITLE_INDEX = new PhraseIndex<string>();
for (const t of TITLES) TITLE_INDEX.add(t, t);

const YEAR = /^(19|20)\d\d$/;

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

export const headAt: (tokens: Token[], i: number) => number | null = memo(
  (tokens, i) => HEAD_INDEX.match(tokens, i, (e, ts, k) => ts[k]!.cap && sameWords(e, ts, k))?.end ?? null,
);

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
    if (p && next && (isSpaceGap(next.gap) || next.gap === '.' || next.gap === '. ')) {
      return { end: p.end, canonical: p.entry.value.canonical, prefixed: true };
    }
  }
  const p = PLACES.match(tokens, i);
  if (!p || p.entry.value.needsPrefix) return null;
  const prev = tokens[i - 1];
  if (prev && NOT_PLACE_AFTER.has(prev.lower)) return null;
  return { end: p.end, canonical: p.entry.value.canonical, prefixed: false };
}

export interface NameRun {
  end: number;
  /** Capitalised words, acronyms, places and domain words taken in. */
  content: number;
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
  while (j < tokens.length) {
    const t = tokens[j]!;
    const dottedSuffix = t.gap === '.' && CORPORATE_SUFFIXES.has(t.fold); // "Co.Ltd"
    if (!isSpaceGap(t.gap) && !dottedSuffix && !(content > 0 && commaJoins(tokens, j))) break;
    if (/^\d+$/.test(t.text)) {
      if (options.allowYear && YEAR.test(t.text) && content > 0) end = j + 1;
      break;
    }
    // "Vụ Pháp chế": a longer dictionary word ("pháp chế") is no place ("Pháp").
    const place = wordLength(tokens, j) > 1 && !placeAt(tokens, j)?.prefixed && (placeAt(tokens, j)?.end ?? 0) - j < wordLength(tokens, j) ? null : placeAt(tokens, j);
    if (place && (content > 0 || place.prefixed || !tokens[place.end]?.cap)) {
      end = j = placeTail(tokens, place.end, legalForm(tokens, from, j));
      content++;
      if (j > place.end) continue;
      if (options.allowYear) end = pairAndYear(tokens, end);
      break;
    }
    if (t.cap) {
      // "Công ty Cổ phần | Tập đoàn Masan" is one name: after legal-form words only, a head goes on.
      if (content > 0 && ((proper > 0 && headAt(tokens, j) !== null) || titleAt(tokens, j) !== null)) break;
      if ((proper > 0 || options.strictNames) && options.stopBeforeName?.(tokens, j)) break;
      if (proper === 0 && options.stopBeforeName?.(tokens, j)) {
        end = j = personNameEnd(tokens, j); // "Trường ĐH Phan Châu Trinh": named after a person
        proper++;
        content++;
        continue;
      }
      const len = wordLength(tokens, j);
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
  return { end, content };
}

/**
 * Lowercase words inside a name: a domain word ("du lịch", "tài sản") ends a name well;
 * other words only bridge to a capitalised word ("Cục phát triển thị trường số DMA …").
 */
function lowercaseRun(tokens: Token[], i: number, content: number): { to: number; named: boolean } | null {
  let k = i;
  let namedTo = -1;
  while (k < tokens.length && k - i < 6) {
    const t = tokens[k]!;
    if (k > i && !isSpaceGap(t.gap)) break;
    if (t.cap) {
      if (k > i && headAt(tokens, k) === null && titleAt(tokens, k) === null && !breaksName(tokens, k)) return { to: k, named: false };
      break;
    }
    if (k > i && placeAt(tokens, k)?.prefixed) return { to: k, named: false }; // "Ủy ban nhân dân | tỉnh Quảng Ninh"
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
    k += len;
    // "Quỹ Hỗ trợ phát triển du lịch": domain nouns may also end a name; verbs only bridge.
    if (!NAME_VERBS.has(unit)) namedTo = k;
  }
  return content > 0 && namedTo > i ? { to: namedTo, named: true } : null;
}

/** Cue words that start another name: "Huân chương … và | Kỷ niệm chương …". */
const BREAKERS = new PhraseIndex<true>();
for (const cue of [...CUES.award, ...CUES.project, ...CUES.event, ...CUES.document]) BREAKERS.add(cue, true);

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

/** End of a person's name used as a name's core: capitalised syllables up to a place or acronym. */
function personNameEnd(tokens: Token[], j: number): number {
  while (tokens[j + 1]?.cap && isSpaceGap(tokens[j + 1]!.gap) && !tokens[j + 1]!.acronym && placeAt(tokens, j + 1) === null) j++;
  return j + 1;
}
