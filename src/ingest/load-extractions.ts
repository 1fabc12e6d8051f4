// `kg load`: what `kg extract --format json` wrote (one ExtractResult per line, from any
// number of extraction jobs) is loaded as ingest would have loaded it. Each record is checked
// against the contract (validate-extract.ts) before anything is written; a record that breaks
// it fails alone, with its file and line.
import type { Driver } from 'neo4j-driver';
import { InputError } from '../domain/article-input.ts';
import type { ExtractResult } from '../domain/extraction.ts';
import { readJsonRecords } from '../sources/read-articles.ts';
import { loadInOrder, type IngestOptions, type UnderWay } from './ingest-articles.ts';
import { prepareArticle, type Prepared } from './prepare-article.ts';
import type { IngestSummary } from './ingest-summary.ts';

/**
 * An extraction is larger than its article (offsets, quotes, names): a record may be this many
 * times KG_MAX_ARTICLE_BYTES.
 */
export const EXTRACTION_SIZE_FACTOR = 16;

const SHAPE = 'an extraction {article, text, sentences, entities, facts, quantities, warnings} as `kg extract --format json` prints it';

export async function loadExtractionFiles(driver: Driver, paths: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const maxBytes = (options.maxArticleBytes ?? 2_000_000) * EXTRACTION_SIZE_FACTOR;
  async function* records(): AsyncGenerator<UnderWay> {
    for (const path of paths) {
      for await (const item of readJsonRecords(path, toExtraction, { maxBytes, onBytesRead: options.onBytesRead })) {
        yield { prepared: Promise.resolve(item instanceof InputError ? failure(item) : prepare(item)) };
      }
    }
  }
  return loadInOrder(driver, records(), 1, options);
}

function prepare({ origin, result }: { origin: string; result: ExtractResult }): Prepared {
  return prepareArticle(origin, result);
}

function failure(error: InputError): Prepared {
  const prefix = `${error.origin}: `;
  return { origin: error.origin, failure: error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message };
}

/** The record's outline; validate-extract.ts checks the rest (ids, offsets, types) when it is prepared. */
export function toExtraction(record: unknown, where: string): { origin: string; result: ExtractResult } | InputError {
  const r = record as Partial<Record<keyof ExtractResult, unknown>> | null;
  const ok =
    typeof r === 'object' &&
    r !== null &&
    typeof r.article === 'object' &&
    r.article !== null &&
    typeof r.text === 'string' &&
    ['sentences', 'entities', 'facts'].every((key) => Array.isArray(r[key as keyof ExtractResult]));
  if (!ok) return new InputError(where, 'not-an-article', `not ${SHAPE}`);
  const result = { quantities: [], warnings: [], ...(r as object) } as unknown as ExtractResult;
  // `kg extract` adds the input file as article.file; the graph has no such property.
  const { file: _file, ...article } = result.article as ExtractResult['article'] & { file?: unknown };
  return { origin: where, result: { ...result, article } };
}
