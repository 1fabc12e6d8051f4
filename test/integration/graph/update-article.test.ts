// A changed version of an article (same id, new contentHash) replaces its sentences and
// mentions, withdraws the support it alone gave, deletes what nothing supports any more,
// and keeps what other articles still support.
import { afterAll, describe, expect, it } from 'vitest';
import type { ExtractResult } from '../../../src/domain/extraction.ts';
import { loadExtraction } from '../../../src/graph/write/write-article.ts';
import { buildExtract } from '../../support/extract-builder.ts';
import { testDatabase, testDriver, uniqueId } from '../../support/neo4j.ts';
import { awardArticle, fundingArticle, idsFor } from './support/scenarios.ts';

const driver = testDriver();
afterAll(() => driver.close());
const database = testDatabase();
const query = async (cypher: string, params: Record<string, unknown> = {}) =>
  (await driver.executeQuery(cypher, params, { database })).records.map((r) => r.toObject());
const exists = async (id: string) => (await query('MATCH (n {id: $id}) RETURN n.id AS id', { id })).length === 1;

/** The corrected award article: same id and URL; no longer says who funded the project or
 *  where the department is; now says the award was organized by FutureGov. */
function corrected(p: string, articleId: string): ExtractResult {
  const ids = idsFor(p);
  return buildExtract({
    id: articleId,
    publishedAt: '2022-01-25',
    url: `https://example.test/${p}/award`,
    sentences: ['Bản sửa: Sở Thông tin và Truyền thông Đà Nẵng nhận giải "Tổ chức tiêu biểu năm 2011".', 'Giải do FutureGov tổ chức.'],
    entities: [
      { id: ids.dic, type: 'Organization', name: 'Sở Thông tin và Truyền thông TP Đà Nẵng', mentions: [[0, 'Sở Thông tin và Truyền thông Đà Nẵng']] },
      { id: ids.award, type: 'Award', name: 'Tổ chức tiêu biểu năm 2011', mentions: [[0, 'Tổ chức tiêu biểu năm 2011']] },
      { id: ids.futuregov, type: 'Organization', name: 'FutureGov', mentions: [[1, 'FutureGov']] },
    ],
    facts: [
      { subject: ids.dic, predicate: 'WON', object: ids.award, sentences: [0], qualifiers: { year: 2011 }, confidence: 0.6 },
      { subject: ids.award, predicate: 'ORGANIZED_BY', object: ids.futuregov, sentences: [1] },
    ],
  });
}

describe('updating an article', () => {
  it('replaces its sentences and support, keeping what another article supports', async () => {
    const p = uniqueId('upd');
    const ids = idsFor(p);
    const original = awardArticle(p);
    const other = fundingArticle(p);
    await loadExtraction(driver, original, { database });
    await loadExtraction(driver, other, { database });

    const outcome = await loadExtraction(driver, corrected(p, original.article.id), { database });
    // Gone: AWARDED_BY, AWARDED_FOR, LOCATED_IN, HAS_QUANTITY (FUNDED_BY lives on through the other article).
    expect(outcome).toMatchObject({ status: 'updated', factsAdded: 1, factsRemoved: 4, entitiesAdded: 0, entitiesRemoved: 0 });

    const sentences = await query('MATCH (:Article {id: $id})-[:HAS_SENTENCE]->(s) RETURN s.text AS text ORDER BY s.index', { id: original.article.id });
    expect(sentences.map((s) => s.text)).toEqual(corrected(p, original.article.id).sentences.map((s) => s.text));
    const [article] = await query('MATCH (a:Article {id: $id}) RETURN toString(a.publishedAt) AS date', { id: original.article.id });
    expect(article?.date).toBe('2022-01-25');

    // The fact only the other article still supports keeps only its support.
    const [funded] = await query(
      'MATCH (:Project {id: $project})-[r:FUNDED_BY]->(:Organization {id: $wb}) RETURN r.articleIds AS a, r.evidence AS e, r.confidence AS c',
      ids,
    );
    expect(funded).toEqual({ a: [other.article.id], e: [`${other.article.id}:s0`], c: 0.95 });
    // A restated fact keeps one relationship with the new evidence and confidence.
    const [won] = await query('MATCH (:Organization {id: $dic})-[r:WON]->() RETURN r.articleIds AS a, r.evidence AS e, r.confidence AS c', ids);
    expect(won).toEqual({ a: [original.article.id], e: [`${original.article.id}:s0`], c: 0.6 });

    const facts = await query(
      'MATCH (s:Entity)-[r]->(o) WHERE s.id CONTAINS $p AND type(r) <> "MENTIONS" RETURN type(r) AS t ORDER BY t',
      { p },
    );
    expect(facts.map((f) => f.t)).toEqual(['FUNDED_BY', 'ORGANIZED_BY', 'WON']);
    expect(await query('MATCH (q:Quantity)<-[:HAS_QUANTITY]-(e) WHERE e.id CONTAINS $p RETURN q', { p })).toEqual([]);
    // Mentioned by the other article only: kept. Mentioned by no one: deleted.
    expect(await exists(ids.project)).toBe(true);
    expect(await exists(ids.wb)).toBe(true);
    expect(await exists(ids.danang)).toBe(true);
  });

  it('deletes entities and quantity nodes nothing supports any more', async () => {
    const p = uniqueId('upd-del');
    const ids = idsFor(p);
    const original = awardArticle(p);
    await loadExtraction(driver, original, { database });
    const quantity = await query('MATCH (:Project {id: $project})-[:HAS_QUANTITY]->(q) RETURN q.id AS id', ids);
    expect(quantity).toHaveLength(1);

    const outcome = await loadExtraction(driver, corrected(p, original.article.id), { database });
    expect(outcome).toMatchObject({ status: 'updated', entitiesRemoved: 3, factsRemoved: 5, factsAdded: 1 });
    for (const id of [ids.project, ids.wb, ids.danang, quantity[0]?.id as string]) expect(await exists(id)).toBe(false);
    for (const id of [ids.dic, ids.award, ids.futuregov]) expect(await exists(id)).toBe(true);
    const orphans = await query(
      'MATCH (s:Sentence) WHERE s.articleId = $id AND NOT EXISTS { (:Article)-[:HAS_SENTENCE]->(s) } RETURN s',
      { id: original.article.id },
    );
    expect(orphans).toEqual([]);
  });
});
