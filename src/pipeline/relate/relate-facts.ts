// STUB (owned by the relate work): replace with the real stage.
import type { FactOut } from '../../domain/extraction.ts';
import type { DateMention, Mention, QuantityMention, Resolution, Sentence } from '../../domain/pipeline.ts';

export interface RelateInput {
  text: string;
  sentences: Sentence[];
  mentions: Mention[];
  resolution: Resolution;
  quantities: QuantityMention[];
  dates: DateMention[];
}

export function relateFacts(_input: RelateInput): { facts: FactOut[]; warnings: string[] } {
  return { facts: [], warnings: [] };
}
