// Where articles are extracted, shared by `kg ingest` and `kg extract`: on a pool of worker
// threads (extraction-pool.ts), or on this thread when there are no workers. And the
// ordered stream `kg extract` prints: a window of articles under way at once, taken back in
// input order, so memory stays flat whatever the input's size (the reader is asked for the
// next article only when the window has room).
import type { ExtractResult } from '../domain/extraction.ts';
import { InputError, type RawArticle } from '../domain/article-input.ts';
import { ExtractionPool, type Extraction } from './extraction-pool.ts';
import { extractorFailure } from './extractor-failure.ts';
import { prepareExtracted, type PreparedExtraction } from './prepare-article.ts';

export interface Extractor {
  /** Never rejects: an article the extractor cannot handle comes back as a failure. */
  extract(raw: RawArticle): Promise<Extraction>;
  /** Extracts, validates and builds the rows (on the worker, with a pool): what ingest writes. */
  prepare(raw: RawArticle): Promise<PreparedExtraction>;
  /** Articles to keep under way to keep every worker busy: one when extracting here. */
  readonly window: number;
  /** True when extract() runs on this thread (synchronously, before it returns). */
  readonly onThisThread: boolean;
  close(): Promise<void>;
}

/** Windows per worker: two articles in each worker (see the pool), two more ready to go. */
const ARTICLES_PER_WORKER = 4;

/**
 * `workers` > 0: a pool of that many threads. 0, or a given `extract` (tests): this thread.
 * Close it when done (the workers would keep the process alive). `maxArticleBytes` sizes the
 * workers' heaps (extraction-pool.ts); KG_MAX_ARTICLE_BYTES when omitted.
 */
export async function openExtractor(workers: number, extract?: (raw: RawArticle) => ExtractResult, maxArticleBytes?: number): Promise<Extractor> {
  if (extract || workers <= 0) {
    const extractHere = inThisThread(extract ?? (await mainThreadExtractor()));
    const prepare = async (raw: RawArticle) => prepareExtracted(raw.origin, await extractHere(raw));
    return { extract: extractHere, prepare, window: 1, onThisThread: true, close: async () => {} };
  }
  const pool = new ExtractionPool(workers, false, maxArticleBytes);
  return {
    extract: (raw) => pool.extract(raw),
    prepare: (raw) => pool.prepare(raw),
    window: workers * ARTICLES_PER_WORKER,
    onThisThread: false,
    close: () => pool.close(),
  };
}

/**
 * The pipeline, imported only when this thread extracts: with a pool only the workers load
 * its lexicons (tens of MB each), not the main thread as well.
 */
export async function mainThreadExtractor(): Promise<(raw: RawArticle) => ExtractResult> {
  return (await import('./extract-record.ts')).extractRecord;
}

/** The same answers as a worker gives (extraction-worker.ts), from this thread. */
export function inThisThread(extract: (raw: RawArticle) => ExtractResult): (raw: RawArticle) => Promise<Extraction> {
  return async (raw) => {
    try {
      return { result: extract(raw) };
    } catch (error) {
      return extractorFailure(error);
    }
  };
}

/** An article's extraction, or the input that could not be read as an article. */
export type InOrder = { origin: string; extraction: Extraction } | { origin: string; inputError: InputError };

/**
 * Extractions in input order, at most `extractor.window` articles under way: the next one
 * is read only when the oldest has been handed on.
 */
export async function* extractInOrder(inputs: AsyncIterable<RawArticle | InputError>, extractor: Extractor): AsyncGenerator<InOrder> {
  const underWay: Array<Promise<InOrder>> = [];
  for await (const item of inputs) {
    underWay.push(
      item instanceof InputError
        ? Promise.resolve({ origin: item.origin, inputError: item })
        : extractor.extract(item).then((extraction) => ({ origin: item.origin, extraction })),
    );
    if (underWay.length >= extractor.window) yield await underWay.shift()!;
  }
  while (underWay.length > 0) yield await underWay.shift()!;
}
