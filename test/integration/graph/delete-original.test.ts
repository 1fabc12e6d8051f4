// Deleting a story's original (issue #13): its near-copies are not left unlinked. The earliest
// published copy becomes the original and the other copies are linked to it, in the delete's
// transaction, so every fact the copies state still counts one story; through the library,
// the deleteArticle mutation and `kg delete`. The articles are this file's own (a unique
// paragraph keeps other files' articles from being near-copies of them).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hammingDistance } from '../../../src/dedupe/simhash.ts';
import { deleteArticles } from '../../../src/graph/write/delete-article.ts';
import { ingestArticles } from '../../../src/ingest/ingest-articles.ts';
import { startHarness, TEST_TOKEN, type ApiHarness } from '../../api/support/api-harness.ts';
import { testConfig, testDatabase, testDriver, uniqueId } from '../../support/neo4j.ts';
import { runKg } from '../../support/run-kg.ts';
import { syntheticArticles } from '../reliability/support/synthetic-articles.ts';
import { uniqueParagraph } from './support/unique-paragraph.ts';

const driver = testDriver();
const database = testDatabase();
const tag = uniqueId('del-original');
const original = `${syntheticArticles(1, tag)[0]!.text}\n\n${uniqueParagraph(tag)}\n`;
/** The original with its n-th sentence ending in "!": the same words (one fingerprint), another text (another article). */
const variant = (n: number) => {
  let seen = 0;
  return original.replace(/\. Về /g, (match) => (++seen === n ? '! Về ' : match));
};

// Loaded in this order, which is not the order of publication.
const INPUTS = [
  { name: 'original', text: original, publishedAt: '2022-01-10' },
  { name: 'late', text: variant(1), publishedAt: '2022-03-01' },
  { name: 'early', text: variant(2), publishedAt: '2022-01-20' },
  { name: 'later', text: variant(3), publishedAt: '2022-04-01' },
  { name: 'mid', text: variant(4), publishedAt: '2022-02-01' },
] as const;
type Name = (typeof INPUTS)[number]['name'];
const id = {} as Record<Name, string>;
const nameOf = (articleId: string) => INPUTS.find((i) => id[i.name] === articleId)?.name ?? articleId;

let api: ApiHarness;
/** Story and article counts, before any delete, of the facts the copies state. */
let factsBefore: Map<string, { storyCount: number; articleCount: number }>;

const rows = async (query: string, params: Record<string, unknown> = {}) =>
  (await driver.executeQuery(query, params, { database })).records.map((r) => r.toObject());

/** This file's DUPLICATE_OF links, by name: "copy → original" with the distance right or not. */
async function links(): Promise<string[]> {
  const found = await rows(
    `MATCH (c:Article)-[d:DUPLICATE_OF]->(o:Article) WHERE c.id IN $ids OR o.id IN $ids
     RETURN c.id AS copy, o.id AS original, d.distance AS distance, c.simhash AS copyHash, o.simhash AS originalHash`,
    { ids: Object.values(id) },
  );
  return found
    .map((l) => {
      const distanceRight = Number(l.distance) === hammingDistance(l.copyHash as string, l.originalHash as string);
      return `${nameOf(l.copy as string)} → ${nameOf(l.original as string)}${distanceRight ? '' : ' (wrong distance)'}`;
    })
    .sort();
}

/** The facts an article states, with their counts, over GraphQL (as users read them). */
async function factsOf(articleId: string): Promise<Map<string, { storyCount: number; articleCount: number }>> {
  const res = await api.gql('query($id: ID!) { article(id: $id) { facts(first: 50) { nodes { id storyCount articleCount } } } }', { id: articleId });
  expect(res.errors).toBeUndefined();
  const nodes = res.data.article.facts.nodes as Array<{ id: string; storyCount: number; articleCount: number }>;
  return new Map(nodes.map((f) => [f.id, { storyCount: f.storyCount, articleCount: f.articleCount }]));
}

/** Each fact still counts the stories it did before the deletes; `deleted` articles fewer. */
async function expectStoriesKept(readThrough: Name, deleted: number): Promise<void> {
  const now = await factsOf(id[readThrough]);
  expect([...now.keys()].sort()).toEqual([...factsBefore.keys()].sort());
  for (const [factId, before] of factsBefore) {
    expect(now.get(factId)).toEqual({ storyCount: before.storyCount, articleCount: before.articleCount - deleted });
  }
}

beforeAll(async () => {
  const summary = await ingestArticles(
    driver,
    INPUTS.map((input) => ({ origin: input.name, text: input.text, publishedAt: input.publishedAt })),
    { database, batchSize: 1 },
  );
  expect(summary).toMatchObject({ new: INPUTS.length, failed: 0 });
  for (const report of summary.articles) id[report.origin as Name] = report.articleId!;
  api = await startHarness();
  factsBefore = await factsOf(id.mid);
});

afterAll(async () => {
  await deleteArticles(driver, Object.values(id), { database });
  await api.close();
  await driver.close();
});

describe('deleting the original of near-copies', () => {
  it('starts from one story: every copy linked to the first article loaded', async () => {
    expect(await links()).toEqual(['early → original', 'late → original', 'later → original', 'mid → original']);
    expect(factsBefore.size).toBeGreaterThan(0);
    for (const fact of factsBefore.values()) expect(fact.articleCount - fact.storyCount).toBeGreaterThanOrEqual(4);
  });

  it('makes the earliest published copy the original and links the other copies to it; stories are counted as before', async () => {
    const [outcome] = await deleteArticles(driver, [id.original], { database });
    expect(outcome).toMatchObject({ status: 'deleted', newOriginalId: id.early, copiesRelinked: 3 });
    expect(await links()).toEqual(['late → early', 'later → early', 'mid → early']);
    await expectStoriesKept('mid', 1);
    const res = await api.gql('query($id: ID!) { article(id: $id) { duplicateOf { articleId } duplicateCount } }', { id: id.early });
    expect(res.data.article).toEqual({ duplicateOf: null, duplicateCount: 3 });
  });

  it('leaves the other links alone when a copy is deleted', async () => {
    const [outcome] = await deleteArticles(driver, [id.later], { database });
    expect(outcome).toMatchObject({ status: 'deleted', newOriginalId: null, copiesRelinked: 0 });
    expect(await links()).toEqual(['late → early', 'mid → early']);
    await expectStoriesKept('mid', 2);
  });

  it('does the same through the deleteArticle mutation, and names the new original', async () => {
    const res = await api.gql(
      'mutation($id: ID!) { deleteArticle(id: $id) { ... on DeleteArticlePayload { deleted newOriginalId } } }',
      { id: id.early },
      { authorization: `Bearer ${TEST_TOKEN}` },
    );
    expect(res.data.deleteArticle).toEqual({ deleted: true, newOriginalId: id.mid });
    expect(await links()).toEqual(['late → mid']);
    await expectStoriesKept('late', 3);
  });

  it('does the same through `kg delete`, and says which copy is now the original', async () => {
    const c = testConfig();
    const run = await runKg(['delete', id.mid], { NEO4J_URI: c.neo4j.uri!, NEO4J_USER: c.neo4j.user, NEO4J_PASSWORD: c.neo4j.password, NEO4J_DATABASE: c.neo4j.database });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^${id.mid}: deleted \\(.*\\); its near-copy ${id.late} is now the story's original\\n$`));
    expect(await links()).toEqual([]);
    await expectStoriesKept('late', 4);
  });
});
