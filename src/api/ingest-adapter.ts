// The production ArticleIngester: extraction and loading as src/ingest does them for the
// command line, reporting counts and warnings.
import type { Driver } from 'neo4j-driver';
import type { RawArticle } from '../domain/article-input.ts';
import { ingestArticle } from '../ingest/ingest-articles.ts';
import type { ArticleIngester, IngestOutcome } from './ingest-port.ts';

export function createIngester(driver: Driver, options: { database: string }): ArticleIngester {
  return async (raw: RawArticle): Promise<IngestOutcome> => {
    const { report, extraction } = await ingestArticle(driver, raw, { database: options.database });
    if (report.status === 'failed' || !report.articleId || !extraction) {
      return { ok: false, reason: report.reason ?? 'the article could not be ingested' };
    }
    const unchanged = report.status === 'unchanged';
    return {
      ok: true,
      articleId: report.articleId,
      unchanged,
      added: {
        sentences: unchanged ? 0 : extraction.sentences,
        mentions: unchanged ? 0 : extraction.mentions,
        entities: report.entitiesAdded,
        facts: report.factsAdded,
      },
      warnings: extraction.warnings,
    };
  };
}
