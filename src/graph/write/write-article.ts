// Loads extracted articles. Each article is all-or-nothing: its rows are written inside one
// transaction, and a failure leaves nothing of it in the graph. Same contentHash as stored
// → "unchanged" (nothing written, not even a timestamp); a different hash → its old
// version's support is withdrawn first ("updated"). See cypher/README.md.
import neo4j, { type Driver } from 'neo4j-driver';
import type { ExtractResult } from '../../domain/extraction.ts';
import { buildRows, type ArticleRows } from './build-rows.ts';
import { LoadError } from './load-error.ts';
import { toLoadError } from './to-load-error.ts';
import { validateExtract } from './validate-extract.ts';
import { writeBatch, type LoadOutcome, type LoadStatus } from './write-batch.ts';

export type { LoadOutcome, LoadStatus };

export interface LoadOptions {
  /** Neo4j database name; the server's default when omitted. */
  database?: string;
}

/** One article in one transaction. Throws LoadError. */
export async function loadExtraction(driver: Driver, result: ExtractResult, options: LoadOptions = {}): Promise<LoadOutcome> {
  const [outcome] = await writeInOneTransaction(driver, [checkedRows(result)], options);
  return outcome!;
}

/** Validated rows, or LoadError('invalid') (e.g. a NaN offset that slipped past the checks). */
function checkedRows(result: ExtractResult): ArticleRows {
  try {
    validateExtract(result);
    return buildRows(result);
  } catch (error) {
    if (error instanceof LoadError) throw error;
    throw new LoadError('invalid', `the extraction cannot be stored: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/**
 * Several articles, written together in one transaction for speed (one UNWIND statement per
 * label and type for the whole batch). If that transaction fails, it is rolled back and
 * every article is retried in a transaction of its own, so a bad article fails alone and is
 * never half-loaded. Returns, per article in input order, its outcome or its LoadError.
 */
export async function loadExtractions(
  driver: Driver,
  results: ExtractResult[],
  options: LoadOptions = {},
): Promise<Array<LoadOutcome | LoadError>> {
  return loadPrepared(driver, prepareExtractions(results), options);
}

/** Validated rows per article, or its LoadError: the CPU half of a load, no database. */
export type PreparedArticle = ArticleRows | LoadError;

/**
 * Validates and builds an article's rows. Separate from loadPrepared so that a caller can
 * prepare the next batch while the database writes the current one.
 */
export function prepareExtraction(result: ExtractResult): PreparedArticle {
  try {
    return checkedRows(result);
  } catch (error) {
    return toLoadError(error);
  }
}

export function prepareExtractions(results: ExtractResult[]): PreparedArticle[] {
  return results.map(prepareExtraction);
}

/** The database half of loadExtractions. */
export async function loadPrepared(
  driver: Driver,
  prepared: PreparedArticle[],
  options: LoadOptions = {},
): Promise<Array<LoadOutcome | LoadError>> {
  const out: Array<LoadOutcome | LoadError> = new Array(prepared.length);
  const valid: Array<{ index: number; rows: ArticleRows }> = [];
  for (const [index, item] of prepared.entries()) {
    if (item instanceof LoadError) out[index] = item;
    else valid.push({ index, rows: item });
  }
  for (const group of distinctGroups(valid)) {
    try {
      const outcomes = await writeInOneTransaction(driver, group.map((g) => g.rows), options);
      group.forEach((g, i) => (out[g.index] = outcomes[i]!));
    } catch (error) {
      if (group.length === 1) out[group[0]!.index] = toLoadError(error);
      else await loadOneByOne(driver, group, out, options);
    }
  }
  return out;
}

async function loadOneByOne(
  driver: Driver,
  group: Array<{ index: number; rows: ArticleRows }>,
  out: Array<LoadOutcome | LoadError>,
  options: LoadOptions,
): Promise<void> {
  for (const { index, rows } of group) {
    try {
      out[index] = (await writeInOneTransaction(driver, [rows], options))[0]!;
    } catch (error) {
      out[index] = toLoadError(error);
    }
  }
}

/** Splits where an article id repeats: a batch's articles must be distinct. */
function distinctGroups<T extends { rows: ArticleRows }>(items: T[]): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  let ids = new Set<string>();
  for (const item of items) {
    if (ids.has(item.rows.articleId)) {
      groups.push(current);
      current = [];
      ids = new Set();
    }
    current.push(item);
    ids.add(item.rows.articleId);
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

async function writeInOneTransaction(driver: Driver, batch: ArticleRows[], options: LoadOptions): Promise<LoadOutcome[]> {
  const session = driver.session({ database: options.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    return await session.executeWrite((tx) => writeBatch(tx, batch));
  } catch (error) {
    throw toLoadError(error);
  } finally {
    await session.close();
  }
}

