// STUB (owned by the normalize/segment work): replace with the real stage.
import type { Sentence } from '../../domain/pipeline.ts';

export function segmentSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const re = /[^\n.!?]+[.!?]*/gu;
  for (const m of text.matchAll(re)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[0].trim()) sentences.push({ index: sentences.length, start, end, text: m[0] });
  }
  return sentences;
}
