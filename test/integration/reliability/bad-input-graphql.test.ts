// Bad input through the GraphQL mutation (with the token) and hostile strings through
// search: every answer is an article ingested whole or a typed refusal with a clear
// message; a refusal leaves the graph unchanged; search never fails on Lucene syntax or
// Cypher-looking text. In-process Yoga (createYogaApp) over the test Neo4j.
import { ARGUMENT_LIMITS } from '../../../src/api/argument-bounds.ts';
import { afterAll, describe, expect, it } from 'vitest';
import { createYogaApp } from '../../../src/api/server.ts';
import { extractArticle } from '../../../src/pipeline/extract.ts';
import { testConfig, testDatabase, testDriver, uniqueId } from '../../support/neo4j.ts';
import { expectedArticles, halfLoadedArticles } from './support/article-consistency.ts';
import { badInputCases, HOSTILE_STRINGS } from './support/bad-inputs.ts';
import { isClearMessage } from './support/graphql-client.ts';
import { graphDigest, type GraphDigest } from './support/graph-digest.ts';

const TOKEN = `reliability-${uniqueId('token')}`;
const driver = testDriver();
const database = testDatabase();
const config = { ...testConfig(), apiToken: TOKEN, development: false };
const yoga = createYogaApp({ config, driver });

afterAll(() => driver.close());

async function gql(query: string, variables: Record<string, unknown>): Promise<{ status: number; body: any }> {
  const response = await yoga.fetch('http://127.0.0.1/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: await response.json() };
}

const MUTATION = `mutation Ingest($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    __typename
    ... on Error { message }
    ... on IngestArticlePayload { unchanged article { articleId title } added { sentences } }
  }
}`;

const ORDER = { refuse: 0, either: 1, accept: 2 } as const;
const cases = badInputCases({ tag: uniqueId('gql') })
  .filter((c) => c.text !== null)
  .map((c) => ({ ...c, expect: c.textExpect ?? c.expect }))
  .sort((a, b) => ORDER[a.expect] - ORDER[b.expect]);
let digest: GraphDigest | null = null;
// As in bad-input-files.test.ts: a run of expected refusals is checked as one block.
let block: string[] = [];

describe('bad input through the ingestArticle mutation', () => {
  it(`sends at least 150 generated cases (${cases.length})`, () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
  });

  it.each(cases.map((c, i) => [c.name, c, cases[i + 1]?.expect === 'refuse'] as const))('%s', async (_name, c, nextRefused) => {
    const before = digest ?? (await graphDigest(driver, database));
    const input = { text: c.text, ...(c.title ? { title: c.title } : {}) };
    const { status, body } = await gql(MUTATION, { input });
    expect(status, JSON.stringify(body).slice(0, 300)).toBe(200);
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    const result = body.data.ingestArticle;
    if (result.__typename === 'IngestArticlePayload') {
      digest = null;
      block = [];
      const raw = { origin: 'graphql', text: c.text!, title: c.title ?? null };
      const expected = expectedArticles([raw]);
      const id = extractArticle(raw).article.id;
      expect(result.article.articleId).toBe(id);
      expect(expected.get(id)!.sentences, 'an article without a sentence was stored').toBeGreaterThan(0);
      expect((await halfLoadedArticles(driver, expected, database)).filter((p) => p.articleId === id)).toEqual([]);
      expect(c.expect, `${c.name} should have been refused`).not.toBe('refuse');
    } else {
      expect(['EmptyArticleError', 'ArticleTooLargeError', 'InvalidArticleError']).toContain(result.__typename);
      expect(isClearMessage(result.message), result.message).toBe(true);
      block.push(c.name);
      if (!(c.expect === 'refuse' && nextRefused)) {
        const after = await graphDigest(driver, database);
        expect(after.digest, `refused input changed the graph: one of ${block.join(', ')}`).toBe(before.digest);
        block = [];
      }
      digest = before;
      expect(c.expect, `${c.name} should have been ingested: ${result.message}`).not.toBe('accept');
    }
  });
});

describe('search with hostile strings', () => {
  const SEARCH = `query Search($text: String!) { search(text: $text, first: 5) { totalCount edges { score node { name } } } }`;
  const terms = [
    ...HOSTILE_STRINGS,
    ...'+-&|!(){}[]^"~*?:\\/'.split(''),
    ...['', ' ', '\u200b', '\u202e', '😀', 'đ*', 'da nang*', 'a b c '.repeat(400), '*'.repeat(3000), ('x+'.repeat(150) + ' ').repeat(30)],
  ];

  it.each(terms.map((t) => [JSON.stringify(t).slice(0, 60), t] as const))('%s returns normally (or, past 1,000 characters, a refusal naming the limit)', async (_label, text) => {
    const { status, body } = await gql(SEARCH, { text });
    if (text.length > ARGUMENT_LIMITS.maxStringChars) {
      expect(body.errors?.[0]?.message).toMatch(/search\(text:\) is \d+ characters long; the limit is 1000/);
      return;
    }
    expect(status).toBe(200);
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    expect(body.data.search.totalCount).toBeGreaterThanOrEqual(0);
  });

  it('leaves the graph unchanged', async () => {
    const before = await graphDigest(driver, database);
    for (const text of HOSTILE_STRINGS) await gql(SEARCH, { text });
    expect((await graphDigest(driver, database)).digest).toBe(before.digest);
  });
});
