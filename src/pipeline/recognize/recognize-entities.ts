// STUB (owned by the recognize/resolve work): replace with the real stage.
import type { Mention, Sentence } from '../../domain/pipeline.ts';

export function recognizeEntities(_text: string, _sentences: Sentence[]): { mentions: Mention[]; warnings: string[] } {
  return { mentions: [], warnings: [] };
}
