// Longest-match lookup of multi-token phrases ("châu Á - Thái Bình Dương", "Ngân hàng Thế giới")
// over a sentence's tokens. Built once; a lookup costs one Map get plus a few comparisons.
import { tokenize, isPhraseGap, type Token } from './tokens.ts';

export interface PhraseEntry<V> {
  folds: string[];
  /** Which tokens of the phrase are capitalised in the lexicon ("châu Á" → [false, true]). */
  caps: boolean[];
  /** Lower case with diacritics: tells "Trường" (school) from "trưởng" (head of), which fold alike. */
  lowers: string[];
  value: V;
}

export class PhraseIndex<V> {
  private readonly byFirst = new Map<string, PhraseEntry<V>[]>();
  private readonly seen = new Set<string>();

  /**
   * The first phrase added with the same letters, diacritics and capitals wins; phrases that only
   * fold alike both stay ("Phù Ninh" and "Phú Ninh", two districts; "Tây Nguyên" and the spelling
   * "Tây nguyên") and the case check tells them apart.
   * Entries stay sorted longest first.
   */
  add(phrase: string, value: V): void {
    const tokens = tokenize(phrase, 0, phrase.length);
    const first = tokens[0];
    if (!first) return;
    const entry: PhraseEntry<V> = { folds: tokens.map((t) => t.fold), caps: tokens.map((t) => t.cap), lowers: tokens.map((t) => t.lower), value };
    const key = `${entry.lowers.join(' ')}|${entry.caps.map(Number).join('')}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const list = this.byFirst.get(first.fold) ?? [];
    const at = list.findIndex((e) => e.folds.length < entry.folds.length);
    if (at < 0) list.push(entry);
    else list.splice(at, 0, entry);
    this.byFirst.set(first.fold, list);
  }

  /** Longest entry starting at tokens[i]; `caseOk` decides whether the text's casing fits the entry. */
  match(tokens: Token[], i: number, caseOk: (entry: PhraseEntry<V>, tokens: Token[], i: number) => boolean = capsFit): { entry: PhraseEntry<V>; end: number } | null {
    const first = tokens[i];
    if (!first) return null;
    const list = this.byFirst.get(first.fold);
    if (!list) return null;
    for (const entry of list) {
      if (fits(entry, tokens, i) && caseOk(entry, tokens, i)) return { entry, end: i + entry.folds.length };
    }
    return null;
  }
}

function fits<V>(entry: PhraseEntry<V>, tokens: Token[], i: number): boolean {
  for (let k = 0; k < entry.folds.length; k++) {
    const t = tokens[i + k];
    if (!t || t.fold !== entry.folds[k]) return false;
    if (k > 0 && !isPhraseGap(t.gap)) return false;
  }
  return true;
}

/**
 * Every token capitalised in the lexicon is capitalised in the text ("châu Á" also fits "Châu Á"),
 * with the same diacritics unless the text has none ("Da Nang" fits "Đà Nẵng"; "Y" does not fit "Ý").
 */
export function capsFit<V>(entry: PhraseEntry<V>, tokens: Token[], i: number): boolean {
  return entry.caps.every((cap, k) => {
    const t = tokens[i + k];
    if (!t || (cap && !t.cap)) return false;
    return t.lower === entry.lowers[k] || (t.lower === t.fold && (entry.lowers.length > 1 || t.text.length >= 4));
  });
}

/** Same letters and diacritics, any case ("Sở" fits "sở", not "số"). */
export function sameWords<V>(entry: PhraseEntry<V>, tokens: Token[], i: number): boolean {
  return entry.lowers.every((l, k) => tokens[i + k]?.lower === l);
}

/** The first token at least must be capitalised (known organizations: "Chính phủ", not "chính phủ"). */
export function firstCap<V>(_entry: PhraseEntry<V>, tokens: Token[], i: number): boolean {
  return tokens[i]?.cap === true;
}
