// The loader against the real Neo4j: the graph of one article, idempotent re-ingest,
// support accumulating across articles, numbers as integers and dates as Date.
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { loadExtraction } from '../../../src/graph/write/write-article.ts';
import { testDatabase, testDriver, uniqueId } from '../../support/neo4j.ts';
import { countsOf, graphDigest } from './support/graph-digest.ts';
import { awardArticle, fundingArticle, idsFor } from './support/scenarios.ts';

const driver = testDriver();
afterAll(() => driver.close());
const database = testDatabase();
const query = async (cypher: string, params: Record<string, unknown>) =>
  (await driver.executeQuery(cypher, params, { database })).records.map((r) => r.toObject());

describe('loading one article', () => {
  it('builds the lexical layer: sentences, mentions with sentence-relative offsets', async () => {
    const p = uniqueId('lex');
    const result = awardArticle(p);
    const outcome = await loadExtraction(driver, result, { database });
    expect(outcome).toMatchObject({ status: 'new', entitiesAdded: 6, factsAdded: 6 });
    const mentions = await query(
      `MATCH (a:Article {id: $id})-[:HAS_SENTENCE]->(s:Sentence)-[m:MENTIONS]->(e:Entity)
       RETURN s.id AS sid, s.text AS text, m.start AS start, m.end AS end, m.text AS mention, e.id AS entity`,
      { id: result.article.id },
    );
    expect(mentions).toHaveLength(result.entities.reduce((n, e) => n + e.mentions.length, 0));
    for (const m of mentions) {
      expect((m.text as string).slice(Number(m.start), Number(m.end))).toBe(m.mention);
    }
    const [entity] = await query('MATCH (e:Entity {id: $id}) RETURN labels(e) AS labels, e.type AS type, e.nameKey AS key', { id: idsFor(p).dic });
    expect(entity).toEqual({ labels: expect.arrayContaining(['Entity', 'Organization']), type: 'Organization', key: 'so thong tin va truyen thong tp da nang' });
  });

  it('stores integers as integers and dates as Neo4j Date', async () => {
    const p = uniqueId('types');
    const result = awardArticle(p);
    await loadExtraction(driver, result, { database });
    const [row] = await query(
      `MATCH (a:Article {id: $id})
       MATCH (:Project {id: $project})-[f:FUNDED_BY]->(), (:Project {id: $project})-[:HAS_QUANTITY]->(q:Quantity)
       MATCH (:Organization {id: $dic})-[w:WON]->()
       MATCH (a)-[:HAS_SENTENCE]->(s:Sentence {index: 1})
       RETURN valueType(a.publishedAt) AS published, valueType(f.amount) AS amount, valueType(q.value) AS value,
              valueType(w.year) AS year, valueType(s.index) AS index, valueType(s.start) AS start,
              valueType(w.confidence) AS confidence, a.publishedAt AS date, q.value AS v`,
      { id: result.article.id, project: idsFor(p).project, dic: idsFor(p).dic },
    );
    expect(row).toMatchObject({
      published: 'DATE NOT NULL',
      amount: 'INTEGER NOT NULL',
      value: 'INTEGER NOT NULL',
      year: 'INTEGER NOT NULL',
      index: 'INTEGER NOT NULL',
      start: 'INTEGER NOT NULL',
      confidence: 'FLOAT NOT NULL',
    });
    expect(String(row?.date)).toBe('2022-01-24');
    expect(neo4j.integer.toNumber(row?.v as never)).toBe(29_300_000);
  });

  it('is idempotent: the same article again changes nothing and reports unchanged', async () => {
    const p = uniqueId('idem');
    await loadExtraction(driver, awardArticle(p), { database });
    await loadExtraction(driver, fundingArticle(p), { database });
    const before = { digest: await graphDigest(driver, p), counts: await countsOf(driver, p) };
    const again = [await loadExtraction(driver, awardArticle(p), { database }), await loadExtraction(driver, fundingArticle(p), { database })];
    expect(again.map((o) => o.status)).toEqual(['unchanged', 'unchanged']);
    expect(again.map((o) => o.entitiesAdded + o.factsAdded)).toEqual([0, 0]);
    expect(await countsOf(driver, p)).toEqual(before.counts);
    expect(await graphDigest(driver, p)).toBe(before.digest);
  });
});

describe('support across articles', () => {
  it('makes one relationship listing both articles and both evidence sentences', async () => {
    const p = uniqueId('support');
    const a = awardArticle(p);
    const b = fundingArticle(p);
    await loadExtraction(driver, a, { database });
    const second = await loadExtraction(driver, b, { database });
    expect(second).toMatchObject({ status: 'new', factsAdded: 0, entitiesAdded: 0 });
    const rels = await query(
      `MATCH (:Project {id: $project})-[r:FUNDED_BY]->(:Organization {id: $wb})
       RETURN r.articleIds AS articleIds, r.evidence AS evidence, r.confidence AS confidence, r.amount AS amount`,
      idsFor(p),
    );
    expect(rels).toHaveLength(1);
    expect(rels[0]?.articleIds).toEqual([a.article.id, b.article.id]);
    expect(rels[0]?.evidence).toEqual([`${a.article.id}:s1`, `${b.article.id}:s0`]);
    expect(rels[0]?.confidence).toBe(0.95);
    expect(Number(rels[0]?.amount)).toBe(29_300_000);
    // Aliases accumulate as a set; the full-text forms with them.
    const [wb] = await query('MATCH (e:Entity {id: $wb}) RETURN e.aliases AS aliases, e.searchText AS search', idsFor(p));
    expect(wb?.aliases).toEqual(['Ngân hàng Thế giới', 'WB', 'World Bank']);
    expect((wb?.search as string).split('\n')).toEqual(expect.arrayContaining(['ngan hang the gioi', 'nganhangthegioi', 'wb', 'world bank', 'worldbank']));
  });

  it('finds entities by folded name through the entityNames full-text index', async () => {
    const p = uniqueId('search');
    await loadExtraction(driver, awardArticle(p), { database });
    const hits = async (q: string) =>
      (
        await query(
          `CALL db.index.fulltext.queryNodes('entityNames', $q) YIELD node
           WHERE node.id CONTAINS $p RETURN node.id AS id`,
          { q, p },
        )
      ).map((r) => r.id);
    const ids = idsFor(p);
    expect(await hits('"future gov"')).toContain(ids.futuregov);
    expect(await hits('futuregov')).toContain(ids.futuregov);
    expect(await hits('"da nang"')).toEqual(expect.arrayContaining([ids.danang, ids.dic]));
    expect(await hits('"ngan hang the gioi"')).toContain(ids.wb);
  });
});
