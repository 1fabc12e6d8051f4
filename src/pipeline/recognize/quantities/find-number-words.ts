// Counts written in words, read only before a listed counted noun:
//   "năm đề cử" → 5 "đề cử";  "Bốn thỏa thuận" → 4;  "hai mươi lăm tỉnh" → 25;
//   but "năm 2011", "năm nay", "thứ năm", "tháng năm" are not counts.
import { nounMeasure } from './measure.ts';
import type { Found } from './find-numeric.ts';
import { NOUN_AFTER, NUMBER_WORDS, labelBefore } from './quantity-lexicon.ts';

const DIGIT_WORDS = Object.keys(NUMBER_WORDS.units).join('|');
const SEQUENCE = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${DIGIT_WORDS}|mười)(?:\\s(?:${DIGIT_WORDS}|mười|mươi|mốt|trăm|linh|lẻ))*(?![\\p{L}\\p{M}])`,
  'giu',
);

export function findNumberWords(text: string, from: number, to: number): Found[] {
  const found: Found[] = [];
  const slice = text.slice(0, to);
  SEQUENCE.lastIndex = from;
  for (let m = SEQUENCE.exec(slice); m; m = SEQUENCE.exec(slice)) {
    const value = wordsValue(m[0].toLowerCase().split(/\s/));
    if (value === null || value < 2) continue;
    const before = text.slice(Math.max(from, m.index - 20), m.index);
    if (labelBefore(before)) continue;
    NOUN_AFTER.lastIndex = m.index + m[0].length;
    const noun = NOUN_AFTER.exec(text);
    if (!noun?.[1]) continue;
    const end = m.index + m[0].length + noun[0].length;
    found.push({ kind: 'count', value, unit: noun[1], measure: nounMeasure(noun[1]), start: m.index, end, text: text.slice(m.index, end) });
  }
  return found;
}

const UNITS: Record<string, number> = { ...NUMBER_WORDS.units, mốt: 1 };

/** ["hai","mươi","lăm"] → 25; ["ba","trăm"] → 300; ["mười","hai"] → 12; nonsense → null. */
export function wordsValue(words: string[]): number | null {
  let total = 0;
  let i = 0;
  const hundreds = words.indexOf('trăm');
  if (hundreds !== -1) {
    if (hundreds !== 1) return null;
    total = (UNITS[words[0] ?? ''] ?? NaN) * 100;
    i = 2;
    if (words[i] === 'linh' || words[i] === 'lẻ') i++;
  }
  const rest = words.slice(i);
  const tens = restValue(rest);
  return tens === null || Number.isNaN(total) ? null : total + tens;
}

function restValue(words: string[]): number | null {
  const [a, b, c] = words;
  if (a === undefined) return 0;
  if (a === 'mười') return b === undefined ? 10 : words.length === 2 && b !== 'mốt' ? tail(b, 10) : null;
  const unit = UNITS[a];
  if (unit === undefined || a === 'mốt' || a === 'lăm' || a === 'tư') return null;
  if (b === undefined) return unit;
  if (b !== 'mươi' || words.length > 3) return null;
  return c === undefined ? unit * 10 : tail(c, unit * 10);
}

function tail(word: string, base: number): number | null {
  const unit = UNITS[word];
  return unit === undefined ? null : base + unit;
}
