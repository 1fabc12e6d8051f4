// Quantities written with digits: money, percentages and counts.
//   "29,3 triệu USD" → money 29300000 USD;  "USD 5 triệu" / "$3 million" → money;
//   "85%" / "85 phần trăm" → percent 85;  "1.800 máy tính" → count 1800 "máy tính";
// never: "lớp 12", "lần thứ 10", "Call 1280", "0236.3822.111", a bare year, "19 giờ".
import type { QuantityMention } from '../../../domain/pipeline.ts';
import { moneyMeasure, nounMeasure } from './measure.ts';
import { parseNumber, scaleValue } from './parse-number.ts';
import { CURRENCY_BEFORE, CURRENCY_BEFORE_OF, LABEL_BEFORE, MONEY_CUE } from './quantity-lexicon.ts';
import { readScales, readUnit } from './read-unit.ts';

export type Found = Omit<QuantityMention, 'sentence'>;

// A whole number token: "1.390,69" but not the "3" of "06/9/2019", "2534/QĐ", "10:30" or "2005-2006".
const NUMBER_TOKEN = /(?<![\p{L}\p{M}\p{N}.,\/:\-–])\d(?:[\d.,]*\d)?(?![\p{N}]|[\/:]\d|[\-–]\d|[.,]\d)/gu;

export function findNumericQuantities(text: string, from: number, to: number): Found[] {
  const found: Found[] = [];
  const slice = text.slice(0, to);
  NUMBER_TOKEN.lastIndex = from;
  for (let m = NUMBER_TOKEN.exec(slice); m; m = NUMBER_TOKEN.exec(slice)) {
    const quantity = readQuantity(text, m.index, m[0], from);
    if (quantity) found.push(quantity);
  }
  return found;
}

function readQuantity(text: string, start: number, token: string, sentenceStart: number): Found | null {
  const before = text.slice(Math.max(sentenceStart, start - 40), start);
  const currencyBefore = CURRENCY_BEFORE.exec(before);
  if (!currencyBefore && isLabel(text, start, sentenceStart)) return null;
  const scaled = readScales(text, start + token.length);
  const english = scaled.english || currencyBefore?.[1] === '$';
  const number = parseNumber(token, english);
  if (number === null) return null;
  const value = scaleValue(number, scaled.multiplier) + scaled.addend;
  const unit = readUnit(text, scaled.end);
  const cueText = text.slice(sentenceStart, start);
  if (currencyBefore?.[1]) {
    const spanStart = start - currencyBefore[0].length + currencyBefore[0].indexOf(currencyBefore[1]);
    const currency = CURRENCY_BEFORE_OF.get(currencyBefore[1]) ?? 'USD';
    return money(text, spanStart, scaled.end, value, currency, cueText);
  }
  switch (unit.kind) {
    case 'percent':
      return { kind: 'percent', value, unit: '%', measure: null, start, end: unit.end, text: text.slice(start, unit.end) };
    case 'money':
      return money(text, start, unit.end, value, unit.currency, cueText);
    case 'count':
      if (!unit.listed && looksLikeYear(token, scaled.multiplier)) return null;
      return { kind: 'count', value, unit: unit.noun, measure: nounMeasure(unit.noun), start, end: unit.end, text: text.slice(start, unit.end) };
    default:
      // "chi 2 tỷ để…": a scaled amount after a money word, with no currency, is in đồng.
      if (scaled.multiplier >= 1e6 && lastMatch(MONEY_CUE, cueText)) return money(text, start, scaled.end, value, 'VND', cueText);
      return null;
  }
}

function money(text: string, start: number, end: number, value: number, currency: string, cueText: string): Found {
  return { kind: 'money', value, unit: currency, measure: moneyMeasure(cueText), start, end, text: text.slice(start, end) };
}

/** "lớp 12", "số 5", or a number inside a name ("Call 1280", "Bắc Kinh 2004"). */
function isLabel(text: string, start: number, sentenceStart: number): boolean {
  const before = text.slice(Math.max(sentenceStart, start - 40), start);
  if (LABEL_BEFORE.test(before)) return true;
  if (/\d\s$/u.test(before)) return true; // a digit group of '0903 123 456'
  const word = /(?:^|[^\p{L}\p{M}])([\p{L}\p{M}]+) $/u.exec(before);
  if (!word?.[1] || !/^\p{Lu}/u.test(word[1])) return false;
  const wordStart = start - 1 - word[1].length;
  return text.slice(sentenceStart, wordStart).trim() !== ''; // capitalized and not the sentence's first word
}

function looksLikeYear(token: string, multiplier: number): boolean {
  return multiplier === 1 && /^(19|20)\d{2}$/.test(token);
}

function lastMatch(re: RegExp, value: string): string | null {
  let last: string | null = null;
  for (const m of value.matchAll(re)) last = m[1] ?? null;
  return last;
}
