// Syllable tokens of one sentence, with offsets into the article text. Rules walk these
// instead of running regexes over the text, so every rule costs one pass.
// "Sở TT&TT TP.HCM" → ["Sở", "TT&TT", "TP.HCM"]; "Moody’s" and "GD-ĐT" stay one token.
import { foldText } from '../../domain/fold.ts';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Folded, no spaces: "TT&TT" → "tttt", "Đà" → "da". */
  fold: string;
  /** Lower-cased with diacritics kept, no dots or hyphens: "Thông" → "thông", "TP.HCM" → "tphcm". */
  lower: string;
  /** First letter is upper case: "Sở", "FutureGov", "TT&TT". */
  cap: boolean;
  /** Two or more letters, all upper case: "WB", "TT&TT", "GD-ĐT", "JC1". */
  acronym: boolean;
  /** Only ASCII letters/digits (with ' or &): "Intel", "Gov"; not "Sở". */
  latin: boolean;
  /** Text between the previous token (or the sentence start) and this one. */
  gap: string;
  /** Position in the sentence's token list. */
  index: number;
}

// Each run is bounded: an unbounded `+` over a run of millions of letters (a 6 MB title)
// overflowed the regular-expression stack. No word is 100 letters long; a longer run is
// cut into several tokens.
const TOKEN = /[\p{L}\p{M}\p{N}]{1,100}(?:[&'’][\p{L}\p{M}\p{N}]{1,100})*/gu;
const UPPER = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const LETTERS = /\p{L}/gu;
const LATIN = /^[A-Za-z0-9&'’]+$/;
const ACRONYM_PART = /^[\p{Lu}\p{N}&]+$/u;

export function tokenize(text: string, from: number, to: number): Token[] {
  const raw: Array<{ start: number; end: number }> = [];
  TOKEN.lastIndex = 0;
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(TOKEN)) raw.push({ start: from + m.index, end: from + m.index + m[0].length });
  const merged = mergeJoined(text, raw);
  const tokens: Token[] = [];
  let prevEnd = from;
  for (const { start, end } of merged) {
    tokens.push(makeToken(text, start, end, text.slice(prevEnd, start), tokens.length));
    prevEnd = end;
  }
  return tokens;
}

/** "GD" "-" "ĐT" → "GD-ĐT"; "TP" "." "HCM" → "TP.HCM"; "PGS" "." "TS" → "PGS.TS" (no spaces around). */
function mergeJoined(text: string, raw: Array<{ start: number; end: number }>): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const r of raw) {
    const last = out[out.length - 1];
    if (last && r.start - last.end === 1) {
      const joiner = text[last.end];
      const left = text.slice(last.start, last.end);
      const right = text.slice(r.start, r.end);
      const bothAcronyms = ACRONYM_PART.test(left) && ACRONYM_PART.test(right) && /\p{L}/u.test(right);
      if ((joiner === '-' || joiner === '.') && bothAcronyms && !/^\d+$/.test(left)) {
        last.end = r.end;
        continue;
      }
      if (joiner === '.' && /^(TP|Tp)$/.test(left) && UPPER.test(right)) {
        last.end = r.end;
        continue;
      }
    }
    out.push({ ...r });
  }
  return out;
}

type Shape = Pick<Token, 'fold' | 'lower' | 'cap' | 'acronym' | 'latin'>;

// A word's shape depends on its text only; news reuses few thousand words, so cache them.
// Each extraction worker holds its own cache for the whole run, and the words it meets keep
// coming (names, numbers, typos: ~46,000 distinct after 20,000 vntc articles, ~250 bytes
// each), so the cache is small and starts over when full: a 200,000-word cap let a worker's
// live heap creep up by tens of MB over the corpus (bench/RESULTS.md, "Issue 13's 400 MB:
// the main thread's heap growth…").
// Words of 13 characters or more are not cached: rare (links, long numbers), and V8 makes
// such a slice of the article a view that would keep the whole article's text alive.
const SHAPES = new Map<string, Shape>();
const MAX_SHAPES = 20_000;
const MAX_CACHED_LENGTH = 12;

