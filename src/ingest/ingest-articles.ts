// Extract and load articles. A failure (unreadable input, an extractor that throws, an
// extraction that breaks the contract, a refused write) is reported for that article and
// the others go on; nothing of a failed article is written (see loadExtractions).
//
// The flow, in constant memory whatever the input's size: articles are read one at a time;
// up to a window of them are extracted at once and their rows built (on worker threads when
// `workers` > 0); they are taken back in input order and gathered into batches; a batch is
// written while the next one is being extracted. Reports come out in input order.
import { setImmediate } from 'node:timers/promises';
import type { Driver } from 'neo4j-driver';
import { InputError, type RawArticle } from '../domain/article-input.ts';
import type { ExtractResult } from '../domain/extraction.ts';
import { readArticles } from '../sources/read-articles.ts';
import { LoadError } from '../graph/write/load-error.ts';
import { loadPrepared } from '../graph/write/write-article.ts';
import { openExtractor } from './extract-in-order.ts';
import type { ExtractionPool } from './extraction-pool.ts';
import { SummaryBuilder, type ArticleReport, type IngestSummary } from './ingest-summary.ts';
import { prepareArticle, type ExtractionCounts, type Prepared } from './prepare-article.ts';
import { graphIsEmpty, skipUnchanged, type KnownUnchanged } from './skip-unchanged.ts';

export type { ExtractionCounts, Prepared };

export interface IngestOptions {
  /** Neo4j database name; the server's default when omitted. */
  database?: string;
  /** The extractor, run on this thread (tests). @default extractRecord, on `workers` threads */
  extract?: (raw: RawArticle) => ExtractResult;
  /** Worker threads that extract; 0 extracts on this thread between writes. @default 0 */
  workers?: number;
  /** Called once per article, in input order, as soon as it is loaded (or failed). */
  onArticle?: (report: ArticleReport) => void;
  /** Called once per article, in input order, as soon as it is extracted (progress bars). */
  onExtracted?: (origin: string) => void;
  /** Largest article in bytes (config.maxArticleBytes). @default 2_000_000 */
  maxArticleBytes?: number;
  /** Called with the number of input bytes read (from disk, compressed), for progress. */
  onBytesRead?: (bytes: number) => void;
  /**
   * Articles written per transaction. A batch that fails is rolled back and its articles are
   * retried one per transaction, so each article still loads entirely or not at all.
   * @default 200
   */
  batchSize?: number;
  /** Keep every article's report in the summary; false keeps only the failed ones. @default true */
  keepReports?: boolean;
}

type Input = RawArticle | InputError;
/** An article under way. Boxed: an async generator that yields a bare promise awaits it. */
export type UnderWay = { prepared: Promise<Prepared> };

export async function ingestArticles(
  driver: Driver,
  articles: AsyncIterable<Input> | Iterable<Input>,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const extractor = await openExtractor(options.workers ?? 0, options.extract, options.maxArticleBytes);
  try {
    // Into an empty graph nothing is unchanged but repeats within the input, which the loader
    // tells: articles are screened against stored versions only when there are some.
    const screened = (await graphIsEmpty(driver, options.database)) ? articles : skipUnchanged(driver, articles, options.database);
    return await loadInOrder(driver, prepareEach(screened, extractor.prepare, extractor.onThisThread), extractor.window, options);
  } finally {
    await extractor.close();
  }
}

export async function ingestPaths(driver: Driver, paths: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  return ingestArticles(driver, readAll(paths, options), options);
}

/**
 * One article, e.g. from the API's mutation. Never throws for the article's own faults.
 * With a pool the extraction, validation and row building run on a worker thread, and the
 * writes go out in bounded slices, so the caller's event loop stays free.
 */
export async function ingestArticle(
  driver: Driver,
  raw: RawArticle,
  options: IngestOptions & { pool?: ExtractionPool } = {},
): Promise<{ report: ArticleReport; extraction: ExtractionCounts | null }> {
  const prepared = options.pool ? await options.pool.prepare(raw) : await (await openExtractor(0, options.extract)).prepare(raw);
  const [report] = await loadBatch(driver, [prepared], options);
  return { report: report!, extraction: 'counts' in prepared ? prepared.counts : null };
}

