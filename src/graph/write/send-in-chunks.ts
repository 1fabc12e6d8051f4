// A statement over a long list of rows is sent as several statements over bounded slices,
// each packed in a turn of the event loop of its own. Packing one 2 MB article's rows as one
// message held the API server's thread for a second and more, and every read waited; now
// no single turn packs more than MAX_CHUNK_WEIGHT values. The slices are pipelined (sent
// without waiting for the previous answer) and run in order by the server, inside the
// caller's transaction: the article stays all-or-nothing.
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { ManagedTransaction, QueryResult } from 'neo4j-driver';

/** Values (rows, list items, ~200 characters of text) per statement. */
export const MAX_CHUNK_WEIGHT = 2_000;

/** Consecutive slices of at most maxWeight each (an item heavier than that alone is a slice of its own). */
export function chunksOf<T>(items: T[], weight: (item: T) => number, maxWeight = MAX_CHUNK_WEIGHT): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let total = 0;
  for (const item of items) {
    const w = Math.max(1, weight(item));
    if (current.length > 0 && total + w > maxWeight) {
      chunks.push(current);
      current = [];
      total = 0;
    }
    current.push(item);
    total += w;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/**
 * Sends `query` with $rows = each slice of `rows`, yielding to the event loop after each, and
 * returns the answers to come, each read by `read`. The caller awaits them all (Promise.all);
 * until then a failed one is not an unhandled rejection.
 */
export async function sendInChunks<T>(
  tx: ManagedTransaction,
  query: string,
  rows: unknown[],
  weight: (row: never) => number,
  read: (result: QueryResult) => T,
): Promise<Array<Promise<T>>> {
  const answers: Array<Promise<T>> = [];
  for (const chunk of chunksOf(rows, weight as (row: unknown) => number)) {
    const answer = tx.run(query, { rows: chunk }).then(read);
    answer.catch(() => undefined);
    answers.push(answer);
    await nextTurn();
  }
  return answers;
}

/** ~200 characters of text weigh one value. */
export const textWeight = (text: unknown): number => (typeof text === 'string' ? Math.ceil(text.length / 200) : 0);
