// Issue #15 "Deleting an article": `kg delete` and the deleteArticle mutation take an article
// out (its sentences and mentions; its support and evidence on every fact; facts, quantities
// and entities left without support), idempotently; loading it again gives back exactly the
// graph there was before.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../src/config.ts';
import { ingestArticle, ingestPaths } from '../../../src/ingest/ingest-articles.ts';
import { deleteArticles } from '../../../src/graph/write/delete-article.ts';
import { startHarness, TEST_TOKEN, type ApiHarness } from '../../api/support/api-harness.ts';
import { testConfig, testDatabase, testDriver, uniqueId } from '../../support/neo4j.ts';
import { runKg } from '../../support/run-kg.ts';
import { graphDigest } from '../reliability/support/graph-digest.ts';
import { graphDigest as prefixDigest } from './support/graph-digest.ts';
import { awardArticle } from './support/scenarios.ts';

const driver = testDriver();
const database = testDatabase();
const SAMPLES = path.join(REPO_ROOT, 'samples', 'articles');
let articleId = '';
let before = '';

const loadSamples = async () => {
  const summary = await ingestPaths(driver, [SAMPLES], { database });
  expect(summary.failed).toBe(0);
  return summary.articles[0]!.articleId!;
};
const digest = async () => (await graphDigest(driver, database)).digest;
const rows = async (query: string) => (await driver.executeQuery(query, { id: articleId }, { database })).records.map((r) => r.toObject());

/** Facts only this article supports, and entities only its sentences mention: what must go. */
async function ownedBy(): Promise<{ facts: string[]; entities: string[] }> {
  const facts = await rows(`MATCH (s)-[r]->(o) WHERE r.articleIds = [$id] RETURN s.id + '|' + type(r) + '|' + o.id AS key`);
  const entities = await rows(`MATCH (e:Entity)<-[:MENTIONS]-(s:Sentence) WITH e, collect(DISTINCT s.articleId) AS articles WHERE articles = [$id] RETURN e.id AS key`);
  return { facts: facts.map((f) => f.key as string), entities: entities.map((e) => e.key as string) };
}

async function leftOf(owned: { facts: string[]; entities: string[] }) {
  const [traces] = await rows(`
    CALL () { MATCH (a:Article {id: $id}) RETURN count(a) AS articles }
    CALL () { MATCH (s:Sentence {articleId: $id}) RETURN count(s) AS sentences }
    CALL () { MATCH ()-[r]->() WHERE $id IN r.articleIds RETURN count(r) AS supported }
    CALL () { MATCH ()-[r]->() WHERE any(e IN r.evidence WHERE e STARTS WITH $id + ':') RETURN count(r) AS evidenced }
    CALL () { MATCH (q:Quantity) WHERE NOT EXISTS { ()-[:HAS_QUANTITY]->(q) } RETURN count(q) AS orphanQuantities }
    RETURN articles, sentences, supported, evidenced, orphanQuantities`);
  const facts = await driver.executeQuery(`MATCH (s)-[r]->(o) WHERE s.id + '|' + type(r) + '|' + o.id IN $keys RETURN count(r) AS n`, { keys: owned.facts }, { database });
  const entities = await driver.executeQuery('MATCH (e:Entity) WHERE e.id IN $ids RETURN count(e) AS n', { ids: owned.entities }, { database });
  const counts = { ...traces, ownFacts: facts.records[0]!.get('n'), ownEntities: entities.records[0]!.get('n') };
  return Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, Number(v)]));
}

const NOTHING_LEFT = { articles: 0, sentences: 0, supported: 0, evidenced: 0, orphanQuantities: 0, ownFacts: 0, ownEntities: 0 };

beforeAll(async () => {
  articleId = await loadSamples();
  before = await digest();
});
afterAll(() => driver.close());

