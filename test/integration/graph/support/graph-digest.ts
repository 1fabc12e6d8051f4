// A readable digest of every node and relationship whose id contains a test's prefix (plus
// the Quantity nodes of its entities), with every property and its Neo4j type:
// Integer 1800 → "int:1800", Date → "date:2022-01-24", Float 0.9 → 0.9. Two equal digests
// mean nothing of the test's data changed.
import neo4j, { type Driver } from 'neo4j-driver';
import { testDatabase } from '../../../support/neo4j.ts';

export async function graphDigest(driver: Driver, prefix: string): Promise<string> {
  const { records } = await driver.executeQuery(
    `MATCH (n) WHERE n.id CONTAINS $prefix OR EXISTS { MATCH (e)-[:HAS_QUANTITY]->(n) WHERE e.id CONTAINS $prefix }
     OPTIONAL MATCH (n)-[r]->(m)
     RETURN n.id AS id, labels(n) AS labels, properties(n) AS props,
            collect(CASE WHEN r IS NULL THEN null ELSE [type(r), m.id, properties(r)] END) AS out`,
    { prefix },
    { database: testDatabase() },
  );
  const lines = records.map((r) => {
    const labels = [...(r.get('labels') as string[])].sort().join(':');
    const out = (r.get('out') as unknown[][]).map((rel) => JSON.stringify(tagged(rel))).sort();
    return [`(${labels} ${JSON.stringify(tagged(r.get('props')))})`, ...out.map((o) => `  -> ${o}`)].join('\n');
  });
  return lines.sort().join('\n');
}

export async function countsOf(driver: Driver, prefix: string): Promise<{ nodes: number; relationships: number }> {
  const { records } = await driver.executeQuery(
    `MATCH (n) WHERE n.id CONTAINS $prefix OR EXISTS { MATCH (e)-[:HAS_QUANTITY]->(n) WHERE e.id CONTAINS $prefix }
     OPTIONAL MATCH (n)-[r]->()
     RETURN count(DISTINCT n) AS nodes, count(DISTINCT r) AS relationships`,
    { prefix },
    { database: testDatabase() },
  );
  return { nodes: Number(records[0]?.get('nodes')), relationships: Number(records[0]?.get('relationships')) };
}

/** Property values with their Neo4j type made visible, map keys sorted. */
export function tagged(value: unknown): unknown {
  if (neo4j.isInt(value)) return `int:${value.toString()}`;
  if (neo4j.isDate(value)) return `date:${value.toString()}`;
  if (Array.isArray(value)) return value.map(tagged);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, tagged((value as Record<string, unknown>)[k])]));
  }
  return value;
}
