// Loads one extracted article in ONE write transaction: either all of it is in the graph
// or none of it. Same contentHash as stored → "unchanged" (nothing is written, not even a
// timestamp); a different hash → the old version's support is withdrawn first ("updated").
import neo4j, { type Driver, type ManagedTransaction, type QueryResult } from 'neo4j-driver';
import type { ExtractResult } from '../../domain/extraction.ts';
import { PREDICATES } from '../../domain/ontology.ts';
import { buildRows, type ArticleRows } from './build-rows.ts';
import { toLoadError } from './to-load-error.ts';
import {
  ARTICLE_HASH,
  DELETE_ORPHAN_ENTITIES,
  RETRACT_FACTS,
  RETRACT_SENTENCES,
  UPSERT_ARTICLE,
  UPSERT_ENTITIES,
  UPSERT_FACTS,
  UPSERT_MENTIONS,
  UPSERT_QUANTITY_FACTS,
  UPSERT_SENTENCES,
} from './statements.ts';
import { validateExtract } from './validate-extract.ts';

export type LoadStatus = 'new' | 'unchanged' | 'updated';

export interface LoadOutcome {
  articleId: string;
  status: LoadStatus;
  entitiesAdded: number;
  entitiesRemoved: number;
  factsAdded: number;
  factsRemoved: number;
}

export interface LoadOptions {
  /** Neo4j database name; the server's default when omitted. */
  database?: string;
}

/** Validates, then writes one article in one transaction. Throws LoadError. */
export async function loadExtraction(driver: Driver, result: ExtractResult, options: LoadOptions = {}): Promise<LoadOutcome> {
  validateExtract(result);
  const rows = buildRows(result);
  const session = driver.session({ database: options.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    return await session.executeWrite((tx) => writeArticle(tx, rows));
  } catch (error) {
    throw toLoadError(error);
  } finally {
    await session.close();
  }
}

export async function writeArticle(tx: ManagedTransaction, rows: ArticleRows): Promise<LoadOutcome> {
  const stored = await tx.run(ARTICLE_HASH, { articleId: rows.articleId });
  const outcome: LoadOutcome = {
    articleId: rows.articleId,
    status: stored.records.length === 0 ? 'new' : 'updated',
    entitiesAdded: 0,
    entitiesRemoved: 0,
    factsAdded: 0,
    factsRemoved: 0,
  };
  if (stored.records[0]?.get('contentHash') === rows.contentHash) return { ...outcome, status: 'unchanged' };
  if (outcome.status === 'updated') Object.assign(outcome, await retractArticle(tx, rows));
  Object.assign(outcome, await writeRows(tx, rows));
  return outcome;
}

/** Withdraws everything an article's stored version contributed (see statements.ts, steps 1–3). */
async function retractArticle(tx: ManagedTransaction, rows: ArticleRows): Promise<Pick<LoadOutcome, 'factsRemoved' | 'entitiesRemoved'>> {
  const { articleId } = rows;
  const facts = await tx.run(RETRACT_FACTS, {
    articleId,
    factTypes: [...PREDICATES],
    sentencePrefix: `${articleId}:s`,
    restated: restatedFacts(rows),
  });
  const sentences = await tx.run(RETRACT_SENTENCES, { articleId });
  const entityIds = (sentences.records[0]?.get('entityIds') as string[] | undefined) ?? [];
  const restated = Object.values(rows.entities).flatMap((list) => list.map((e) => e.id));
  const entities = await tx.run(DELETE_ORPHAN_ENTITIES, { entityIds, restated });
  return {
    factsRemoved: toNumber(facts.records[0]?.get('factsDeleted')),
    entitiesRemoved: toNumber(entities.records[0]?.get('entitiesDeleted')),
  };
}

/**
 * The statements run pipelined (sent together, executed in order by the server): article,
 * sentences, entities per label, mentions, facts per relationship type, quantity facts.
 */
async function writeRows(tx: ManagedTransaction, rows: ArticleRows): Promise<Pick<LoadOutcome, 'entitiesAdded' | 'factsAdded'>> {
  const run = (query: string, params: Record<string, unknown>): Promise<QueryResult> => tx.run(query, params);
  const entityRuns: Array<Promise<QueryResult>> = [];
  const factRuns: Array<Promise<QueryResult>> = [];
  const pending: Array<Promise<QueryResult>> = [
    run(UPSERT_ARTICLE, { article: rows.article }),
    run(UPSERT_SENTENCES, { articleId: rows.articleId, rows: rows.sentences }),
  ];
  for (const [type, entityRows] of Object.entries(rows.entities) as Array<[keyof typeof UPSERT_ENTITIES, unknown[]]>) {
    entityRuns.push(run(UPSERT_ENTITIES[type], { rows: entityRows }));
  }
  if (rows.mentions.length > 0) pending.push(run(UPSERT_MENTIONS, { rows: rows.mentions }));
  for (const [type, factRows] of Object.entries(rows.facts) as Array<[keyof typeof UPSERT_FACTS, unknown[]]>) {
    factRuns.push(run(UPSERT_FACTS[type], { rows: factRows }));
  }
  if (rows.quantityFacts.length > 0) factRuns.push(run(UPSERT_QUANTITY_FACTS, { rows: rows.quantityFacts }));
  const [, entities, facts] = await Promise.all([Promise.all(pending), Promise.all(entityRuns), Promise.all(factRuns)]);
  return {
    entitiesAdded: entities.reduce((n, r) => n + r.summary.counters.updates().nodesCreated, 0),
    factsAdded: facts.reduce((n, r) => n + r.summary.counters.updates().relationshipsCreated, 0),
  };
}

/** Facts the new version states again, as "subject|TYPE|object": they are kept, not re-created. */
function restatedFacts(rows: ArticleRows): string[] {
  const keys = Object.entries(rows.facts).flatMap(([type, list]) => list.map((f) => `${f.subject}|${type}|${f.object}`));
  return [...keys, ...rows.quantityFacts.map((f) => `${f.subject}|HAS_QUANTITY|${f.object}`)];
}

function toNumber(value: unknown): number {
  return neo4j.isInt(value) ? (value as { toNumber(): number }).toNumber() : Number(value ?? 0);
}
