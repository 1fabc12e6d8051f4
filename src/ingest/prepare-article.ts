// An extracted article made ready to be written: validated, its rows built (the CPU half of
// a load, no database), plus what a report and the API tell about it. The same function runs
// in an extraction worker (src/ingest/extraction-worker.ts) and on the loader's own thread
// (kg load, and extraction without workers), so both give the same rows.
import type { ExtractResult } from '../domain/extraction.ts';
import { prepareExtraction, type PreparedArticle } from '../graph/write/write-article.ts';
import type { Extraction } from './extraction-pool.ts';

/** What ingestArticle tells beside the report: what the extractor found (for the API's counts). */
export interface ExtractionCounts {
  sentences: number;
  mentions: number;
  warnings: string[];
}

/** An extracted article ready to be written (or why not): validated, its rows built. */
export type PreparedExtraction =
  | { origin: string; article: { id?: string; title?: string }; counts: ExtractionCounts; rows: PreparedArticle }
  | { origin: string; failure: string };

/**
 * What the loader takes: a prepared extraction, or an article stored already in this very
 * version (src/ingest/skip-unchanged.ts), not extracted, with nothing to write.
 */
export type Prepared = PreparedExtraction | { origin: string; unchanged: { articleId: string; title: string } };

/** An extractor's answer made ready: its failure as such, or its result prepared. */
export function prepareExtracted(origin: string, extraction: Extraction): PreparedExtraction {
  return 'failure' in extraction ? { origin, failure: extraction.failure } : prepareArticle(origin, extraction.result);
}

export function prepareArticle(origin: string, result: ExtractResult): PreparedExtraction {
  return {
    origin,
    // A `kg load` record may lack them: its LoadError says so, the report shows what there is.
    article: { id: result.article?.id, title: result.article?.title },
    // Counted defensively: a `kg load` record is checked only by prepareExtraction, below.
    counts: {
      sentences: result.sentences.length,
      mentions: result.entities.reduce((n, e) => n + (Array.isArray(e?.mentions) ? e.mentions.length : 0), 0),
      warnings: Array.isArray(result.warnings) ? result.warnings : [],
    },
    rows: prepareExtraction(result),
  };
}
