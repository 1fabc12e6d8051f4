// STUB (owned by the normalize/segment/quantities work): replace with the real stage.
import type { DateMention, QuantityMention, Sentence } from '../../domain/pipeline.ts';

export function recognizeQuantities(
  _text: string,
  _sentences: Sentence[],
): { quantities: QuantityMention[]; dates: DateMention[] } {
  return { quantities: [], dates: [] };
}
