// Writes a batch of articles (already validated, as rows) in ONE transaction: reads which
// are new / unchanged / updated, withdraws the stored version of each updated one, then
// writes all new and updated articles with one UNWIND statement per label and type.
// Counts per article what it added (an entity or fact that the batch created is credited
// to the first article of the batch that has it).
import type { ManagedTransaction, QueryResult } from 'neo4j-driver';
import { factKey, type ArticleRows, type EntityRow, type FactRow, type SentenceRow } from './build-rows.ts';
import { findDuplicateLinks, writeDuplicateLinks } from './link-duplicates.ts';
import { inLockOrder } from './lock-order.ts';
import { mergeRows } from './merge-rows.ts';
import { sendInChunks, textWeight } from './send-in-chunks.ts';
import {
  ARTICLE_HASHES,
  DELETE_ORPHAN_ENTITIES,
  RETRACT_FACTS,
  RETRACT_SENTENCES,
  UPSERT_ENTITIES,
  UPSERT_FACTS,
  UPSERT_QUANTITY_FACTS,
  WRITE_ARTICLES,
  WRITE_SENTENCES,
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
  const stored = await tx.run(ARTICLE_HASHES, { ids: batch.map((rows) => rows.articleId).sort() });
  const hashes = new Map(stored.records.map((r) => [r.get('id') as string, r.get('contentHash') as unknown]));
  const outcomes = batch.map((rows): LoadOutcome => {
    // ARTICLE_HASHES has just created the node of an article not stored yet: no contentHash.
    const stored = hashes.get(rows.articleId) ?? null;
    const status = stored === null ? 'new' : stored === rows.contentHash ? 'unchanged' : 'updated';
    return { articleId: rows.articleId, status, entitiesAdded: 0, entitiesRemoved: 0, factsAdded: 0, factsRemoved: 0 };
  });
  const toWrite = batch.filter((_, i) => outcomes[i]!.status !== 'unchanged');
  for (const [i, rows] of batch.entries()) {
    if (outcomes[i]!.status === 'updated') Object.assign(outcomes[i]!, await retractArticle(tx, rows));
  }
  if (toWrite.length === 0) return outcomes;
  const duplicateLinks = await findDuplicateLinks(tx, toWrite);
  const added = await writeRows(tx, toWrite);
  await writeDuplicateLinks(tx, duplicateLinks, outcomes.filter((o) => o.status === 'updated').map((o) => o.articleId));
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

/**
 * All statements are sent at once (pipelined, in bounded slices: send-in-chunks.ts) and run
 * in order by the server: entities first, then articles, their sentences and mentions (which
 * point to entities), then facts. Each upsert returns what it created, which is what the load
 * added.
 */
async function writeRows(tx: ManagedTransaction, list: ArticleRows[]): Promise<Map<string, Pick<LoadOutcome, 'entitiesAdded' | 'factsAdded'>>> {
  const rows = inLockOrder(mergeRows(list));
  const entityWrites: Array<Promise<string[]>> = [];
  for (const [type, entityRows] of Object.entries(rows.entities)) {
    const statement = UPSERT_ENTITIES[type as keyof typeof UPSERT_ENTITIES];
    entityWrites.push(...(await sendInChunks(tx, statement, entityRows ?? [], entityWeight, createdIds)));
  }
  const articleWrites = [
    ...(await sendInChunks(tx, WRITE_ARTICLES, rows.articles, (a: Record<string, unknown>) => 1 + textWeight(a.title), () => null)),
    ...(await sendInChunks(tx, WRITE_SENTENCES, rows.sentences, sentenceWeight, () => null)),
  ];
  const typedFacts = [...Object.entries(rows.facts), ['HAS_QUANTITY', rows.quantityFacts] as const];
  const factWrites: Array<Promise<string[]>> = [];
  for (const [type, factRows] of typedFacts) {
    const statement = type === 'HAS_QUANTITY' ? UPSERT_QUANTITY_FACTS : UPSERT_FACTS[type as keyof typeof UPSERT_FACTS];
    factWrites.push(...(await sendInChunks(tx, statement, factRows ?? [], factWeight, (r) => createdFactKeys(type, r))));
  }
  const [entityIds, , factKeys] = await Promise.all([Promise.all(entityWrites), Promise.all(articleWrites), Promise.all(factWrites)]);
  const created = { entities: new Set(entityIds.flat()), facts: new Set(factKeys.flat()) };
  // An entity or fact the batch created is credited to the first of its articles that has it.
  const credited = new Map<string, Pick<LoadOutcome, 'entitiesAdded' | 'factsAdded'>>();
  const claim = (ids: string[], unclaimed: Set<string>) => ids.filter((id) => unclaimed.delete(id)).length;
  for (const article of list) {
    credited.set(article.articleId, {
      entitiesAdded: claim(entityIdsOf(article), created.entities),
      factsAdded: claim(factsOf(article).map((f) => f.key), created.facts),
    });
  }
  return credited;
}

const entityWeight = (e: EntityRow) => 1 + e.aliases.length + e.searchForms.length;
const sentenceWeight = (s: SentenceRow) => 1 + s.mentions.length + textWeight(s.text);
const factWeight = (f: FactRow) => 1 + f.evidence.length + f.articleIds.length;

function createdIds(result: QueryResult): string[] {
  return (result.records[0]?.get('created') as string[] | undefined) ?? [];
}

function createdFactKeys(type: string, result: QueryResult): string[] {
  const pairs = (result.records[0]?.get('created') as Array<[string, string]> | undefined) ?? [];
  return pairs.map(([subject, object]) => factKey(subject, type, object));
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
