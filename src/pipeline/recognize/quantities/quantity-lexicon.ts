// The quantity lexicons (src/pipeline/lexicon/data/quantity-*.json) compiled once into lookups
// and sticky regexes. Longest spelling first, so "đô la Mỹ" wins over "đô la" and "đô".
import { WORDS } from '../../lexicon/entity-lexicons.ts';
import { loadLexicon } from '../../lexicon/load-lexicon.ts';

const cues = loadLexicon<typeof import('../../lexicon/data/quantity-cues.json', { with: { type: 'json' } })>('quantity-cues');
const currencies = loadLexicon<typeof import('../../lexicon/data/quantity-currencies.json', { with: { type: 'json' } })>('quantity-currencies');
const nouns = loadLexicon<typeof import('../../lexicon/data/quantity-nouns.json', { with: { type: 'json' } })>('quantity-nouns');
const numberWords = loadLexicon<typeof import('../../lexicon/data/quantity-number-words.json', { with: { type: 'json' } })>('quantity-number-words');
const scales = loadLexicon<typeof import('../../lexicon/data/quantity-scales.json', { with: { type: 'json' } })>('quantity-scales');

const NOT_LETTER_AFTER = '(?![\\p{L}\\p{M}\\p{N}])';

export function escapeRegex(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Alternation of the words, longest first. */
export function alternation(words: Iterable<string>): string {
  return [...words].sort((a, b) => b.length - a.length).map(escapeRegex).join('|');
}

/** Case-insensitive lookup key: "Đô la Mỹ" and "đô la mỹ" → one key. */
export function lookupKey(value: string): string {
  return value.toLowerCase().replace(/\s+/g, ' ');
}

function lowerMap(entries: Record<string, string | number>): Map<string, string | number> {
  return new Map(Object.entries(entries).map(([k, v]) => [lookupKey(k), v]));
}

export const SCALE_VALUE = lowerMap(scales.scales) as Map<string, number>;
export const ENGLISH_SCALES = new Set(scales.english);
/** " triệu", " nghìn tỷ", "k": one scale word after a number (applied repeatedly). */
export const SCALE_AFTER = new RegExp(`\\s?(${alternation(Object.keys(scales.scales))})${NOT_LETTER_AFTER}`, 'iuy');

const CASE_SENSITIVE = new Set(currencies.caseSensitive);
const afterInsensitive = Object.keys(currencies.after).filter((c) => !CASE_SENSITIVE.has(c));
export const CURRENCY_AFTER = new RegExp(
  `\\s?(?:(${alternation(afterInsensitive)})|(${alternation(CASE_SENSITIVE)}))${NOT_LETTER_AFTER}`,
  'iuy',
);
// Case-sensitive spellings ("won", "đ") must match exactly: checked after the regex.
export const CURRENCY_OF = lowerMap(currencies.after) as Map<string, string>;
/** "đồng| chí": the currency word is the start of another word. */
const NOT_CURRENCY = new Map(
  Object.entries(currencies.notCurrencyAfter)
    .filter(([word]) => word !== '_comment')
    .map(([word, next]) => [word, new RegExp(`^\\s(?:${alternation(next as string[])})${NOT_LETTER_AFTER}`, 'u')]),
);
export function isOtherWord(currencyWord: string, following: string): boolean {
  return NOT_CURRENCY.get(lookupKey(currencyWord))?.test(following) ?? false;
}
export const CURRENCY_BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{M}])(${alternation(Object.keys(currencies.before))})\\s?$`, 'u');
export const CURRENCY_BEFORE_OF = new Map(Object.entries(currencies.before));

export const PERCENT_AFTER = /\s?(%|phần trăm(?![\p{L}\p{M}]))/uy;

/** "máy tính cấu hình mạnh", "máy tính", "HS": a listed counted noun right after a number. */
export const NOUN_AFTER = new RegExp(`\\s(${alternation(Object.keys(nouns.nouns))})${NOT_LETTER_AFTER}`, 'uy');
/** "số du học sinh … là 231", "số người đến Anh là 118": the noun a bare number counts. */
export const COUNTED_BY_SO = new RegExp(
  `(?<![\\p{L}\\p{M}])[sS]ố\\s(?:lượng\\s)?(?:[\\p{Ll}\\p{M}]+\\s){0,2}?(${alternation(Object.keys(nouns.nouns))})${NOT_LETTER_AFTER}`,
  'gu',
);
/** "số điện thoại là 1900…": "số" names a number here. */
export const NUMBER_NAME_AFTER_SO = new RegExp(`(?<![\\p{L}\\p{M}])[sS]ố\\s(?:${alternation(cues.numberNamesAfterSo)})${NOT_LETTER_AFTER}`, 'u');
export const NOUN_MEASURE = new Map(Object.entries(nouns.nouns));

export const MONEY_CUES = new Map(Object.entries(cues.moneyCues));
export const MONEY_CUE = new RegExp(`(?<![\\p{L}\\p{M}])(${alternation(Object.keys(cues.moneyCues))})${NOT_LETTER_AFTER}`, 'giu');
export const PERCENT_CUES = new Map(Object.entries(cues.percentCues));
export const PERCENT_CUE = new RegExp(`(?<![\\p{L}\\p{M}])(${alternation(Object.keys(cues.percentCues))})${NOT_LETTER_AFTER}`, 'giu');
export const PERCENT_NOUNS = new Map(Object.entries(cues.percentNounsAfter));
export const PERCENT_NOUN_AFTER = new RegExp(`\\s(?:của\\s)?(${alternation(Object.keys(cues.percentNounsAfter))})${NOT_LETTER_AFTER}`, 'uy');
export const STOP_WORDS = new Set(cues.stopWords);
export const NOT_COUNTED = new Set(cues.notCounted);
/** "con", "chiếc": counting words that take the noun after them ("3.000 con bò"). */
export const CLASSIFIERS = new Set(cues.classifiers);
/** "lớp 12", "lần thứ 10", "Quyết định số 2534": a label right before the number. */
export const LABEL_BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{M}])(?:${alternation(cues.numberLabels)})\\s*$`, 'iu');

const SYLLABLE_BEFORE = /([\p{L}\p{M}]+)\s+([\p{L}\p{M}]+)\s*$/u;

/**
 * A label ends the text before a number ("cấp 3", "tầng 5"), and is no verb's last syllable:
 * "cung cấp 25 triệu USD", "trực tuyến 500 người" are amounts and counts.
 */
export function labelBefore(before: string): boolean {
  const label = LABEL_BEFORE.exec(before);
  if (!label) return false;
  // A one-syllable label that is the end of a word: "cung | cấp", "trực | tuyến".
  const pair = SYLLABLE_BEFORE.exec(before);
  if (!pair || /\s/u.test(label[0].trim())) return true;
  return !WORDS.has(`${pair[1]!.toLowerCase()} ${pair[2]!.toLowerCase()}`);
}

export const NUMBER_WORDS = numberWords;
