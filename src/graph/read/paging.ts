// Helpers for batched, paginated reads: one statement serves many parents at once
// (UNWIND $ids … CALL (p) { … SKIP $skip LIMIT $limit }), so a page of 50 entities with
// their facts costs one round trip for the facts, not 50.
import neo4j from 'neo4j-driver';
import type { GraphReader } from './reader.ts';

export interface Page {
  skip: number;
  limit: number;
}

/** Neo4j wants integers for SKIP/LIMIT; a JS number would be sent as a float. */
export function pageParams(page: Page): { skip: neo4j.Integer; limit: neo4j.Integer } {
  return { skip: neo4j.int(page.skip), limit: neo4j.int(page.limit) };
}

/** Runs a statement that returns `id, items` per parent and indexes the result by id. */
export async function itemsById<T>(
  reader: GraphReader,
  query: string,
  params: Record<string, unknown>,
  map: (raw: Record<string, unknown>) => T,
): Promise<Map<string, T[]>> {
  const rows = await reader.rows<{ id: string; items: Record<string, unknown>[] }>(query, params);
  return new Map(rows.map((row) => [row.id, row.items.map(map)]));
}

/** Runs a statement that returns `id, n` per parent. */
export async function countsById(
  reader: GraphReader,
  query: string,
  params: Record<string, unknown>,
): Promise<Map<string, number>> {
  const rows = await reader.rows<{ id: string; n: number }>(query, params);
  return new Map(rows.map((row) => [row.id, row.n]));
}