describe('deleteArticles', () => {
  it('takes the sample article out: none of its facts, sentences, evidence or lone entities remain', async () => {
    const owned = await ownedBy();
    expect(owned.facts.length).toBeGreaterThan(0);
    expect(owned.entities.length).toBeGreaterThan(0);
    const [outcome] = await deleteArticles(driver, [articleId], { database });
    expect(outcome).toMatchObject({ articleId, status: 'deleted', factsRemoved: owned.facts.length });
    expect(await leftOf(owned)).toEqual(NOTHING_LEFT);
  });

  it('is idempotent: deleting again is "absent" and changes nothing', async () => {
    const after = await digest();
    expect(await deleteArticles(driver, [articleId], { database })).toEqual([{ articleId, status: 'absent', factsRemoved: 0, entitiesRemoved: 0, newOriginalId: null, copiesRelinked: 0 }]);
    expect(await digest()).toBe(after);
  });

  it('ingesting it again gives the same graph as before the delete', async () => {
    expect(await loadSamples()).toBe(articleId);
    expect(await digest()).toBe(before);
  });

  it('keeps the facts another article still states, with that article\'s support only', async () => {
    const text = await readFile(path.join(SAMPLES, 'danang-futuregov.txt'), 'utf8');
    const { report: copy } = await ingestArticle(driver, { origin: 'copy', text: `${text}\nBài viết được đăng lại.` }, { database });
    expect(copy.status).toBe('new');
    const shared = (await rows(`MATCH (s)-[r]->(o) WHERE $id IN r.articleIds RETURN s.id + '|' + type(r) + '|' + o.id AS key ORDER BY key`)).map((r) => r.key);
    expect(shared.length).toBeGreaterThan(0);
    await deleteArticles(driver, [articleId], { database });
    // Other test files may have loaded other articles stating the same facts: what matters is
    // that the copy's support stays and none of the deleted article's is left.
    const kept = await driver.executeQuery(
      `MATCH (s)-[r]->(o) WHERE s.id + '|' + type(r) + '|' + o.id IN $keys
       RETURN r.articleIds AS ids, [e IN r.evidence WHERE e STARTS WITH $id + ':'] AS deletedEvidence, [e IN r.evidence WHERE e STARTS WITH $copy + ':'] AS copyEvidence`,
      { keys: shared, copy: copy.articleId, id: articleId },
      { database },
    );
    expect(kept.records.length).toBe(shared.length);
    for (const record of kept.records) {
      expect(record.get('ids')).toContain(copy.articleId);
      expect(record.get('ids')).not.toContain(articleId);
      expect(record.get('deletedEvidence')).toEqual([]);
      expect(record.get('copyEvidence').length).toBeGreaterThan(0);
    }
    await deleteArticles(driver, [copy.articleId!], { database });
    await loadSamples();
    expect(await digest()).toBe(before);
  });
});

describe('kg delete', () => {
  const env = () => {
    const c = testConfig();
    return { NEO4J_URI: c.neo4j.uri!, NEO4J_USER: c.neo4j.user, NEO4J_PASSWORD: c.neo4j.password, NEO4J_DATABASE: c.neo4j.database };
  };

  it('deletes, says so, and says when there is nothing to delete', async () => {
    const first = await runKg(['delete', articleId], env());
    expect(first.code).toBe(0);
    // Other test files may have loaded near-copies of the sample: one of them is then named as the story's new original.
    expect(first.stdout).toMatch(
      new RegExp(`^${articleId}: deleted \\(\\d+ fact\\(s\\) and \\d+ entit(y|ies) left without support removed\\)(; .* is now the story's original)?\\n$`),
    );
    const again = await runKg(['delete', articleId], env());
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(`${articleId}: not in the graph, nothing to delete\n`);
    await loadSamples();
    expect(await digest()).toBe(before);
  });

  it('refuses what is not an article id, changing nothing', async () => {
    const run = await runKg(['delete', "x' OR 1=1"], env());
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/is not an article id/);
    expect(await digest()).toBe(before);
  });
});

describe('the deleteArticle mutation', () => {
  // An article of its own (ids under a unique prefix), so the round trip is compared on this
  // test's rows only, whatever other test files left in the shared database.
  const prefix = uniqueId('del-api');
  const article = awardArticle(prefix);
  const ownRows = () => prefixDigest(driver, prefix);
  let api: ApiHarness;
  let ownBefore = '';
  beforeAll(async () => {
    api = await startHarness();
    await api.load(article);
    ownBefore = await ownRows();
  });
  afterAll(() => api.close());
  const DELETE = 'mutation($id: ID!) { deleteArticle(id: $id) { __typename ... on DeleteArticlePayload { articleId deleted factsRemoved } ... on Error { message } } }';

  it('needs the token', async () => {
    const res = await api.gql(DELETE, { id: article.article.id });
    expect(res.data.deleteArticle.__typename).toBe('NotAuthorizedError');
    expect(await ownRows()).toBe(ownBefore);
  });

  it('deletes with the token, then answers deleted: false', async () => {
    const auth = { authorization: `Bearer ${TEST_TOKEN}` };
    const first = await api.gql(DELETE, { id: article.article.id }, auth);
    expect(first.data.deleteArticle).toMatchObject({ __typename: 'DeleteArticlePayload', articleId: article.article.id, deleted: true });
    expect(first.data.deleteArticle.factsRemoved).toBeGreaterThan(0);
    expect(await ownRows()).toBe('');
    const again = await api.gql(DELETE, { id: article.article.id }, auth);
    expect(again.data.deleteArticle).toMatchObject({ deleted: false, factsRemoved: 0 });
    await api.load(article);
    expect(await ownRows()).toBe(ownBefore);
  });
});
