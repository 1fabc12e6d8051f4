// Extract and load articles, one transaction per article. A failure (unreadable input,
// an extractor that throws, an extraction that breaks the contract, a refused write) is
// reported for that article and the others go on; nothing of a failed article is written.
import type { Driver } from 'neo4j-driver';
import { InputError, type RawArticle } from '../../domain/article-input.ts';
import type { ExtractResult } from '../../domain/extraction.ts';
import { extractArticle } from '../../pipeline/extract.ts';
import { readArticles } from '../../sources/read-articles.ts';
import { LoadError } from '../write/load-error.ts';
import { loadExtraction, type LoadStatus } from '../write/write-article.ts';
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
}

type Input = RawArticle | InputError;

/**
 * Articles are loaded one after the other (two concurrent writes could MERGE the same fact
 * twice), but the next article is extracted while the previous one is being written.
 */
export async function ingestArticles(
  driver: Driver,
  articles: AsyncIterable<Input> | Iterable<Input>,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const started = performance.now();
  const reports: ArticleReport[] = [];
  let writing: Promise<void> = Promise.resolve();
  for await (const item of articles) {
    const prepared = prepare(item, options.extract ?? extractArticle);
    await writing;
    writing = load(driver, prepared, options).then((report) => {
      reports.push(report);
      options.onArticle?.(report);
    });
  }
  await writing;
  return summarize(reports, performance.now() - started);
}

export async function ingestPaths(driver: Driver, paths: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  return ingestArticles(driver, readAll(paths, options), options);
}

/** One article, e.g. from the API's mutation. Never throws for the article's own faults. */
export async function ingestArticle(driver: Driver, raw: RawArticle, options: IngestOptions = {}): Promise<ArticleReport> {
  return load(driver, prepare(raw, options.extract ?? extractArticle), options);
}

export async function* readAll(paths: string[], options: IngestOptions = {}): AsyncGenerator<Input> {
  for (const path of paths) yield* readArticles(path, { maxArticleBytes: options.maxArticleBytes });
}

type Prepared = { origin: string; result: ExtractResult } | { origin: string; failure: string };

function prepare(item: Input, extract: (raw: RawArticle) => ExtractResult): Prepared {
  if (item instanceof InputError) return { origin: item.origin, failure: item.message };
  try {
    return { origin: item.origin, result: extract(item) };
  } catch (error) {
    return { origin: item.origin, failure: `the extractor failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

async function load(driver: Driver, prepared: Prepared, options: IngestOptions): Promise<ArticleReport> {
  const base = { origin: prepared.origin, entitiesAdded: 0, entitiesRemoved: 0, factsAdded: 0, factsRemoved: 0 };
  if ('failure' in prepared) return { ...base, status: 'failed', reason: prepared.failure };
  const { article } = prepared.result;
  try {
    const outcome = await loadExtraction(driver, prepared.result, { database: options.database });
    return { ...base, ...outcome, title: article.title, status: outcome.status satisfies LoadStatus };
  } catch (error) {
    const reason = error instanceof LoadError ? error.message : `unexpected error: ${String(error)}`;
    return { ...base, articleId: article?.id, title: article?.title, status: 'failed', reason };
  }
}
