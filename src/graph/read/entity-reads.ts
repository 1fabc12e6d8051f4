// Entities: by id, listed, searched, and what hangs off them (mentions, articles, quantities).
import type { EntityType } from '../../domain/ontology.ts';
import type { EntityRow, MentionRow, QuantityRow, ArticleRow } from './models.ts';
import { countsById, itemsById, pageParams, type Page } from './paging.ts';
import type { GraphReader } from './reader.ts';
import { ARTICLE_MAP, ENTITY_MAP, QUANTITY_MAP, toArticle, toEntity, toMention, toQuantity } from './rows.ts';

export async function entitiesByIds(reader: GraphReader, ids: readonly string[]): Promise<Map<string, EntityRow>> {
  const rows = await reader.rows<{ e: Record<string, unknown> }>(
    `UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN ${ENTITY_MAP('e')} AS e`,
    { ids },
  );
  return new Map(rows.map(({ e }) => [String(e.id), toEntity(e)]));
}

export interface EntityFilter {
  types: EntityType[] | null;
  /** Already folded with foldText: "da nang". */
  nameContains: string | null;
}

export type EntityOrder = 'NAME_ASC' | 'NAME_DESC' | 'MENTIONS_DESC';

const ENTITY_WHERE = `WHERE ($types IS NULL OR e.type IN $types) AND ($name IS NULL OR e.nameKey CONTAINS $name)`;
const ENTITY_ORDER: Record<EntityOrder, string> = {
  NAME_ASC: 'ORDER BY e.name ASC, e.id ASC',
  NAME_DESC: 'ORDER BY e.name DESC, e.id ASC',
  MENTIONS_DESC: 'ORDER BY COUNT { (e)<-[:MENTIONS]-() } DESC, e.name ASC, e.id ASC',
};

export async function listEntities(reader: GraphReader, filter: EntityFilter, order: EntityOrder, page: Page) {
  const rows = await reader.rows<{ e: Record<string, unknown> }>(
    `MATCH (e:Entity) ${ENTITY_WHERE} WITH e ${ENTITY_ORDER[order]} SKIP $skip LIMIT $limit RETURN ${ENTITY_MAP('e')} AS e`,
    { types: filter.types, name: filter.nameContains, ...pageParams(page) },
  );
  return rows.map(({ e }) => toEntity(e));
}

export async function countEntities(reader: GraphReader, filter: EntityFilter): Promise<number> {
  const [row] = await reader.rows<{ n: number }>(`MATCH (e:Entity) ${ENTITY_WHERE} RETURN count(e) AS n`, {
    types: filter.types,
    name: filter.nameContains,
  });
  return row?.n ?? 0;
}

const SEARCH = `CALL db.index.fulltext.queryNodes('entityNames', $q) YIELD node AS e, score
WHERE $types IS NULL OR e.type IN $types`;

export async function searchEntities(reader: GraphReader, q: string, types: EntityType[] | null, page: Page) {
  // Without a type filter the index pages itself (already in score order): no full sort.
  const query = types
    ? `${SEARCH} WITH e, score ORDER BY score DESC, e.name ASC, e.id ASC SKIP $skip LIMIT $limit`
    : `CALL db.index.fulltext.queryNodes('entityNames', $q, {skip: $skip, limit: $limit}) YIELD node AS e, score`;
  const rows = await reader.rows<{ e: Record<string, unknown>; score: number }>(
    `${query} RETURN ${ENTITY_MAP('e')} AS e, score`,
    { q, types, ...pageParams(page) },
  );
  return rows.map(({ e, score }) => ({ ...toEntity(e), score }));
}

export async function countSearch(reader: GraphReader, q: string, types: EntityType[] | null): Promise<number> {
  const [row] = await reader.rows<{ n: number }>(`${SEARCH} RETURN count(e) AS n`, { q, types });
  return row?.n ?? 0;
}

const PER_ENTITY = 'UNWIND $ids AS pid MATCH (e:Entity {id: pid})';

export function mentionsOfEntities(reader: GraphReader, ids: readonly string[], page: Page) {
  return itemsById<MentionRow>(
    reader,
    `${PER_ENTITY} CALL (e) {
       MATCH (s:Sentence)-[m:MENTIONS]->(e)
       WITH s, m ORDER BY s.articleId, s.index, m.start SKIP $skip LIMIT $limit
       RETURN collect({sentenceId: s.id, entityId: e.id, start: m.start, end: m.end, text: m.text}) AS items
     } RETURN pid AS id, items`,
    { ids, ...pageParams(page) },
    toMention,
  );
}

export function countMentionsOfEntities(reader: GraphReader, ids: readonly string[]) {
  return countsById(reader, `${PER_ENTITY} RETURN pid AS id, COUNT { (e)<-[:MENTIONS]-(:Sentence) } AS n`, { ids });
}

const ARTICLES_OF = `MATCH (e)<-[:MENTIONS]-(:Sentence)<-[:HAS_SENTENCE]-(a:Article)`;

export function articlesOfEntities(reader: GraphReader, ids: readonly string[], page: Page) {
  return itemsById<ArticleRow>(
    reader,
    `${PER_ENTITY} CALL (e) {
       ${ARTICLES_OF} WITH DISTINCT a ORDER BY a.publishedAt DESC, a.id SKIP $skip LIMIT $limit
       RETURN collect(${ARTICLE_MAP('a')}) AS items
     } RETURN pid AS id, items`,
    { ids, ...pageParams(page) },
    toArticle,
  );
}

export function countArticlesOfEntities(reader: GraphReader, ids: readonly string[]) {
  return countsById(
    reader,
    `${PER_ENTITY} CALL (e) { ${ARTICLES_OF} RETURN count(DISTINCT a) AS n } RETURN pid AS id, n`,
    { ids },
  );
}

/** Every quantity attached to each entity (HAS_QUANTITY), at most 100 each. */
export function quantitiesOfEntities(reader: GraphReader, ids: readonly string[]) {
  return itemsById<QuantityRow>(
    reader,
    `${PER_ENTITY} CALL (e) {
       MATCH (e)-[:HAS_QUANTITY]->(q:Quantity)
       WITH q ORDER BY q.kind, q.value, q.id LIMIT 100
       RETURN collect(${QUANTITY_MAP('q')}) AS items
     } RETURN pid AS id, items`,
    { ids },
    toQuantity,
  );
}
