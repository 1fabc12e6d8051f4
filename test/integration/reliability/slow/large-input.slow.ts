// 5 MB and 50 MB texts (generated in a temp dir at test time, never committed), on one
// line and in many sentences, plus one line of 4,000 sentences: through readArticles and
// the loader, the `kg ingest` process and the GraphQL mutation of a real `kg serve`.
// Each is refused with a clear message (over KG_MAX_ARTICLE_BYTES) or ingested whole; no
// process crashes; a refusal leaves the graph unchanged.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError, type RawArticle } from '../../../../src/domain/article-input.ts';
import { ingestArticles } from '../../../../src/ingest/ingest-articles.ts';
import { readArticles } from '../../../../src/sources/read-articles.ts';
import { testConfig, testDatabase, testDriver, uniqueId } from '../../../support/neo4j.ts';
import { expectedArticles, halfLoadedArticles } from '../support/article-consistency.ts';
import { badInputCases } from '../support/bad-inputs.ts';
import { recordFigures } from '../support/figures.ts';
import { isClearMessage, postGraphQL } from '../support/graphql-client.ts';
import { graphDigest } from '../support/graph-digest.ts';
import { runKgProcess } from '../support/kg-process.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';

const TOKEN = `reliability-${uniqueId('token')}`;
const driver = testDriver();
const database = testDatabase();
const cases = badInputCases({ tag: uniqueId('large'), large: true }).filter((c) => c.category === 'size');
let dir: string;
let server: ServerProcess;
const figures: Record<string, unknown> = {};

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'kg-large-'));
  for (const c of cases) await fs.writeFile(path.join(dir, c.file), c.bytes);
  server = await startServerProcess({ neo4jUri: testConfig().neo4j.uri!, token: TOKEN });
}, 300_000);

afterAll(async () => {
  await server?.stop();
  await driver.close();
  await fs.rm(dir, { recursive: true, force: true });
  await recordFigures('large-input', figures);
});

describe('large inputs through readArticles and the loader', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (name, c) => {
    const before = await graphDigest(driver, database);
    const started = performance.now();
    const items: Array<RawArticle | InputError> = [];
    for await (const item of readArticles(path.join(dir, c.file))) items.push(item);
    const summary = await ingestArticles(driver, items, { database });
    figures[`loader.${name}.ms`] = Math.round(performance.now() - started);
    const failed = summary.articles.filter((a) => a.status === 'failed');
    for (const f of failed) expect(isClearMessage(f.reason), f.reason).toBe(true);
    if (failed.length === summary.articles.length) {
      expect((await graphDigest(driver, database)).digest).toBe(before.digest);
    } else {
      const expected = expectedArticles(items.filter((i): i is RawArticle => !(i instanceof InputError)));
      expect(await halfLoadedArticles(driver, expected, database).then((p) => p.filter((x) => expected.has(x.articleId)))).toEqual([]);
    }
    if (c.expect === 'refuse') expect(failed.length).toBe(summary.articles.length);
    for (const word of c.refusalMentions ?? []) expect(failed.map((f) => f.reason).join(' ')).toContain(word);
  });
});

describe('large inputs through the kg ingest process', () => {
  it('refuses the over-limit files by name, exits 1, no crash', async () => {
    const run = runKgProcess(['ingest', dir], testConfig().neo4j.uri!);
    const { code, signal } = await run.done;
    expect(signal).toBeNull();
    expect(code).toBe(1);
    for (const c of cases.filter((x) => x.expect === 'refuse')) expect(run.stderr()).toContain(`failed: ${path.join(dir, c.file)}`);
    expect(run.stderr()).not.toMatch(/\n\s+at\s|heap out of memory|FATAL/);
  }, 600_000);
});

describe('large inputs through the GraphQL mutation', () => {
  const MUTATION = `mutation Ingest($input: IngestArticleInput!) { ingestArticle(input: $input) { __typename ... on Error { message } } }`;

  it.each(cases.filter((c) => c.bytes.length > 2_000_000).map((c) => [c.name, c] as const))('%s', async (name, c) => {
    const before = await graphDigest(driver, database);
    const response = await postGraphQL(server.url, { query: MUTATION, variables: { input: { text: c.text } } }, {
      headers: { authorization: `Bearer ${TOKEN}` },
      timeoutMs: 120_000,
    });
    figures[`mutation.${name}.ms`] = Math.round(response.ms);
    figures[`mutation.${name}.status`] = response.status;
    // Refused either by the HTTP layer (413) or as a typed error; never a 5xx.
    expect(response.status).toBeLessThan(500);
    const result = response.body?.data?.ingestArticle;
    if (result) {
      expect(result.__typename).toBe('ArticleTooLargeError');
      expect(isClearMessage(result.message)).toBe(true);
    } else {
      expect(response.status).toBeGreaterThanOrEqual(400);
    }
    expect((await graphDigest(driver, database)).digest).toBe(before.digest);
    const health = await postGraphQL(server.url, { query: '{ stats { articles } }' });
    expect(health.body?.errors).toBeUndefined();
    expect(server.child.exitCode).toBeNull();
  }, 300_000);
});
