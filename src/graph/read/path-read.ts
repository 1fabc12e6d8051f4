// The shortest chain of facts between two entities, in either direction, at most 4 hops.
import { PREDICATES } from '../../domain/ontology.ts';
import type { EntityRow, EvidencePage, FactRow } from './models.ts';
import type { GraphReader } from './reader.ts';
import { ENTITY_MAP, evidenceParams, evidenceReadOf, FACT_MAP, type FactReadShape, toEntity, toFact } from './rows.ts';

export const MAX_PATH_HOPS = 4;

// Fact relationships between entities only: never through sentences (MENTIONS) or quantities.
const ENTITY_LINKS = PREDICATES.filter((p) => p !== 'HAS_QUANTITY').join('|');

/** What the path's facts read: the whole of each by default, or what the query selects (lookahead.ts). */
export interface PathFactsRead {
  articles: boolean;
  lists: boolean;
  /** The window of each fact's evidence ({skip: 0, limit: 0}: none). */
  evidence: EvidencePage;
  /** Only the evidence's quotes are selected. */
  quotesOnly: boolean;
}

const WHOLE: PathFactsRead = { articles: true, lists: true, evidence: { skip: 0, limit: null }, quotesOnly: false };
// The path's facts' ends are read whole (FACT_MAP): its entities are those same ends.

// A variable-length bound cannot be a parameter in Cypher, so there is one statement per
// allowed hop count, chosen by a validated integer (never by text from the request). Both
// ends are looked up in the same statement, so that an unknown id costs no second round trip.
function pathQuery(hops: number, shape: FactReadShape): string {
  return `OPTIONAL MATCH (a:Entity {id: $from})
   OPTIONAL MATCH (b:Entity {id: $to})
   OPTIONAL MATCH p = shortestPath((a)-[:${ENTITY_LINKS}*..${hops}]-(b))
   RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound,
     CASE WHEN p IS NULL THEN null ELSE [n IN nodes(p) | ${ENTITY_MAP('n')}] END AS nodes,
     CASE WHEN p IS NULL THEN null ELSE [r IN relationships(p) | ${FACT_MAP('r', shape)}] END AS facts`;
}

// The statement text depends on the hop count and the read shape only: built once for each.
const queries = new Map<string, string>();

function cachedPathQuery(hops: number, shape: FactReadShape): string {
  const key = `${hops}:${shape.articles}:${shape.lists}:${shape.evidence}:${shape.quotesOnly}`;
  let text = queries.get(key);
  if (text === undefined) queries.set(key, (text = pathQuery(hops, shape)));
  return text;
}

export interface PathRow {
  entities: EntityRow[];
  facts: FactRow[];
}

/** The path between two entity ids, and whether each exists (a missing end is no path). */
export interface PathBetween {
  fromFound: boolean;
  toFound: boolean;
  path: PathRow | null;
}

/** Call with two different ids: shortestPath refuses a path from an entity to itself. */
export async function shortestPath(reader: GraphReader, from: string, to: string, maxHops: number, read: PathFactsRead = WHOLE): Promise<PathBetween> {
  const hops = Math.min(Math.max(Math.trunc(maxHops), 1), MAX_PATH_HOPS);
  const params = { from, to, ...evidenceParams('evidence', read.evidence) };
  const [row] = await reader.rows<{ fromFound: boolean; toFound: boolean; nodes: Record<string, unknown>[] | null; facts: Record<string, unknown>[] | null }>(
    cachedPathQuery(hops, { articles: read.articles, lists: read.lists, evidence: evidenceReadOf(read.evidence), aliases: true, quotesOnly: read.quotesOnly }),
    params,
  );
  if (!row) return { fromFound: false, toFound: false, path: null };
  const path = row.nodes && row.facts ? { entities: row.nodes.map(toEntity), facts: row.facts.map(toFact) } : null;
  return { fromFound: row.fromFound, toFound: row.toFound, path };
}
