// Shared helpers for the entity tests: run recognize (and resolve) over a few sentences.
import { expect } from 'vitest';
import type { Mention } from '../../../../src/domain/pipeline.ts';
import { recognizeEntities } from '../../../../src/pipeline/recognize/recognize-entities.ts';
import { resolveEntities } from '../../../../src/pipeline/resolve/resolve-entities.ts';
import { segmentSentences } from '../../../../src/pipeline/segment/segment-sentences.ts';

export function mentionsOf(text: string): Mention[] {
  return recognizeEntities(text, segmentSentences(text)).mentions;
}

export function resolve(text: string) {
  const mentions = mentionsOf(text);
  const resolution = resolveEntities(mentions);
  const entityOf = (surface: string): string | undefined => {
    const i = mentions.findIndex((m) => m.text === surface);
    const e = i < 0 ? undefined : resolution.entities[resolution.entityOfMention[i] ?? -1];
    return e?.id;
  };
  return { mentions, resolution, entityOf };
}

/** "Organization:Ngân hàng Thế giới" for each mention. */
export function labels(mentions: Mention[]): string[] {
  return mentions.map((m) => `${m.type}:${m.text}`);
}

/** One row of a recognition table: mentions ("Type:text") the sentence must and must not give. */
export interface MentionCase {
  text: string;
  must: string[];
  mustNot?: string[];
}

export function checkMentions(c: MentionCase): void {
  const got = labels(mentionsOf(c.text));
  for (const m of c.must) expect(got, c.text).toContain(m);
  for (const m of c.mustNot ?? []) expect(got, c.text).not.toContain(m);
}
