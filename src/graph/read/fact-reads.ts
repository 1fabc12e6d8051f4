// Facts: the relationships between entities (and entity → Quantity), with their provenance.
// Relationship types come only from the ontology's PREDICATES list; values are parameters.
import { PREDICATES, type Predicate } from '../../domain/ontology.ts';
import neo4j from 'neo4j-driver';
import type { FactRow } from './models.ts';
import { countsById, itemsById, pageParams, type Page } from './paging.ts';
import type { GraphReader } from './reader.ts';
import { ENTITY_MAP, FACT_MAP, parseFactKey, toEntity, toFact } from './rows.ts';

export type Direction = 'OUTGOING' | 'INCOMING' | 'BOTH';

export interface FactFilter {
  predicates: Predicate[] | null;
  minConfidence: number;
}

const PATTERN: Record<Direction, string> = {
  OUTGOING: '(e)-[r]->()',
  INCOMING: '(e)<-[r]-()',
  BOTH: '(e)-[r]-()',
};
const FACT_WHERE = `WHERE type(r) IN $predicates AND coalesce(r.confidence, 0.0) >= $minConfidence`;
const FACT_ORDER = `ORDER BY r.confidence DESC, type(r), elementId(r)`;

function filterParams(filter: FactFilter) {
  return { predicates: filter.predicates ?? [...PREDICATES], minConfidence: filter.minConfidence };
}

/**
 * One page of facts per entity, and optionally (`level.next`) a page of each fact object's
 * own facts, and so on: a three-hop question is one statement, not one per hop.
 */
export interface FactsLevel extends FactFilter {
  direction: Direction;
  page: Page;
  next: FactsLevel | null;
}

const LEVEL_PATTERN: Record<Direction, (p: string, r: string) => string> = {
  OUTGOING: (p, r) => `(${p})-[${r}]->()`,
  INCOMING: (p, r) => `(${p})<-[${r}]-()`,
  BOTH: (p, r) => `(${p})-[${r}]-()`,
};

/** `COLLECT { … }` of the facts of `parent` at `depth`, each with its object's facts nested. */
function factsTree(level: FactsLevel, depth: number, parent: string, params: Record<string, unknown>): string {
  const [r, o] = [`r${depth}`, `o${depth}`];
  Object.assign(params, {
    [`predicates${depth}`]: level.predicates ?? [...PREDICATES],
    [`minConfidence${depth}`]: level.minConfidence,
    [`skip${depth}`]: neo4j.int(level.page.skip),
    [`limit${depth}`]: neo4j.int(level.page.limit),
  });
  const next = level.next ? `, next: ${factsTree(level.next, depth + 1, o, params)}` : '';
  return `COLLECT {
    MATCH ${LEVEL_PATTERN[level.direction](parent, r)}
    WHERE type(${r}) IN $predicates${depth} AND coalesce(${r}.confidence, 0.0) >= $minConfidence${depth}
    WITH ${r}, endNode(${r}) AS ${o} ORDER BY ${r}.confidence DESC, type(${r}), elementId(${r})
    SKIP $skip${depth} LIMIT $limit${depth}
    RETURN ${FACT_MAP(r, next)} }`;
}

export function factsOfEntities(reader: GraphReader, ids: readonly string[], level: FactsLevel) {
  const params: Record<string, unknown> = { ids };
  const tree = factsTree(level, 0, 'e', params);
  return itemsById<FactRow>(reader, `UNWIND $ids AS pid MATCH (e:Entity {id: pid}) RETURN pid AS id, ${tree} AS items`, params, toFact);
}

/** One entity and a page of its facts (with `level.next` hops), in one statement. */
export async function entityWithFacts(reader: GraphReader, id: string, level: FactsLevel) {
  const params: Record<string, unknown> = { id };
  const tree = factsTree(level, 0, 'e', params);
  const [row] = await reader.rows<{ e: Record<string, unknown>; items: Record<string, unknown>[] }>(
    `MATCH (e:Entity {id: $id}) RETURN ${ENTITY_MAP('e')} AS e, ${tree} AS items`,
    params,
  );
  return row ? { entity: toEntity(row.e), facts: row.items.map(toFact) } : null;
}