export async function* readAll(paths: string[], options: IngestOptions = {}): AsyncGenerator<Input> {
  for (const path of paths) yield* readArticles(path, { maxArticleBytes: options.maxArticleBytes, onBytesRead: options.onBytesRead });
}

/**
 * Takes prepared articles in input order from a window of `window` under way, batches them
 * and writes each batch while the next is prepared. Batches are written one after the other
 * (concurrent writers could MERGE the same fact twice).
 */
export async function loadInOrder(
  driver: Driver,
  articles: AsyncIterable<UnderWay>,
  window: number,
  options: IngestOptions,
): Promise<IngestSummary> {
  const started = performance.now();
  const summary = new SummaryBuilder(options.keepReports ?? true);
  const batchSize = Math.max(1, options.batchSize ?? 200);
  let writing: Promise<void> = Promise.resolve();
  let batch: Prepared[] = [];
  const flush = async () => {
    const current = batch;
    batch = [];
    await writing;
    writing = loadBatch(driver, current, options).then((done) => {
      for (const report of done) {
        summary.add(report);
        options.onArticle?.(report);
      }
    });
  };
  const underWay: Array<Promise<Prepared>> = [];
  const takeOldest = async () => {
    const next = await underWay.shift()!;
    options.onExtracted?.(next.origin);
    batch.push(next);
    if (batch.length >= batchSize) await flush();
  };
  for await (const { prepared } of articles) {
    underWay.push(prepared);
    if (underWay.length >= window) await takeOldest();
  }
  while (underWay.length > 0) await takeOldest();
  if (batch.length > 0) await flush();
  await writing;
  return summary.finish(performance.now() - started);
}

async function* prepareEach(
  articles: AsyncIterable<Input | KnownUnchanged> | Iterable<Input | KnownUnchanged>,
  prepare: (raw: RawArticle) => Promise<Prepared>,
  yieldBetween: boolean,
): AsyncGenerator<UnderWay> {
  for await (const item of articles) {
    if (item instanceof InputError) {
      yield { prepared: Promise.resolve(inputFailure(item)) };
      continue;
    }
    if ('unchanged' in item) {
      yield { prepared: Promise.resolve({ origin: item.origin, unchanged: { articleId: item.articleId, title: item.title } }) };
      continue;
    }
    yield { prepared: prepare(item) };
    // Extraction on this thread is synchronous: without a turn of the event loop between
    // articles the batch being written would wait for its replies until this one is done.
    if (yieldBetween) await setImmediate();
  }
}

function inputFailure(item: InputError): Prepared {
  // The message starts with the origin ("a.txt: looks binary"); the report names it apart.
  const prefix = `${item.origin}: `;
  return { origin: item.origin, failure: item.message.startsWith(prefix) ? item.message.slice(prefix.length) : item.message };
}

async function loadBatch(driver: Driver, batch: Prepared[], options: IngestOptions): Promise<ArticleReport[]> {
  const extracted = batch.flatMap((p) => ('rows' in p ? [p.rows] : []));
  let outcomes: Awaited<ReturnType<typeof loadPrepared>>;
  try {
    outcomes = await loadPrepared(driver, extracted, { database: options.database });
  } catch (error) {
    outcomes = extracted.map(() => new LoadError('database', `unexpected error: ${String(error)}`));
  }
  let next = 0;
  return batch.map((prepared): ArticleReport => {
    const base = { origin: prepared.origin, entitiesAdded: 0, entitiesRemoved: 0, factsAdded: 0, factsRemoved: 0 };
    if ('failure' in prepared) return { ...base, status: 'failed', reason: prepared.failure };
    if ('unchanged' in prepared) return { ...base, ...prepared.unchanged, status: 'unchanged' };
    const { article } = prepared;
    const outcome = outcomes[next++]!;
    if (outcome instanceof LoadError) return { ...base, articleId: article.id, title: article.title, status: 'failed', reason: outcome.message };
    return { ...base, ...outcome, title: article.title };
  });
}
