// The production ArticleIngester: the extractor (src/pipeline/extract.ts, the pipeline's one
// entry point) and the loader (src/graph/ingest), reporting counts and warnings.
import type { Driver } from 'neo4j-driver';
import type { RawArticle } from '../domain/article-input.ts';
import type { ExtractResult } from '../domain/extraction.ts';
import { ingestArticle } from '../graph/ingest/ingest-articles.ts';
import { extractArticle } from '../pipeline/extract.ts';
import type { ArticleIngester, IngestOutcome } from './ingest-port.ts';

export function createIngester(driver: Driver, options: { database: string }): ArticleIngester {
  return async (raw: RawArticle): Promise<IngestOutcome> => {
    let extracted: ExtractResult | null = null;
    const report = await ingestArticle(driver, raw, {
      database: options.database,
      extract: (input) => (extracted = extractArticle(input)),
    });
    const result = extracted as ExtractResult | null;
    if (report.status === 'failed' || !report.articleId || !result) {
      return { ok: false, reason: report.reason ?? 'the article could not be ingested' };
    }
    const unchanged = report.status === 'unchanged';
    return {
      ok: true,
      articleId: report.articleId,
      unchanged,
      added: {
        sentences: unchanged ? 0 : result.sentences.length,
        mentions: unchanged ? 0 : result.entities.reduce((n, e) => n + e.mentions.length, 0),
        entities: report.entitiesAdded,
        facts: report.factsAdded,
      },
      warnings: result.warnings,
    };
  };
}
