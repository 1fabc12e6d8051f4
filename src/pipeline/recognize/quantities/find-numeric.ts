// Quantities written with digits: money, percentages and counts.
//   "29,3 triệu USD" → money 29300000 USD;  "USD 5 triệu" / "$3 million" → money;
//   "85%" / "85 phần trăm" → percent 85;  "1.800 máy tính" → count 1800 "máy tính";
//   ranges give both ends: "từ 3- 9 triệu đồng" → 3000000 and 9000000 VND; "13-18%" → 13 and 18;
// never: "lớp 12", "lần thứ 10", "Call 1280", "0236.3822.111", a bare year, "19 giờ".
import type { QuantityMention } from '../../../domain/pipeline.ts';
import { moneyMeasure, nounMeasure, percentMeasure } from './measure.ts';
import { parseNumber, scaleValue } from './parse-number.ts';
import { COUNTED_BY_SO, NUMBER_NAME_AFTER_SO, CURRENCY_BEFORE, CURRENCY_BEFORE_OF, MONEY_CUE, labelBefore } from './quantity-lexicon.ts';
import { type Unit, readScales, readUnit } from './read-unit.ts';

export type Found = Omit<QuantityMention, 'sentence'>;

// A whole number token: "1.390,69" but not the "3" of "06/9/2019", "2534/QĐ", "10:30" or "Covid-19".
const NUMBER_TOKEN = /(?<![\p{L}\p{M}\p{N}.,\/:\-–])\d(?:[\d.,]*\d)?(?![\p{N}]|[\/:]\d|[.,]\d)/gu;
// The second end of a range: "3- 9", "13-18", "10 – 15".
const RANGE_END = /\s?[-–]\s?(\d(?:[\d.,]*\d)?)(?![\p{N}]|[\/:]\d|[.,]\d)/uy;

interface Reading {
  start: number;
  number: number;
  multiplier: number;
  addend: number;
  unit: Unit;
  /** Offset after the scales (the unit starts here). */
  scaledEnd: number;
  /** A capitalized word before it ("Trần Đại Nghĩa 131 giải", "Call 1280"). */
  afterName: boolean;
}

export function findNumericQuantities(text: string, from: number, to: number): Found[] {
  const found: Found[] = [];
  const slice = text.slice(0, to);
  NUMBER_TOKEN.lastIndex = from;
  for (let m = NUMBER_TOKEN.exec(slice); m; m = NUMBER_TOKEN.exec(slice)) {
    const currency = currencyBefore(text, m.index, from);
    if (currency) {
      const q = readCurrencyFirst(text, m.index, m[0], currency, from);
      if (q) found.push(q);
      if (q) NUMBER_TOKEN.lastIndex = q.end;
      continue;
    }
    if (labelBefore(text.slice(Math.max(from, m.index - 40), m.index))) continue;
    if (/\d\s$/u.test(text.slice(Math.max(from, m.index - 2), m.index))) continue; // a digit group of '0903 123 456'
    const first = read(text, m.index, m[0], from);
    const range = first && first.unit.kind === 'none' && first.multiplier === 1 ? readRangeEnd(text, first, slice, from) : null;
    if (range) {
      found.push(...range);
      NUMBER_TOKEN.lastIndex = range[1]?.end ?? m.index + m[0].length;
      continue;
    }
    const q = first ? toQuantity(text, first, m[0], from) : null;
    if (q) found.push(q);
    if (q) NUMBER_TOKEN.lastIndex = q.end; // "2 tỷ 500 triệu đồng" is one amount
  }
  return found;
}

function read(text: string, start: number, token: string, sentenceStart: number, english = false): Reading | null {
  const scaled = readScales(text, start + token.length);
  const number = parseNumber(token, english || scaled.english);
  if (number === null) return null;
  const unit = readUnit(text, scaled.end, scaled.multiplier > 1);
  return { start, number, multiplier: scaled.multiplier, addend: scaled.addend, unit, scaledEnd: scaled.end, afterName: afterName(text, start, sentenceStart) };
}

function toQuantity(text: string, r: Reading, token: string, sentenceStart: number): Found | null {
  const value = scaleValue(r.number, r.multiplier) + r.addend;
  const cueText = text.slice(sentenceStart, r.start);
  const span = (end: number) => ({ start: r.start, end, text: text.slice(r.start, end) });
  switch (r.unit.kind) {
    case 'percent':
      return { kind: 'percent', value, unit: '%', measure: percentMeasure(text, sentenceStart, r.start, r.unit.end), ...span(r.unit.end) };
    case 'money':
      return { kind: 'money', value, unit: r.unit.currency, measure: moneyMeasure(cueText), ...span(r.unit.end) };
    case 'count':
      if (r.afterName && (!r.unit.listed || isNamePart(text, r.start, token))) return null;
      if (!r.unit.listed && looksLikeYear(token, r.multiplier)) return null;
      return { kind: 'count', value, unit: r.unit.noun, measure: nounMeasure(r.unit.base ?? r.unit.noun), ...span(r.unit.end) };
    default:
      // "chi 2 tỷ để…": a scaled amount after a money word, with no currency, is in đồng.
      if (r.multiplier >= 1e6 && !r.afterName && lastMatch(MONEY_CUE, cueText)) {
        return { kind: 'money', value, unit: 'VND', measure: moneyMeasure(cueText), ...span(r.scaledEnd) };
      }
      {
        const counted = bareCount(cueText, value, r.multiplier);
        return counted ? { ...counted, ...span(r.scaledEnd) } : null;
      }
  }
}

