// The production ArticleIngester: extraction and loading as src/ingest does them for the
// command line, reporting counts and warnings. The extraction runs on a worker thread (one
// pool per server, started at the first mutation): a long article takes seconds of CPU, and
// on the server's own thread every other request would wait for it.
import type { Driver } from 'neo4j-driver';
import type { RawArticle } from '../domain/article-input.ts';
import { ExtractionPool } from '../ingest/extraction-pool.ts';
import { ingestArticle } from '../ingest/ingest-articles.ts';
import type { ArticleIngester, IngestOutcome } from './ingest-port.ts';

/** Extraction threads of a server: mutations beyond this many wait their turn in the pool. */
const API_WORKERS = 1;

export function createIngester(driver: Driver, options: { database: string }): ArticleIngester {
  let pool: ExtractionPool | null = null;
  return async (raw: RawArticle): Promise<IngestOutcome> => {
    pool ??= new ExtractionPool(API_WORKERS, true);
    const { report, extraction } = await ingestArticle(driver, raw, { database: options.database, pool });
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
