// Near-copies (src/graph/write/link-duplicates.ts): which article a copy repeats, the copies
// of an original, and each article's story (its original's id, or its own), from which a
// fact's distinct stories are counted at read time.
import type { ArticleRow } from './models.ts';
import type { GraphReader } from './reader.ts';
import { ARTICLE_MAP, toArticle } from './rows.ts';

/** Copies listed per original at most (a wire story can be re-posted hundreds of times). */
export const MAX_DUPLICATES_LISTED = 100;

/** The original each copy repeats; articles that are no copy are absent. */
export async function originalsOfArticles(reader: GraphReader, ids: readonly string[]): Promise<Map<string, ArticleRow>> {
  const rows = await reader.rows<{ id: string; o: Record<string, unknown> }>(
    `UNWIND $ids AS id MATCH (:Article {id: id})-[:DUPLICATE_OF]->(o:Article) RETURN id, ${ARTICLE_MAP('o')} AS o`,
    { ids },
  );
  return new Map(rows.map(({ id, o }) => [id, toArticle(o)]));
}

/** Each original's copies (ids ascending, at most MAX_DUPLICATES_LISTED) and how many there are. */
export async function duplicatesOfArticles(
  reader: GraphReader,
  ids: readonly string[],
): Promise<Map<string, { total: number; articles: ArticleRow[] }>> {
  const rows = await reader.rows<{ id: string; total: number; copies: Array<Record<string, unknown>> }>(
    `UNWIND $ids AS id MATCH (a:Article {id: id})
     CALL (a) {
       MATCH (c:Article)-[:DUPLICATE_OF]->(a) WITH c ORDER BY c.id
       RETURN count(c) AS total, collect(c)[..$limit] AS listed
     }
     RETURN id, total, [c IN listed | ${ARTICLE_MAP('c')}] AS copies`,
    { ids, limit: MAX_DUPLICATES_LISTED },
  );
  return new Map(rows.map(({ id, total, copies }) => [id, { total: Number(total), articles: copies.map(toArticle) }]));
}

/** Article id → its story's id: the original's for a copy, its own otherwise. */
export async function storiesOfArticles(reader: GraphReader, ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await reader.rows<{ id: string; story: string }>(
    `UNWIND $ids AS id MATCH (a:Article {id: id})
     OPTIONAL MATCH (a)-[:DUPLICATE_OF]->(o:Article)
     RETURN id, coalesce(o.id, a.id) AS story`,
    { ids },
  );
  return new Map(rows.map(({ id, story }) => [id, story]));
}
