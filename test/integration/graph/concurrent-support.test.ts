// Issue #12 items 3–4: a fact's support survives concurrent writers. Many articles stating
// the same facts, loaded at the same moment in separate transactions, must each leave their
// article id and evidence on every fact (no lost update of r.articleIds); the same article
// loaded several times at once is 1 "new" and the rest "unchanged", never an error.
import { afterAll, describe, expect, it } from 'vitest';
import type { ExtractResult } from '../../../src/domain/extraction.ts';
import { loadExtraction } from '../../../src/graph/write/write-article.ts';
import { startHarness, type ApiHarness } from '../../api/support/api-harness.ts';
import { testDatabase, testDriver, uniqueId } from '../../support/neo4j.ts';
import { awardArticle, fundingArticle, idsFor } from './support/scenarios.ts';

const driver = testDriver();
const database = testDatabase();
let harness: ApiHarness | undefined;
afterAll(async () => {
  await harness?.close();
  await driver.close();
});

const load = (extract: ExtractResult) => loadExtraction(driver, extract, { database });

/** Every fact whose subject is one of the prefix's entities: its articles and evidence. */
async function supportOf(p: string): Promise<Array<{ key: string; articleIds: string[]; evidence: string[] }>> {
  const { records } = await driver.executeQuery(
    `MATCH (s:Entity)-[r]->(o) WHERE s.id STARTS WITH $prefix AND r.articleIds IS NOT NULL
     RETURN s.id + '|' + type(r) + '|' + o.id AS key, r.articleIds AS articleIds, r.evidence AS evidence ORDER BY key`,
    { prefix: `org:${p}` },
    { database },
  );
  const more = await driver.executeQuery(
    `MATCH (s:Entity)-[r]->(o) WHERE (s.id STARTS WITH $award OR s.id STARTS WITH $project) AND r.articleIds IS NOT NULL
     RETURN s.id + '|' + type(r) + '|' + o.id AS key, r.articleIds AS articleIds, r.evidence AS evidence ORDER BY key`,
    { award: `award:${p}`, project: `project:${p}` },
    { database },
  );
  return [...records, ...more.records].map((r) => ({ key: r.get('key'), articleIds: r.get('articleIds'), evidence: r.get('evidence') }));
}

describe('concurrent writers keep every article\'s support', () => {
  it('20 different articles stating the same facts, all at once: every fact has all 20, with their evidence', async () => {
    const p = uniqueId('conc');
    const articles = Array.from({ length: 20 }, (_, i) => awardArticle(p, `art:${p}-${i}`));
    const outcomes = await Promise.all(articles.map(load));
    expect(outcomes.map((o) => o.status)).toEqual(Array(20).fill('new'));
    const facts = await supportOf(p);
    expect(facts.length).toBe(6);
    for (const fact of facts) {
      expect(new Set(fact.articleIds), fact.key).toEqual(new Set(articles.map((a) => a.article.id)));
      expect(fact.articleIds.length, fact.key).toBe(20);
      const evidenceArticles = new Set(fact.evidence.map((e) => e.replace(/:s\d+$/, '')));
      expect(evidenceArticles.size, fact.key).toBe(20);
    }

    harness = await startHarness();
    const ids = idsFor(p);
    const answer = await harness.gql(`query ($s: ID!) { facts(subject: $s, predicate: WON) { nodes { articleCount supportCount } } }`, { s: ids.dic });
    expect(answer.errors).toBeUndefined();
    expect(answer.data.facts.nodes).toEqual([{ articleCount: 20, supportCount: 20 }]);
  }, 240_000);

  it('the same article 10 times at once: 1 new and 9 unchanged, no error', async () => {
    const p = uniqueId('same');
    const article = awardArticle(p);
    const outcomes = await Promise.allSettled(Array.from({ length: 10 }, () => load(article)));
    const statuses = outcomes.map((o) => (o.status === 'fulfilled' ? o.value.status : `error: ${String(o.reason)}`)).sort();
    expect(statuses).toEqual(['new', ...Array(9).fill('unchanged')]);
    for (const fact of await supportOf(p)) expect(fact.articleIds, fact.key).toEqual([article.article.id]);
  });

  it('two articles 10 times each, interleaved: 2 new and 18 unchanged, both supporting the shared fact', async () => {
    const p = uniqueId('two');
    const award = awardArticle(p);
    const funding = fundingArticle(p);
    const calls = Array.from({ length: 20 }, (_, i) => load(i % 2 === 0 ? award : funding));
    const outcomes = await Promise.allSettled(calls);
    const statuses = outcomes.map((o) => (o.status === 'fulfilled' ? o.value.status : `error: ${String(o.reason)}`)).sort();
    expect(statuses).toEqual(['new', 'new', ...Array(18).fill('unchanged')]);
    const funded = (await supportOf(p)).find((f) => f.key.includes('|FUNDED_BY|'));
    expect(new Set(funded?.articleIds)).toEqual(new Set([award.article.id, funding.article.id]));
  });
});