export function countFactsOfEntities(reader: GraphReader, ids: readonly string[], direction: Direction, filter: FactFilter) {
  return countsById(
    reader,
    `UNWIND $ids AS pid MATCH (e:Entity {id: pid})
     RETURN pid AS id, COUNT { MATCH ${PATTERN[direction]} ${FACT_WHERE} } AS n`,
    { ids, ...filterParams(filter) },
  );
}

export interface RootFactFilter extends FactFilter {
  subjectId: string | null;
  objectId: string | null;
}

/** Anchors the match on whichever end is known, so the planner starts from an index seek. */
function rootMatch(filter: RootFactFilter): string {
  const subject = filter.subjectId ? '(s:Entity {id: $subjectId})' : '(s:Entity)';
  const object = filter.objectId ? '(o {id: $objectId})' : '(o)';
  return `MATCH ${subject}-[r]->${object} ${FACT_WHERE}`;
}

export async function listFacts(reader: GraphReader, filter: RootFactFilter, page: Page): Promise<FactRow[]> {
  const rows = await reader.rows<{ fact: Record<string, unknown> }>(
    `${rootMatch(filter)} WITH r ${FACT_ORDER} SKIP $skip LIMIT $limit RETURN ${FACT_MAP('r')} AS fact`,
    { ...filterParams(filter), subjectId: filter.subjectId, objectId: filter.objectId, ...pageParams(page) },
  );
  return rows.map(({ fact }) => toFact(fact));
}

export async function countFacts(reader: GraphReader, filter: RootFactFilter): Promise<number> {
  const [row] = await reader.rows<{ n: number }>(`${rootMatch(filter)} RETURN count(r) AS n`, {
    ...filterParams(filter),
    subjectId: filter.subjectId,
    objectId: filter.objectId,
  });
  return row?.n ?? 0;
}

/** "org:a|WON|award:b" keys → facts (for node(id)); unknown keys are absent from the map. */
export async function factsByKeys(reader: GraphReader, keys: readonly string[]): Promise<Map<string, FactRow>> {
  const parsed = keys.map(parseFactKey).filter((key) => key !== null);
  const rows = await reader.rows<{ fact: Record<string, unknown> }>(
    `UNWIND $keys AS key
     MATCH (s:Entity {id: key.subjectId})-[r]->(o {id: key.objectId})
     WHERE type(r) = key.predicate AND type(r) IN $predicates
     RETURN ${FACT_MAP('r')} AS fact`,
    { keys: parsed, predicates: [...PREDICATES] },
  );
  const facts = rows.map(({ fact }) => toFact(fact));
  return new Map(facts.map((fact) => [fact.key, fact]));
}

// An article's facts: reached through its sentences' mentions, kept when the article is
// among the fact's sources.
const ARTICLE_FACTS = `MATCH (a)-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(:Entity)-[r]->()
  WHERE a.id IN r.articleIds AND type(r) IN $predicates AND coalesce(r.confidence, 0.0) >= $minConfidence`;

export function factsOfArticles(reader: GraphReader, ids: readonly string[], filter: FactFilter, page: Page) {
  return itemsById<FactRow>(
    reader,
    `UNWIND $ids AS pid MATCH (a:Article {id: pid}) CALL (a) {
       ${ARTICLE_FACTS}
       WITH DISTINCT r ${FACT_ORDER} SKIP $skip LIMIT $limit
       RETURN collect(${FACT_MAP('r')}) AS items
     } RETURN pid AS id, items`,
    { ids, ...filterParams(filter), ...pageParams(page) },
    toFact,
  );
}

export function countFactsOfArticles(reader: GraphReader, ids: readonly string[], filter: FactFilter) {
  return countsById(
    reader,
    `UNWIND $ids AS pid MATCH (a:Article {id: pid}) CALL (a) { ${ARTICLE_FACTS} RETURN count(DISTINCT r) AS n }
     RETURN pid AS id, n`,
    { ids, ...filterParams(filter) },
  );
}

