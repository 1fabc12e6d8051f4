// Articles and their lexical layer: sentences, the entities they mention, mentions per sentence.
import type { ArticleRow, EntityRow, MentionRow, SentenceRow } from './models.ts';
import { countsById, itemsById, pageParams, type Page } from './paging.ts';
import type { GraphReader } from './reader.ts';
import { ARTICLE_MAP, ENTITY_MAP, SENTENCE_MAP, toArticle, toEntity, toSentence } from './rows.ts';
import { toMention } from './rows.ts';

export async function articlesByIds(reader: GraphReader, ids: readonly string[]): Promise<Map<string, ArticleRow>> {
  const rows = await reader.rows<{ a: Record<string, unknown> }>(
    `UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN ${ARTICLE_MAP('a')} AS a`,
    { ids },
  );
  return new Map(rows.map(({ a }) => [String(a.id), toArticle(a)]));
}

export async function sentencesByIds(reader: GraphReader, ids: readonly string[]): Promise<Map<string, SentenceRow>> {
  const rows = await reader.rows<{ s: Record<string, unknown> }>(
    `UNWIND $ids AS id MATCH (s:Sentence {id: id}) RETURN ${SENTENCE_MAP('s')} AS s`,
    { ids },
  );
  return new Map(rows.map(({ s }) => [String(s.id), toSentence(s)]));
}

export interface ArticleFilter {
  source: string | null;
  /** ISO dates, inclusive. */
  publishedFrom: string | null;
  publishedTo: string | null;
}

export type ArticleOrder = 'PUBLISHED_DESC' | 'PUBLISHED_ASC' | 'TITLE_ASC';

const ARTICLE_WHERE = `WHERE ($source IS NULL OR a.source = $source)
  AND ($from IS NULL OR a.publishedAt >= date($from)) AND ($to IS NULL OR a.publishedAt <= date($to))`;
const ARTICLE_ORDER: Record<ArticleOrder, string> = {
  PUBLISHED_DESC: 'ORDER BY a.publishedAt DESC, a.id ASC',
  PUBLISHED_ASC: 'ORDER BY a.publishedAt ASC, a.id ASC',
  TITLE_ASC: 'ORDER BY a.title ASC, a.id ASC',
};

function articleParams(filter: ArticleFilter) {
  return { source: filter.source, from: filter.publishedFrom, to: filter.publishedTo };
}

export async function listArticles(reader: GraphReader, filter: ArticleFilter, order: ArticleOrder, page: Page) {
  const rows = await reader.rows<{ a: Record<string, unknown> }>(
    `MATCH (a:Article) ${ARTICLE_WHERE} WITH a ${ARTICLE_ORDER[order]} SKIP $skip LIMIT $limit
     RETURN ${ARTICLE_MAP('a')} AS a`,
    { ...articleParams(filter), ...pageParams(page) },
  );
  return rows.map(({ a }) => toArticle(a));
}

export async function countArticles(reader: GraphReader, filter: ArticleFilter): Promise<number> {
  const [row] = await reader.rows<{ n: number }>(
    `MATCH (a:Article) ${ARTICLE_WHERE} RETURN count(a) AS n`,
    articleParams(filter),
  );
  return row?.n ?? 0;
}

const PER_ARTICLE = 'UNWIND $ids AS pid MATCH (a:Article {id: pid})';

export function sentencesOfArticles(reader: GraphReader, ids: readonly string[], page: Page) {
  return itemsById<SentenceRow>(
    reader,
    `${PER_ARTICLE} CALL (a) {
       MATCH (a)-[:HAS_SENTENCE]->(s:Sentence) WITH s ORDER BY s.index SKIP $skip LIMIT $limit
       RETURN collect(${SENTENCE_MAP('s')}) AS items
     } RETURN pid AS id, items`,
    { ids, ...pageParams(page) },
    toSentence,
  );
}

export function countSentencesOfArticles(reader: GraphReader, ids: readonly string[]) {
  return countsById(reader, `${PER_ARTICLE} RETURN pid AS id, COUNT { (a)-[:HAS_SENTENCE]->(:Sentence) } AS n`, { ids });
}

const ARTICLE_ENTITIES = 'MATCH (a)-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(e:Entity)';

export function entitiesOfArticles(reader: GraphReader, ids: readonly string[], page: Page) {
  return itemsById<EntityRow>(
    reader,
    `${PER_ARTICLE} CALL (a) {
       ${ARTICLE_ENTITIES} WITH DISTINCT e ORDER BY e.name, e.id SKIP $skip LIMIT $limit
       RETURN collect(${ENTITY_MAP('e')}) AS items
     } RETURN pid AS id, items`,
    { ids, ...pageParams(page) },
    toEntity,
  );
}

export function countEntitiesOfArticles(reader: GraphReader, ids: readonly string[]) {
  return countsById(
    reader,
    `${PER_ARTICLE} CALL (a) { ${ARTICLE_ENTITIES} RETURN count(DISTINCT e) AS n } RETURN pid AS id, n`,
    { ids },
  );
}

/** Every mention in each sentence, in reading order. */
export function mentionsOfSentences(reader: GraphReader, ids: readonly string[]) {
  return itemsById<MentionRow>(
    reader,
    `UNWIND $ids AS pid MATCH (s:Sentence {id: pid}) CALL (s) {
       MATCH (s)-[m:MENTIONS]->(e:Entity) WITH s, m, e ORDER BY m.start
       RETURN collect({sentenceId: s.id, entityId: e.id, start: m.start, end: m.end, text: m.text}) AS items
     } RETURN pid AS id, items`,
    { ids },
    toMention,
  );
}
