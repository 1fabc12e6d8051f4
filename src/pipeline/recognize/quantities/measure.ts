// What a quantity measures, from the lexicons: the counted noun ("đề cử" → "nominations")
// or, for money, the nearest cue before the amount in its sentence
// ("với tổng vốn đầu tư là 29,3 triệu USD" → "investment").
import { MONEY_CUE, MONEY_CUES, NOUN_MEASURE, PERCENT_CUE, PERCENT_CUES, PERCENT_NOUNS, PERCENT_NOUN_AFTER, lookupKey } from './quantity-lexicon.ts';

export function nounMeasure(noun: string): string | null {
  return NOUN_MEASURE.get(noun) ?? NOUN_MEASURE.get(noun.toLowerCase()) ?? null;
}

/** textBefore: the sentence up to the amount; the last cue in it wins. */
export function moneyMeasure(textBefore: string): string | null {
  let measure: string | null = null;
  for (const m of textBefore.matchAll(MONEY_CUE)) measure = MONEY_CUES.get(lookupKey(m[1] ?? '')) ?? measure;
  return measure;
}

/** "mua lại 70% cổ phần" → "stake"; "tăng 123,4%" → "increase"; the noun after wins. */
export function percentMeasure(text: string, sentenceStart: number, start: number, end: number): string | null {
  PERCENT_NOUN_AFTER.lastIndex = end;
  const noun = PERCENT_NOUN_AFTER.exec(text)?.[1];
  if (noun) return PERCENT_NOUNS.get(noun) ?? null;
  let measure: string | null = null;
  for (const m of text.slice(Math.max(sentenceStart, start - 40), start).matchAll(PERCENT_CUE)) {
    measure = PERCENT_CUES.get(lookupKey(m[1] ?? '')) ?? measure;
  }
  return measure;
}
