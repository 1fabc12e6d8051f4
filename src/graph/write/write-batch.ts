// Writes a batch of articles (already validated, as rows) in ONE transaction: reads which
// are new / unchanged / updated, withdraws the stored version of each updated one, then
// writes all new and updated articles with one UNWIND statement per label and type.
// Counts per article what it added (an entity or fact that did not exist before the batch
// is credited to the first article of the batch that has it).
import type { ManagedTransaction, QueryResult } from 'neo4j-driver';
import { factKey, type ArticleRows } from './build-rows.ts';
import { mergeRows } from './merge-rows.ts';
import {
  ARTICLE_HASHES,
  DELETE_ORPHAN_ENTITIES,
  EXISTING_ENTITIES,
  EXISTING_FACTS,
  RETRACT_FACTS,
  RETRACT_SENTENCES,
  UPSERT_ARTICLES,
  UPSERT_ENTITIES,
  UPSERT_FACTS,
  UPSERT_MENTIONS,
  UPSERT_QUANTITY_FACTS,
  UPSERT_SENTENCES,
} from './statements.ts';

export type LoadStatus = 'new' | 'unchanged' | 'updated';

export interface LoadOutcome {
  articleId: string;
  status: LoadStatus;
  entitiesAdded: number;
  entitiesRemoved: number;
  factsAdded: number;
  factsRemoved: number;
}

/** The batch's article ids must be distinct. */
export async function writeBatch(tx: ManagedTransaction, batch: ArticleRows[]): Promise<LoadOutcome[]> {
  const stored = await tx.run(ARTICLE_HASHES, { ids: batch.map((rows) => rows.articleId) });
  const hashes = new Map(stored.records.map((r) => [r.get('id') as string, r.get('contentHash') as unknown]));
  const outcomes = batch.map((rows): LoadOutcome => {
    const status = !hashes.has(rows.articleId) ? 'new' : hashes.get(rows.articleId) === rows.contentHash ? 'unchanged' : 'updated';
    return { articleId: rows.articleId, status, entitiesAdded: 0, entitiesRemoved: 0, factsAdded: 0, factsRemoved: 0 };
  });
  const toWrite = batch.filter((_, i) => outcomes[i]!.status !== 'unchanged');
  for (const [i, rows] of batch.entries()) {
    if (outcomes[i]!.status === 'updated') Object.assign(outcomes[i]!, await retractArticle(tx, rows));
  }
  if (toWrite.length === 0) return outcomes;
  const added = await writeRows(tx, toWrite);
  for (const outcome of outcomes) Object.assign(outcome, added.get(outcome.articleId));
  return outcomes;
}

/** Withdraws everything an article's stored version contributed (see statements.ts, steps 1–3). */
async function retractArticle(tx: ManagedTransaction, rows: ArticleRows): Promise<Pick<LoadOutcome, 'factsRemoved' | 'entitiesRemoved'>> {
  const { articleId } = rows;
  const facts = await tx.run(RETRACT_FACTS, {
    articleId,
    sentencePrefix: `${articleId}:s`,
    restated: factsOf(rows).map((f) => f.key),
  });
  const sentences = await tx.run(RETRACT_SENTENCES, { articleId });
  const entityIds = (sentences.records[0]?.get('entityIds') as string[] | undefined) ?? [];
  const entities = await tx.run(DELETE_ORPHAN_ENTITIES, { entityIds, restated: entityIdsOf(rows) });
  return {
    factsRemoved: Number(facts.records[0]?.get('factsDeleted') ?? 0),
    entitiesRemoved: Number(entities.records[0]?.get('entitiesDeleted') ?? 0),
  };
}

/** All statements are sent at once (pipelined) and run in order by the server. */
async function writeRows(tx: ManagedTransaction, list: ArticleRows[]): Promise<Map<string, Pick<LoadOutcome, 'entitiesAdded' | 'factsAdded'>>> {
  const rows = mergeRows(list);
  const allFacts = list.flatMap(factsOf);
  const run = (query: string, params: Record<string, unknown>): Promise<QueryResult> => tx.run(query, params);
  const existingEntities = run(EXISTING_ENTITIES, { ids: [...new Set(list.flatMap(entityIdsOf))] });
  const existingFacts = run(EXISTING_FACTS, { facts: allFacts });
  const writes: Array<Promise<QueryResult>> = [
    run(UPSERT_ARTICLES, { rows: rows.articles }),
    run(UPSERT_SENTENCES, { rows: rows.sentences }),
  ];
  for (const [type, entityRows] of Object.entries(rows.entities)) {
    writes.push(run(UPSERT_ENTITIES[type as keyof typeof UPSERT_ENTITIES], { rows: entityRows }));
  }
  if (rows.mentions.length > 0) writes.push(run(UPSERT_MENTIONS, { rows: rows.mentions }));
  for (const [type, factRows] of Object.entries(rows.facts)) {
    writes.push(run(UPSERT_FACTS[type as keyof typeof UPSERT_FACTS], { rows: factRows }));
  }
  if (rows.quantityFacts.length > 0) writes.push(run(UPSERT_QUANTITY_FACTS, { rows: rows.quantityFacts }));
  const [entities, facts] = await Promise.all([existingEntities, existingFacts, ...writes]);
  const known = {
    entities: new Set(entities.records[0]?.get('ids') as string[]),
    facts: new Set(facts.records[0]?.get('keys') as string[]),
  };
  const credited = new Map<string, Pick<LoadOutcome, 'entitiesAdded' | 'factsAdded'>>();
  for (const article of list) {
    const fresh = (ids: string[], seen: Set<string>) => ids.filter((id) => !seen.has(id) && (seen.add(id), true)).length;
    credited.set(article.articleId, {
      entitiesAdded: fresh(entityIdsOf(article), known.entities),
      factsAdded: fresh(factsOf(article).map((f) => f.key), known.facts),
    });
  }
  return credited;
}

function entityIdsOf(rows: ArticleRows): string[] {
  return Object.values(rows.entities).flatMap((list) => list.map((e) => e.id));
}

/** The article's facts as {key, subject, type, object}: "org:a|WON|award:b". */
function factsOf(rows: ArticleRows): Array<{ key: string; subject: string; type: string; object: string }> {
  const typed = [...Object.entries(rows.facts), ['HAS_QUANTITY', rows.quantityFacts] as const];
  return typed.flatMap(([type, list]) =>
    (list ?? []).map((f) => ({ key: factKey(f.subject, type, f.object), subject: f.subject, type, object: f.object })),
  );
}
