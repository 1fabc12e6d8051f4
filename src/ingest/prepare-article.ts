// An extracted article made ready to be written: validated, its rows built (the CPU half of
// a load, no database), plus what a report and the API tell about it. The same function runs
// in an extraction worker (src/ingest/extraction-worker.ts) and on the loader's own thread
// (kg load, and extraction without workers), so both give the same rows.
import type { ExtractResult } from '../domain/extraction.ts';
import { prepareExtraction, type PreparedArticle } from '../graph/write/write-article.ts';

/** What ingestArticle tells beside the report: what the extractor found (for the API's counts). */
export interface ExtractionCounts {
  sentences: number;
  mentions: number;
  warnings: string[];
}

/** An article ready to be written (or why not): extracted, validated, its rows built. */
export type Prepared =
  | { origin: string; article: { id?: string; title?: string }; counts: ExtractionCounts; rows: PreparedArticle }
  | { origin: string; failure: string };

export function prepareArticle(origin: string, result: ExtractResult): Prepared {
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
