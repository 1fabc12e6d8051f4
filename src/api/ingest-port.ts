// What the ingestArticle mutation needs from the loader, as a function the server is given
// (ingest-adapter.ts wraps the graph engineer's ingestArticle; tests may pass their own).
import type { RawArticle } from '../domain/article-input.ts';

export interface IngestCounts {
  sentences: number;
  mentions: number;
  /** Entities new to the graph (not already known from other articles). */
  entities: number;
  /** Facts new to the graph. */
  facts: number;
}

export type IngestOutcome =
  | {
      ok: true;
      articleId: string;
      /** True when the same article (same id and content) was already in the graph. */
      unchanged: boolean;
      /** What this call added (all zero when unchanged). */
      added: IngestCounts;
      /** The extractor's warnings, in words. */
      warnings: string[];
    }
  | { ok: false; reason: string };

export type ArticleIngester = (raw: RawArticle) => Promise<IngestOutcome>;
