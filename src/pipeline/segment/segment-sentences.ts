// segment: normalized text → sentences with exact offsets. Lines always end a sentence;
// within a line, sentence-boundaries decides. Each sentence is trimmed, and
// text.slice(start, end) === sentence.text.
import type { Sentence } from '../../domain/pipeline.ts';
import { sentenceEnds } from './sentence-boundaries.ts';

/**
 * The longest sentence the later stages see. Their work grows faster than a sentence's length,
 * and a 500 KB line with no punctuation took 20 s; a longer run is cut at the last space before
 * the limit (or at the limit when it has none). News sentences are far shorter.
 */
export const MAX_SENTENCE_CHARS = 2_000;

export function segmentSentences(text: string): Sentence[] {
  const cuts = mergeCuts(sentenceEnds(text), lineBreaks(text), text.length);
  const sentences: Sentence[] = [];
  let from = 0;
  for (const cut of cuts) {
    for (const end of boundedCuts(text, from, cut)) {
      pushTrimmed(sentences, text, from, end);
      from = end;
    }
  }
  return sentences;
}

/** Cuts of [from, to) into runs of at most MAX_SENTENCE_CHARS, each ending after a space where one is. */
function boundedCuts(text: string, from: number, to: number): number[] {
  const cuts: number[] = [];
  let start = from;
  while (to - start > MAX_SENTENCE_CHARS) {
    const limit = start + MAX_SENTENCE_CHARS;
    const space = text.lastIndexOf(' ', limit - 1);
    let cut = space > start ? space + 1 : limit;
    // Never between the two halves of a surrogate pair.
    if (cut < to && /[\uDC00-\uDFFF]/.test(text[cut] ?? '')) cut -= 1;
    cuts.push(cut);
    start = cut;
  }
  cuts.push(to);
  return cuts;
}

function lineBreaks(text: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) out.push(i);
  return out;
}

/** Both sorted lists merged, deduplicated, with the text's end last. */
function mergeCuts(a: number[], b: number[], end: number): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && (a[i] ?? 0) <= (b[j] ?? 0)) ? a[i++] : b[j++];
    if (next !== undefined && next !== out[out.length - 1]) out.push(next);
  }
  if (out[out.length - 1] !== end) out.push(end);
  return out;
}

function pushTrimmed(sentences: Sentence[], text: string, from: number, to: number): void {
  let start = from;
  let end = to;
  while (start < end && /\s/u.test(text[start] ?? '')) start++;
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
  if (end > start) sentences.push({ index: sentences.length, start, end, text: text.slice(start, end) });
}
