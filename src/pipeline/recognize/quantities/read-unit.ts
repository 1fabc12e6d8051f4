// What follows a number: scale words, then a percent sign, a currency or a counted noun.
//   "29,3| triệu USD" → ×1e6, USD;  "1.800| máy tính cấu hình mạnh" → noun "máy tính cấu hình mạnh";
//   "16| quốc gia" → "quốc gia";  "46| trường THPT" → "trường";  "19| giờ" → nothing.
import {
  CLASSIFIERS,
  CURRENCY_AFTER,
  CURRENCY_OF,
  ENGLISH_SCALES,
  NOT_COUNTED,
  NOUN_AFTER,
  PERCENT_AFTER,
  SCALE_AFTER,
  SCALE_VALUE,
  STOP_WORDS,
  isOtherWord,
  lookupKey,
} from './quantity-lexicon.ts';
import { parseNumber } from './parse-number.ts';
import { WORDS } from '../../lexicon/entity-lexicons.ts';

export type Unit =
  | { kind: 'percent'; end: number }
  | { kind: 'money'; currency: string; end: number }
  | { kind: 'count'; noun: string; listed: boolean; end: number; /** the listed noun it grew from */ base?: string }
  | { kind: 'none'; end: number };

export interface Scaled {
  multiplier: number;
  english: boolean;
  /** Added by a compound amount: "2 tỷ 500 triệu" → 500e6 added to 2e9. */
  addend: number;
  end: number;
}

/** Scale words after the number at `pos`: " nghìn tỷ" → ×1e12; "2 tỷ 500 triệu" → +500e6. */
export function readScales(text: string, pos: number): Scaled {
  let multiplier = 1;
  let english = false;
  let end = pos;
  for (let m = matchAt(SCALE_AFTER, text, end); m; m = matchAt(SCALE_AFTER, text, end)) {
    const word = lookupKey(m[1] ?? '');
    if (word === 'k' || word === 'tr') {
      if (/\s/.test(text[end] ?? '')) break; // "5k", "5tr" are glued; "5 k" is not a scale
    }
    multiplier *= SCALE_VALUE.get(word) ?? 1;
    english ||= ENGLISH_SCALES.has(word);
    end += m[0].length;
  }
  const compound = multiplier >= 1e6 ? readCompound(text, end, multiplier) : null;
  return { multiplier, english, addend: compound?.value ?? 0, end: compound?.end ?? end };
}

/** "tỷ| 500 triệu": a smaller amount right after a scaled one adds to it. */
function readCompound(text: string, pos: number, multiplier: number): { value: number; end: number } | null {
  const m = /\s(\d{1,3}(?:[.,]\d+)?)(?=\s)/uy;
  m.lastIndex = pos;
  const hit = m.exec(text);
  if (!hit?.[1]) return null;
  const value = parseNumber(hit[1]);
  const scale = readScalesSimple(text, pos + hit[0].length);
  if (value === null || scale.multiplier <= 1 || scale.multiplier >= multiplier) return null;
  return { value: value * scale.multiplier, end: scale.end };
}

function readScalesSimple(text: string, pos: number): { multiplier: number; end: number } {
  const m = matchAt(SCALE_AFTER, text, pos);
  return m ? { multiplier: SCALE_VALUE.get(lookupKey(m[1] ?? '')) ?? 1, end: pos + m[0].length } : { multiplier: 1, end: pos };
}

/** The unit right after the number (and its scales) ending at `pos`. */
/** scaled: after "triệu", "tỷ"… "đồng" is always the currency ("150 triệu đồng tiền thưởng"). */
export function readUnit(text: string, pos: number, scaled = false): Unit {
  const percent = matchAt(PERCENT_AFTER, text, pos);
  if (percent) return { kind: 'percent', end: pos + percent[0].length };
  const currency = matchAt(CURRENCY_AFTER, text, pos);
  if (currency) {
    const spelled = currency[1] ?? currency[2] ?? '';
    const code = CURRENCY_OF.get(lookupKey(spelled));
    const end = pos + currency[0].length;
    if (code && (scaled || !isOtherWord(spelled, text.slice(end, end + 12)))) return { kind: 'money', currency: code, end };
  }
  const noun = matchAt(NOUN_AFTER, text, pos);
  if (noun?.[1]) return withCompound(noun[1], pos + noun[0].length, text);
  return readFreeNoun(text, pos) ?? readAcronymNoun(text, pos);
}

const NEXT_SYLLABLE = /\s([\p{Ll}\p{M}]+)(?![\p{L}\p{M}\p{N}])/uy;

/** The lowercase syllable right after `pos`, if any. */
function syllableAt(text: string, pos: number): string | undefined {
  return matchAt(NEXT_SYLLABLE, text, pos)?.[1];
}

/**
 * A one-syllable listed noun that is the head of a longer word: "3.590 xe| đạp" → "xe đạp" (the
 * word list says so), "3.000 con| bò" → "con bò" (a classifier takes its noun); the measure stays
 * that of "xe", "con".
 */
function withCompound(listed: string, end: number, text: string): Unit {
  const next = listed.includes(' ') ? undefined : syllableAt(text, end);
  const head = listed.toLowerCase();
  const countedNoun = next !== undefined && !STOP_WORDS.has(next) && !NOT_COUNTED.has(next) && CLASSIFIERS.has(head);
  if (next && (countedNoun || WORDS.has(`${head} ${next}`))) {
    return { kind: 'count', noun: `${listed} ${next}`, listed: true, end: end + 1 + next.length, base: listed };
  }
  return { kind: 'count', noun: listed, listed: true, end };
}

/**
 * A noun not in the lexicon: one or two lowercase syllables up to a stop word ("91 đầu mối"),
 * or three when the last two make the word ("60.000 nhà| cung cấp", "26 khu| kinh tế").
 */
function readFreeNoun(text: string, pos: number): Unit | null {
  const first = syllableAt(text, pos);
  if (!first || NOT_COUNTED.has(first) || STOP_WORDS.has(first)) return null;
  let end = pos + 1 + first.length;
  const second = syllableAt(text, end);
  if (!second || STOP_WORDS.has(second) || NOT_COUNTED.has(second) || STOP_WORDS.has(`${first} ${second}`)) {
    return { kind: 'count', noun: first, listed: false, end };
  }
  end += 1 + second.length;
  const third = syllableAt(text, end);
  const threeSyllables = third && !WORDS.has(`${first} ${second}`) && WORDS.has(`${second} ${third}`) && !STOP_WORDS.has(third);
  if (threeSyllables) return { kind: 'count', noun: `${first} ${second} ${third}`, listed: false, end: end + 1 + third.length };
  return { kind: 'count', noun: `${first} ${second}`, listed: false, end };
}

/** "500 DNVVN", "369 KCN": a capitalised abbreviation of three letters or more as the counted noun. */
const ACRONYM_AFTER = /\s(\p{Lu}{3,6})(?![\p{L}\p{M}\p{N}]|[-–.]\p{L})/uy;

function readAcronymNoun(text: string, pos: number): Unit {
  const m = matchAt(ACRONYM_AFTER, text, pos);
  return m?.[1] ? { kind: 'count', noun: m[1], listed: false, end: pos + m[0].length } : { kind: 'none', end: pos };
}

function matchAt(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}