/**
 * A bare number stated as the value of "số <noun>": "số khách ghé Pháp là 64, Ý là 92"
 * → 64 and 92 "khách". Only right after "là" / "có" / "đạt", never for years.
 */
function bareCount(cueText: string, value: number, multiplier: number): Omit<Found, 'start' | 'end' | 'text'> | null {
  if (!/(?<![\p{L}\p{M}])(?:là|có|đạt|chỉ có)\s$/u.test(cueText)) return null;
  if (multiplier === 1 && value >= 1900 && value < 2100 && Number.isInteger(value)) return null;
  if (NUMBER_NAME_AFTER_SO.test(cueText)) return null;
  const noun = lastMatch(COUNTED_BY_SO, cueText);
  return noun ? { kind: 'count', value, unit: noun, measure: nounMeasure(noun) } : null;
}

/** "3- 9 triệu đồng": the first end takes the second's scale and unit; spans the whole range. */
function readRangeEnd(text: string, first: Reading, slice: string, sentenceStart: number): Found[] | null {
  const firstEnd = first.scaledEnd;
  RANGE_END.lastIndex = firstEnd;
  const m = RANGE_END.exec(slice);
  if (!m?.[1]) return null;
  const secondStart = m.index + m[0].length - m[1].length;
  const second = read(text, secondStart, m[1], sentenceStart);
  if (!second || second.unit.kind === 'none' || (second.unit.kind === 'count' && !second.unit.listed)) return null;
  const secondQ = toQuantity(text, { ...second, afterName: first.afterName }, m[1], sentenceStart);
  if (!secondQ) return null;
  const firstToken = text.slice(first.start, firstEnd);
  const firstQ = toQuantity(text, { ...second, start: first.start, number: first.number, addend: 0 }, firstToken, sentenceStart);
  return firstQ && firstQ.value < secondQ.value ? [{ ...firstQ }, secondQ] : null;
}

/** "USD 5 triệu", "$3 million": the currency written first. */
function readCurrencyFirst(text: string, start: number, token: string, currency: RegExpExecArray, sentenceStart: number): Found | null {
  const symbol = currency[1] ?? '';
  const r = read(text, start, token, sentenceStart, symbol === '$' || symbol === 'US$');
  if (!r) return null;
  const spanStart = start - currency[0].length + currency[0].indexOf(symbol);
  const value = scaleValue(r.number, r.multiplier) + r.addend;
  const measure = moneyMeasure(text.slice(sentenceStart, spanStart));
  return { kind: 'money', value, unit: CURRENCY_BEFORE_OF.get(symbol) ?? 'USD', measure, start: spanStart, end: r.scaledEnd, text: text.slice(spanStart, r.scaledEnd) };
}

function currencyBefore(text: string, start: number, sentenceStart: number): RegExpExecArray | null {
  return CURRENCY_BEFORE.exec(text.slice(Math.max(sentenceStart, start - 6), start));
}

/** A capitalized word right before the number that is not the sentence's first word. */
function afterName(text: string, start: number, sentenceStart: number): boolean {
  const before = text.slice(Math.max(sentenceStart, start - 40), start);
  const word = /(?:^|[^\p{L}\p{M}])([\p{L}\p{M}]+) $/u.exec(before);
  if (!word?.[1] || !/^\p{Lu}/u.test(word[1])) return false;
  const wordStart = start - 1 - word[1].length;
  return text.slice(sentenceStart, wordStart).trim() !== '';
}

/** "Call 1280" said more than once is a name, not "1280 khách hàng". */
function isNamePart(text: string, start: number, token: string): boolean {
  const word = /([\p{L}\p{M}]+) $/u.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  if (!word) return false;
  const phrase = `${word} ${token}`;
  const first = text.indexOf(phrase);
  return first !== -1 && text.indexOf(phrase, first + 1) !== -1;
}

function looksLikeYear(token: string, multiplier: number): boolean {
  return multiplier === 1 && /^(19|20)\d{2}$/.test(token);
}

function lastMatch(re: RegExp, value: string): string | null {
  let last: string | null = null;
  for (const m of value.matchAll(re)) last = m[1] ?? null;
  return last;
}
