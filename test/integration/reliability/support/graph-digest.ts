// A fingerprint of the whole graph, to tell "nothing changed" and "equals a clean run":
// counts by label and relationship type, and a sha256 over every node (labels + every
// property) and every relationship (type, end ids, every property), in a canonical order.
// Elements are identified by their `id` property (every kg node has one), never by Neo4j's
// internal element ids, which differ between two runs that build the same graph.
//
// List properties (and Entity.searchText's lines) are compared as multisets (sorted): a fact's `articleIds`/`evidence`
// accumulate in load order, and an article retried after a crash loads later than in a
// clean run; `[a1, a3]` and `[a3, a1]` are the same support.
import { createHash } from 'node:crypto';
import neo4j, { type Driver } from 'neo4j-driver';

export interface GraphDigest {
  labels: Record<string, number>;
  types: Record<string, number>;
  nodes: number;
  relationships: number;
  /** sha256 of the canonical lines below. */
  digest: string;
}

export async function graphDigest(driver: Driver, database?: string): Promise<GraphDigest> {
  const options = { database, routing: neo4j.routing.READ };
  const nodes = await driver.executeQuery('MATCH (n) RETURN labels(n) AS labels, properties(n) AS props', {}, options);
  const rels = await driver.executeQuery(
    'MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props',
    {},
    options,
  );
  const labels: Record<string, number> = {};
  const types: Record<string, number> = {};
  const lines: string[] = [];
  for (const record of nodes.records) {
    const nodeLabels = [...(record.get('labels') as string[])].sort();
    for (const label of nodeLabels) labels[label] = (labels[label] ?? 0) + 1;
    lines.push(`N ${nodeLabels.join(':')} ${canonical(setLike(record.get('props')))}`);
  }
  for (const record of rels.records) {
    const type = record.get('type') as string;
    types[type] = (types[type] ?? 0) + 1;
    lines.push(`R ${type} ${canonical(record.get('from'))} ${canonical(record.get('to'))} ${canonical(record.get('props'))}`);
  }
  lines.sort();
  const hash = createHash('sha256');
  for (const line of lines) hash.update(line).update('\n');
  return {
    labels: sortKeys(labels),
    types: sortKeys(types),
    nodes: nodes.records.length,
    relationships: rels.records.length,
    digest: hash.digest('hex'),
  };
}

/**
 * Entity.searchText is a set written as lines ("future gov\nfuturegov"), grown in load
 * order like the lists above: compare its lines as a set too.
 */
function setLike(props: Record<string, unknown>): Record<string, unknown> {
  const text = props.searchText;
  return typeof text === 'string' ? { ...props, searchText: text.split('\n') } : props;
}

/** A driver value as a stable string: Integer 3 → "i:3", 3.5 → "f:3.5", Date → "t:2022-01-24". */
export function canonical(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (neo4j.isInt(value)) return `i:${value.toString()}`;
  if (typeof value === 'number') return `f:${value}`;
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'boolean') return String(value);
  if (isTemporal(value)) return `t:${String(value)}`;
  if (Array.isArray(value)) return `[${value.map(canonical).sort().join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return `?:${String(value)}`;
}

function isTemporal(value: unknown): boolean {
  return neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value) || neo4j.isDuration(value);
}

function sortKeys(record: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Deletes every node (for a Neo4j the test started itself, never the shared one). */
export async function wipeGraph(driver: Driver, database?: string): Promise<void> {
  // CALL … IN TRANSACTIONS needs an auto-commit transaction (session.run), not executeQuery.
  const session = driver.session({ database });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS');
  } finally {
    await session.close();
  }
}
