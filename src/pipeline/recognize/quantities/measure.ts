// What a quantity measures, from the lexicons: the counted noun ("đề cử" → "nominations")
// or, for money, the nearest cue before the amount in its sentence
// ("với tổng vốn đầu tư là 29,3 triệu USD" → "investment").
import { MONEY_CUE, MONEY_CUES, NOUN_MEASURE, lookupKey } from './quantity-lexicon.ts';

export function nounMeasure(noun: string): string | null {
  return NOUN_MEASURE.get(noun) ?? NOUN_MEASURE.get(noun.toLowerCase()) ?? null;
}

/** textBefore: the sentence up to the amount; the last cue in it wins. */
export function moneyMeasure(textBefore: string): string | null {
  let measure: string | null = null;
  for (const m of textBefore.matchAll(MONEY_CUE)) measure = MONEY_CUES.get(lookupKey(m[1] ?? '')) ?? measure;
  return measure;
}
