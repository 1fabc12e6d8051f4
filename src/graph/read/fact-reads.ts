// Facts: the relationships between entities (and entity → Quantity), with their provenance.
// Relationship types come only from the ontology's PREDICATES list; values are parameters.
import { PREDICATES, type Predicate } from '../../domain/ontology.ts';
import neo4j from 'neo4j-driver';
import type { EvidencePage, FactRow } from './models.ts';
import { countsById, itemsById, pageParams, type Page } from './paging.ts';
import type { GraphReader } from './reader.ts';
import { BOUND_FACT_MAP, ENTITY_MAP, evidenceParams, evidenceReadOf, FACT_MAP, type FactReadShape, parseFactKey, toEntity, toFact } from './rows.ts';

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
  /** Whether the evidence's articles are read at this level (fetched along only then). */
  articles: boolean;
  /** Whether counts built on the evidence and article id lists are read at this level. */
  lists: boolean;
  /** Which of each fact's evidence sentences are read ({skip: 0, limit: 0}: none). */
  evidence: EvidencePage;
  /** Whether the facts' ends are read with their aliases. */
  aliases: boolean;
  /** Whether the evidence's quotes are all that is selected of it (FactReadShape.quotesOnly). */
  quotesOnly: boolean;
  next: FactsLevel | null;
}

/** The ontology's relationship types among `predicates`, as a pattern's `:A|B|C` ('' for none). */
function relTypes(predicates: readonly Predicate[] | null): string {
  const wanted = predicates ?? PREDICATES;
  return PREDICATES.filter((p) => wanted.includes(p)).join('|');
}

/** `COLLECT { … }` of the facts of `parent` at `depth`, each with its object's facts nested. */
function factsTree(level: FactsLevel, depth: number, parent: string): string {
  const [r, s, o] = [`r${depth}`, `s${depth}`, `o${depth}`];
  // A typed pattern lets Neo4j expand only those types instead of filtering type(r) over
  // every relationship of the parent; no type asked means no fact.
  const types = relTypes(level.predicates);
  const rel = types ? `${r}:${types}` : r;
  const pattern = { OUTGOING: `(${parent})-[${rel}]->()`, INCOMING: `(${parent})<-[${rel}]-()`, BOTH: `(${parent})-[${rel}]-()` }[level.direction];
  const next = level.next ? `, next: ${factsTree(level.next, depth + 1, o)}` : '';
  return `COLLECT {
    MATCH ${pattern} WHERE ${types ? '' : 'false AND '}coalesce(${r}.confidence, 0.0) >= $minConfidence${depth}
    WITH ${r} ORDER BY ${r}.confidence DESC, type(${r}), elementId(${r}) SKIP $skip${depth} LIMIT $limit${depth}
    WITH ${r}, startNode(${r}) AS ${s}, endNode(${r}) AS ${o}
    RETURN ${BOUND_FACT_MAP(r, s, o, shapeOfLevel(level), `evidence${depth}`, next)} }`;
}

function shapeOfLevel(level: FactsLevel): FactReadShape {
  return { articles: level.articles, lists: level.lists, evidence: evidenceReadOf(level.evidence), aliases: level.aliases, quotesOnly: level.quotesOnly };
}

function treeParams(level: FactsLevel, params: Record<string, unknown>, depth = 0): Record<string, unknown> {
  Object.assign(params, {
    [`minConfidence${depth}`]: level.minConfidence,
    [`skip${depth}`]: neo4j.int(level.page.skip),
    [`limit${depth}`]: neo4j.int(level.page.limit),
  });
  Object.assign(params, evidenceParams(`evidence${depth}`, level.evidence));
  return level.next ? treeParams(level.next, params, depth + 1) : params;
}

/** What the statement text depends on (values are parameters and are not part of it). */
function shapeOf(level: FactsLevel | null): string {
  if (!level) return '';
  const flags = `${level.articles ? 'a' : ''}${level.lists ? 'l' : ''}${level.aliases ? 'n' : ''}${level.quotesOnly ? 'q' : ''}${evidenceReadOf(level.evidence)}`;
  return `${level.direction}:${relTypes(level.predicates)}:${flags}/${shapeOf(level.next)}`;
}

// The same query shape builds the same text, so it is built once. Bounded: shapes come
// from clients (any subset of predicates), so the cache is dropped when full.
const TREE_CACHE_MAX = 500;
const treeCache = new Map<string, string>();

function cachedTree(level: FactsLevel): string {
  const shape = shapeOf(level);
  let text = treeCache.get(shape);
  if (text === undefined) {
    if (treeCache.size >= TREE_CACHE_MAX) treeCache.clear();
    text = factsTree(level, 0, 'e');
    treeCache.set(shape, text);
  }
  return text;
}

export function factsOfEntities(reader: GraphReader, ids: readonly string[], level: FactsLevel) {
  const params = treeParams(level, { ids });
  return itemsById<FactRow>(reader, `UNWIND $ids AS pid MATCH (e:Entity {id: pid}) RETURN pid AS id, ${cachedTree(level)} AS items`, params, toFact);
}

/** One entity and a page of its facts (with `level.next` hops), in one statement. */
export async function entityWithFacts(reader: GraphReader, id: string, level: FactsLevel) {
  const [row] = await reader.rows<{ e: Record<string, unknown>; items: Record<string, unknown>[] }>(
    `MATCH (e:Entity {id: $id}) RETURN ${ENTITY_MAP('e')} AS e, ${cachedTree(level)} AS items`,
    treeParams(level, { id }),
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

