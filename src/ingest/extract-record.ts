// The extractor as ingest and `kg extract` run it: the pipeline (src/pipeline/extract.ts),
// plus what the input knew of the article beyond its text (an archive's id and topic),
// which the pipeline does not look at.
import type { RawArticle } from '../domain/article-input.ts';
import type { ExtractResult } from '../domain/extraction.ts';
import { extractArticle } from '../pipeline/extract.ts';

export function extractRecord(raw: RawArticle): ExtractResult {
  const result = extractArticle(raw);
  if (raw.externalId) result.article.externalId = raw.externalId;
  if (raw.topic) result.article.topic = raw.topic;
  return result;
}
