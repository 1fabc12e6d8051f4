// STUB (owned by the recognize/resolve work): replace with the real stage.
import type { Mention, Resolution } from '../../domain/pipeline.ts';

export function resolveEntities(mentions: Mention[]): Resolution {
  return { entities: [], entityOfMention: mentions.map(() => -1), warnings: [] };
}
