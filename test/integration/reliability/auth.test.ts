// No one in where they don't belong. Mutations over HTTP (a real `kg serve`) without the
// token, with a wrong one, or with the right one in the wrong place: refused, nothing
// written. The right one in the right place: accepted (the control).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/pipeline/extract.ts';
import { testConfig, testDatabase, testDriver, uniqueId } from '../../support/neo4j.ts';
import { storedArticleIds } from './support/article-consistency.ts';
import { isClearMessage, postGraphQL, type PostOptions } from './support/graphql-client.ts';
import { graphDigest, type GraphDigest } from './support/graph-digest.ts';
import { startServerProcess, type ServerProcess } from './support/server-process.ts';
import { syntheticArticles } from './support/synthetic-articles.ts';

const TOKEN = `reliability-${uniqueId('token')}`;
const driver = testDriver();
const database = testDatabase();
let server: ServerProcess;

const MUTATION = `mutation Ingest($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    __typename
    ... on Error { message }
    ... on IngestArticlePayload { unchanged article { articleId } }
  }
}`;

beforeAll(async () => {
  server = await startServerProcess({ neo4jUri: testConfig().neo4j.uri!, token: TOKEN });
}, 120_000);

afterAll(async () => {
  await server?.stop();
  await driver.close();
});

const basic = (s: string) => `Basic ${Buffer.from(s).toString('base64')}`;

/** [name, extra request options, body extras]: the right token, in every wrong place. */
const WRONG_PLACES: Array<[string, PostOptions, Record<string, unknown>]> = [
  ['no token at all', {}, {}],
  ['wrong token', { headers: { authorization: 'Bearer not-the-token-at-all' } }, {}],
  ['token with one character changed', { headers: { authorization: `Bearer ${TOKEN.slice(0, -1)}x` } }, {}],
  ['token prefix', { headers: { authorization: `Bearer ${TOKEN.slice(0, 8)}` } }, {}],
  ['token with a suffix', { headers: { authorization: `Bearer ${TOKEN}x` } }, {}],
  ['token twice', { headers: { authorization: `Bearer ${TOKEN} ${TOKEN}` } }, {}],
  ['empty bearer', { headers: { authorization: 'Bearer ' } }, {}],
  ['token without the Bearer scheme', { headers: { authorization: TOKEN } }, {}],
  ['token as Basic credentials', { headers: { authorization: basic(`kg:${TOKEN}`) } }, {}],
  ['token under another scheme', { headers: { authorization: `Token ${TOKEN}` } }, {}],
  ['query string ?token=', { search: { token: TOKEN } }, {}],
  ['query string ?access_token=', { search: { access_token: TOKEN } }, {}],
  ['query string ?authorization=Bearer', { search: { authorization: `Bearer ${TOKEN}` } }, {}],
  ['body extensions.authorization', {}, { extensions: { authorization: `Bearer ${TOKEN}` } }],
  ['body extensions.headers', {}, { extensions: { headers: { Authorization: `Bearer ${TOKEN}` } } }],
  ['body top-level token', {}, { token: TOKEN, authorization: `Bearer ${TOKEN}` }],
  ['cookie Authorization=Bearer', { headers: { cookie: `Authorization=Bearer ${TOKEN}` } }, {}],
  ['cookie token=', { headers: { cookie: `token=${TOKEN}; kg_token=${TOKEN}` } }, {}],
  ['header X-Api-Token', { headers: { 'x-api-token': TOKEN } }, {}],
  ['header X-Api-Key', { headers: { 'x-api-key': TOKEN } }, {}],
  ['header X-Authorization', { headers: { 'x-authorization': `Bearer ${TOKEN}` } }, {}],
  ['header Proxy-Authorization', { headers: { 'proxy-authorization': `Bearer ${TOKEN}` } }, {}],
  ['header X-Forwarded-Authorization', { headers: { 'x-forwarded-authorization': `Bearer ${TOKEN}` } }, {}],
];

describe('mutations need the token in the Authorization header', () => {
  const articles = syntheticArticles(WRONG_PLACES.length + 2, uniqueId('auth'));
  // One digest before every refused attempt and one after them all (a full read of the graph
  // each); per attempt, the cheap check that its article is not there.
  let before: GraphDigest;
  beforeAll(async () => {
    before = await graphDigest(driver, database);
  });

  it.each(WRONG_PLACES.map(([name, options, extras], i) => [name, options, extras, i] as const))(
    'refuses: %s, and writes nothing',
    async (_name, options, extras, i) => {
      const article = articles[i]!;
      const variables = { input: { text: article.text, title: article.title } };
      const response = await postGraphQL(server.url, { query: MUTATION, variables, ...extras }, options);
      expect(response.status).toBeLessThan(500);
      const result = response.body?.data?.ingestArticle;
      if (result) {
        expect(result.__typename).toBe('NotAuthorizedError');
        expect(isClearMessage(result.message)).toBe(true);
      } else {
        expect(response.body?.errors?.length ?? 0, response.text).toBeGreaterThan(0);
      }
      const id = extractArticle({ origin: 'graphql', text: article.text, title: article.title }).article.id;
      expect((await storedArticleIds(driver, database)).has(id)).toBe(false);
    },
  );

  it('refuses a mutation sent with GET, even with the right token', async () => {
    const article = articles.at(-2)!;
    const url = new URL(server.url);
    url.searchParams.set('query', MUTATION);
    url.searchParams.set('variables', JSON.stringify({ input: { text: article.text } }));
    const response = await fetch(url, { headers: { authorization: `Bearer ${TOKEN}`, accept: 'application/json' }, signal: AbortSignal.timeout(10_000) });
    expect(response.status).toBeGreaterThanOrEqual(400);
  });

  it('wrote nothing in all those attempts', async () => {
    expect((await graphDigest(driver, database)).digest).toBe(before.digest);
  });

  it('accepts the right token in the Authorization header (the control)', async () => {
    const article = articles.at(-1)!;
    const variables = { input: { text: article.text, title: article.title } };
    const response = await postGraphQL(server.url, { query: MUTATION, variables }, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(response.body?.data?.ingestArticle?.__typename, response.text).toBe('IngestArticlePayload');
    const id = extractArticle({ origin: 'graphql', text: article.text, title: article.title }).article.id;
    expect((await storedArticleIds(driver, database)).has(id)).toBe(true);
  });
});
