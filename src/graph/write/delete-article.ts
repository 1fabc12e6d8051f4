// Takes articles out of the graph: the article, its sentences and their mentions go; every
// fact loses the article's support (its articleIds entry, confidence and evidence); a fact
// left with no article, a Quantity left with no fact, and an entity no sentence mentions any
// more go too. The same steps as an update's withdrawal (statements.ts), with nothing
// restated, then the Article node itself. A story's original leaves its near-copies one
// story: the earliest of them becomes the original (link-duplicates.ts, promoteCopiesOf).
// One transaction per article; idempotent (an article not in the graph is "absent", not an
// error).
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { promoteCopiesOf } from './link-duplicates.ts';
import { DELETE_ARTICLE_NODE, DELETE_ORPHAN_ENTITIES, LOCK_ARTICLE, RETRACT_FACTS, RETRACT_SENTENCES } from './statements.ts';
import { toLoadError } from './to-load-error.ts';

export interface DeleteOutcome {
  articleId: string;
  /** "absent": no article with this id was in the graph; nothing changed. */
  status: 'deleted' | 'absent';
  factsRemoved: number;
  entitiesRemoved: number;
  /** When the article was the original of near-copies: the copy that is now their original. */
  newOriginalId: string | null;
  /** The other near-copies, now linked to newOriginalId. */
  copiesRelinked: number;
}

/** One transaction per article, in order. Throws LoadError (unavailable, refused). */
export async function deleteArticles(driver: Driver, articleIds: string[], options: { database?: string } = {}): Promise<DeleteOutcome[]> {
  const outcomes: DeleteOutcome[] = [];
  for (const articleId of articleIds) {
    const session = driver.session({ database: options.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      outcomes.push(await session.executeWrite((tx) => deleteOne(tx, articleId)));
    } catch (error) {
      throw toLoadError(error);
    } finally {
      await session.close();
    }
  }
  return outcomes;
}

async function deleteOne(tx: ManagedTransaction, articleId: string): Promise<DeleteOutcome> {
  // Locked first: a concurrent load or delete of the same article waits for this one.
  const found = await tx.run(LOCK_ARTICLE, { articleId });
  if (found.records.length === 0) return { articleId, status: 'absent', factsRemoved: 0, entitiesRemoved: 0, newOriginalId: null, copiesRelinked: 0 };
  const facts = await tx.run(RETRACT_FACTS, { articleId, sentencePrefix: `${articleId}:s`, restated: [] });
  const sentences = await tx.run(RETRACT_SENTENCES, { articleId });
  const entityIds = (sentences.records[0]?.get('entityIds') as string[] | undefined) ?? [];
  const entities = await tx.run(DELETE_ORPHAN_ENTITIES, { entityIds, restated: [] });
  const promoted = await promoteCopiesOf(tx, articleId);
  await tx.run(DELETE_ARTICLE_NODE, { articleId });
  return {
    articleId,
    status: 'deleted',
    factsRemoved: Number(facts.records[0]?.get('factsDeleted') ?? 0),
    entitiesRemoved: Number(entities.records[0]?.get('entitiesDeleted') ?? 0),
    ...promoted,
  };
}