function shapeOf(t: string): Shape {
  let shape = SHAPES.get(t);
  if (shape) return shape;
  const letters = t.match(LETTERS)?.length ?? 0;
  shape = {
    fold: foldText(t).replace(/ /g, ''),
    lower: newToneStyle(t.toLowerCase()).replace(/[.-]/g, '').replace(/ð/g, 'đ'),
    cap: UPPER.test(t),
    acronym: letters >= 2 && !HAS_LOWER.test(t) && UPPER.test(t),
    latin: LATIN.test(t),
  };
  if (t.length > MAX_CACHED_LENGTH) return shape;
  if (SHAPES.size >= MAX_SHAPES) SHAPES.clear();
  SHAPES.set(t, shape);
  return shape;
}

function makeToken(text: string, start: number, end: number, gap: string, index: number): Token {
  const t = text.slice(start, end);
  return { start, end, text: t, ...shapeOf(t), gap, index };
}

/** A gap that keeps two tokens inside one name: spaces only ("Thế giới"). */
export function isSpaceGap(gap: string): boolean {
  return gap.length > 0 && gap.length <= 2 && /^ +$/.test(gap);
}

/**
 * The first answer `lookup` gives for the phrases of `maxWords` down to one word right before
 * tokens[i] (lower-cased, with only spaces between them), or null.
 */
export function phraseBefore<T>(tokens: Token[], i: number, maxWords: number, lookup: (phrase: string) => T | null): T | null {
  for (let n = Math.min(maxWords, i); n >= 1; n--) {
    const words = tokens.slice(i - n, i);
    if (words.some((w, k) => k > 0 && !isSpaceGap(w.gap))) continue;
    const found = lookup(words.map((w) => w.lower).join(' '));
    if (found !== null) return found;
  }
  return null;
}

/** A gap a multi-word lexicon entry may span: spaces, dashes, commas ("châu Á - Thái Bình Dương"). */
export function isPhraseGap(gap: string): boolean {
  return gap.length > 0 && gap.length <= 4 && /^[ \-–—,.&]*$/.test(gap) && !/\n/.test(gap);
}

/** Opening quote right before a token: '"Tổ' → true. */
export function opensQuote(gap: string): boolean {
  return /["“”«]\s*$/.test(gap);
}

// Old and new tone placement are the same word: "hoà" = "hòa", "thuỷ" = "thủy" (word-final oa/oe/uy).
const OLD_TONE = /([oOuU])([àáảãạèéẻẽẹỳýỷỹỵ])$/u;
const MOVE: Record<string, [string, string]> = {
  à: ['̀', 'a'], á: ['́', 'a'], ả: ['̉', 'a'], ã: ['̃', 'a'], ạ: ['̣', 'a'],
  è: ['̀', 'e'], é: ['́', 'e'], ẻ: ['̉', 'e'], ẽ: ['̃', 'e'], ẹ: ['̣', 'e'],
  ỳ: ['̀', 'y'], ý: ['́', 'y'], ỷ: ['̉', 'y'], ỹ: ['̃', 'y'], ỵ: ['̣', 'y'],
};

/** "hoà" → "hòa", "uỷ" → "ủy"; "hoàn" stays (the mark is on a there in both styles). */
export function newToneStyle(lower: string): string {
  // Fast path: only a word ending in o/u + a marked vowel can be in the old style.
  const last = lower[lower.length - 1];
  const before = lower[lower.length - 2];
  if (!last || !(last in MOVE) || !before || !'oOuU'.includes(before)) return lower;
  return lower.replace(OLD_TONE, (whole, v: string, marked: string) => {
    const move = MOVE[marked];
    if (!move) return whole;
    if (v.toLowerCase() === 'o' && move[1] === 'y') return whole;
    if (v.toLowerCase() === 'u' && move[1] !== 'y') return whole;
    return `${v}${move[0]}`.normalize('NFC') + move[1];
  });
}
