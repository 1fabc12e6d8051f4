// The one place that knows the order of the extractor's stages:
// normalize → segment → recognize (entities, quantities, dates) → resolve → relate.
import type { RawArticle } from '../domain/article-input.ts';
import type { EntityOut, ExtractResult } from '../domain/extraction.ts';
import type { Mention, Resolution } from '../domain/pipeline.ts';
import { articleMeta } from './identify-article.ts';
import { normalizeArticle } from './normalize/normalize-article.ts';
import { recognizeEntities } from './recognize/recognize-entities.ts';
import { recognizeQuantities } from './recognize/recognize-quantities.ts';
import { relateFacts } from './relate/relate-facts.ts';
import { resolveEntities } from './resolve/resolve-entities.ts';
import { segmentSentences } from './segment/segment-sentences.ts';

export const EXTRACTOR_VERSION = 'rules-vi@1';

export function extractArticle(raw: RawArticle): ExtractResult {
  const normalized = normalizeArticle(raw);
  const { text } = normalized;
  const sentences = segmentSentences(text);
  const recognized = recognizeEntities(text, sentences);
  const { quantities, dates } = recognizeQuantities(text, sentences);
  const resolution = resolveEntities(recognized.mentions);
  const related = relateFacts({
    text,
    sentences,
    mentions: recognized.mentions,
    resolution,
    quantities,
    dates,
    extractor: EXTRACTOR_VERSION,
  });
  return {
    article: articleMeta(normalized),
    text,
    sentences: sentences.map(({ index, start, end, text: s }) => ({ index, start, end, text: s })),
    entities: entitiesOut(recognized.mentions, resolution),
    facts: related.facts,
    quantities: quantities.map((q) => ({ ...q })),
    warnings: [...normalized.warnings, ...recognized.warnings, ...resolution.warnings, ...related.warnings],
  };
}

function entitiesOut(mentions: Mention[], resolution: Resolution): EntityOut[] {
  return resolution.entities
    .map((entity) => ({
      id: entity.id,
      type: entity.type,
      name: entity.name,
      aliases: entity.aliases,
      nameKey: entity.nameKey,
      mentions: entity.mentionIndexes
        .map((i) => mentions[i])
        .filter((m): m is Mention => m !== undefined)
        .map((m) => ({ sentence: m.sentence, start: m.start, end: m.end, text: m.text })),
    }))
    .filter((entity) => entity.mentions.length > 0);
}
