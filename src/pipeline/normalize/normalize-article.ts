// STUB (owned by the normalize/segment work): replace with the real stage.
import type { RawArticle } from '../../domain/article-input.ts';
import type { NormalizedArticle } from '../../domain/pipeline.ts';

export function normalizeArticle(raw: RawArticle): NormalizedArticle {
  const text = raw.text.normalize('NFC');
  return {
    text,
    title: raw.title ?? text.split('\n')[0] ?? '',
    publishedAt: raw.publishedAt ?? null,
    source: raw.source ?? null,
    url: raw.url ?? null,
    warnings: [],
  };
}
