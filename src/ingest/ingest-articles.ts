// Extract and load articles. A failure (unreadable input, an extractor that throws, an
// extraction that breaks the contract, a refused write) is reported for that article and
// the others go on; nothing of a failed article is written (see loadExtractions).
import { setImmediate } from 'node:timers/promises';
import type { Driver } from 'neo4j-driver';
import { InputError, type RawArticle } from '../domain/article-input.ts';
import type { ExtractResult } from '../domain/extraction.ts';
import { extractArticle } from '../pipeline/extract.ts';
import { readArticles } from '../sources/read-articles.ts';
import { LoadError } from '../graph/write/load-error.ts';
import { loadPrepared, prepareExtraction, type PreparedArticle } from '../graph/write/write-article.ts';
import { summarize, type ArticleReport, type IngestSummary } from './ingest-summary.ts';

export interface IngestOptions {
  /** Neo4j database name; the server's default when omitted. */
  database?: string;
  /** The extractor. @default extractArticle (src/pipeline/extract.ts) */
  extract?: (raw: RawArticle) => ExtractResult;
  /** Called once per article, in input order, as soon as it is done (progress bars). */
  onArticle?: (report: ArticleReport) => void;
  /** Largest input file in bytes (config.maxArticleBytes). @default 2_000_000 */
  maxArticleBytes?: number;
  /**
   * Articles written per transaction. A batch that fails is rolled back and its articles are
   * retried one per transaction, so each article still loads entirely or not at all.
   * @default 200
   */
  batchSize?: number;
}

type Input = RawArticle | InputError;
type Prepared = { origin: string; result: ExtractResult; rows: PreparedArticle } | { origin: string; failure: string };

/**
 * Batches are written one after the other (concurrent writers could MERGE the same fact
 * twice), while the next batch is being extracted and its rows built.
 */
export async function ingestArticles(
  driver: Driver,
  articles: AsyncIterable<Input> | Iterable<Input>,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const started = performance.now();
  const reports: ArticleReport[] = [];
  const batchSize = Math.max(1, options.batchSize ?? 200);
  let writing: Promise<void> = Promise.resolve();
  let batch: Prepared[] = [];
  const flush = async () => {
    const current = batch;
    batch = [];
    await writing;
    writing = loadBatch(driver, current, options).then((done) => {
      for (const report of done) {
        reports.push(report);
        options.onArticle?.(report);
      }
    });
  };
  for await (const item of articles) {
    batch.push(prepare(item, options.extract ?? extractArticle));
    if (batch.length >= batchSize) await flush();
    // Extraction is synchronous: without a turn of the event loop between articles the
    // batch being written would wait for its replies until this whole batch is extracted.
    else await setImmediate();
  }
  if (batch.length > 0) await flush();
  await writing;
  return summarize(reports, performance.now() - started);
}

export async function ingestPaths(driver: Driver, paths: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  return ingestArticles(driver, readAll(paths, options), options);
}

/** What ingestArticle tells beside the report: what the extractor found (for the API's counts). */
export interface ExtractionCounts {
  sentences: number;
  mentions: number;
  warnings: string[];
}

/** One article, e.g. from the API's mutation. Never throws for the article's own faults. */
export async function ingestArticle(
  driver: Driver,
  raw: RawArticle,
  options: IngestOptions = {},
): Promise<{ report: ArticleReport; extraction: ExtractionCounts | null }> {
  const prepared = prepare(raw, options.extract ?? extractArticle);
  const [report] = await loadBatch(driver, [prepared], options);
  const extraction =
    'result' in prepared
      ? {
          sentences: prepared.result.sentences.length,
          mentions: prepared.result.entities.reduce((n, e) => n + e.mentions.length, 0),
          warnings: prepared.result.warnings,
        }
      : null;
  return { report: report!, extraction };
}

export async function* readAll(paths: string[], options: IngestOptions = {}): AsyncGenerator<Input> {
  for (const path of paths) yield* readArticles(path, { maxArticleBytes: options.maxArticleBytes });
}

function prepare(item: Input, extract: (raw: RawArticle) => ExtractResult): Prepared {
  if (item instanceof InputError) {
    // The message starts with the origin ("a.txt: looks binary"); the report names it apart.
    const prefix = `${item.origin}: `;
    return { origin: item.origin, failure: item.message.startsWith(prefix) ? item.message.slice(prefix.length) : item.message };
  }
  let result: ExtractResult;
  try {
    result = extract(item);
  } catch (error) {
    return { origin: item.origin, failure: `the extractor failed: ${error instanceof Error ? error.message : String(error)}` };
  }
  return { origin: item.origin, result, rows: prepareExtraction(result) };
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
    const { article } = prepared.result;
    const outcome = outcomes[next++]!;
    if (outcome instanceof LoadError) return { ...base, articleId: article?.id, title: article?.title, status: 'failed', reason: outcome.message };
    return { ...base, ...outcome, title: article.title };
  });
}
