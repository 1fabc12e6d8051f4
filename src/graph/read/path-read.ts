// The shortest chain of facts between two entities, in either direction, at most 4 hops.
import { PREDICATES } from '../../domain/ontology.ts';
import type { EntityRow, FactRow } from './models.ts';
import type { GraphReader } from './reader.ts';
import { ENTITY_MAP, FACT_MAP, toEntity, toFact } from './rows.ts';

export const MAX_PATH_HOPS = 4;

// Fact relationships between entities only: never through sentences (MENTIONS) or quantities.
const ENTITY_LINKS = PREDICATES.filter((p) => p !== 'HAS_QUANTITY').join('|');

// A variable-length bound cannot be a parameter in Cypher, so there is one statement per
// allowed hop count, chosen by a validated integer (never by text from the request).
const PATH_QUERIES = Array.from({ length: MAX_PATH_HOPS }, (_unused, i) =>
  `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
   MATCH p = shortestPath((a)-[:${ENTITY_LINKS}*..${i + 1}]-(b))
   RETURN [n IN nodes(p) | ${ENTITY_MAP('n')}] AS nodes, [r IN relationships(p) | ${FACT_MAP('r')}] AS facts`,
);

export interface PathRow {
  entities: EntityRow[];
  facts: FactRow[];
}

export async function shortestPath(reader: GraphReader, from: string, to: string, maxHops: number): Promise<PathRow | null> {
  const hops = Math.min(Math.max(Math.trunc(maxHops), 1), MAX_PATH_HOPS);
  if (from === to) return null;
  const [row] = await reader.rows<{ nodes: Record<string, unknown>[]; facts: Record<string, unknown>[] }>(
    PATH_QUERIES[hops - 1]!,
    { from, to },
  );
  return row ? { entities: row.nodes.map(toEntity), facts: row.facts.map(toFact) } : null;
}
