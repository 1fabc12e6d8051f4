// Load: 50 concurrent autocannon clients on 127.0.0.1 for 30 s against a real `kg serve`,
// mixing search, entity-with-facts and seed-shape queries over the sample article and 200
// SYNTHETIC ones (bench/synthetic). Zero errors: no socket errors, no timeouts, no non-2xx,
// and no GraphQL `errors` in any body. Throughput, median and p99 → .data/reliability/load.json.
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateArticles } from '../../../../bench/synthetic/generate-articles.ts';
import { EXAMPLE_OPERATIONS } from '../../../../src/api/graphiql-examples.ts';
import { REPO_ROOT } from '../../../../src/config.ts';
import { ingestArticles, ingestPaths } from '../../../../src/ingest/ingest-articles.ts';
import { testConfig, testDatabase, testDriver } from '../../../support/neo4j.ts';
import { recordFigures } from '../support/figures.ts';
import { postGraphQL } from '../support/graphql-client.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';

// autocannon ships no types; the options and result fields used are documented in its README.
const autocannon = createRequire(import.meta.url)('autocannon') as (options: object) => Promise<any>;

const CONNECTIONS = 50;
const DURATION_S = 30;
const driver = testDriver();
let server: ServerProcess;
const requests: Array<{ name: string; body: string }> = [];

beforeAll(async () => {
  const database = testDatabase();
  await ingestPaths(driver, [path.join(REPO_ROOT, 'samples', 'articles')], { database });
  const synthetic = await ingestArticles(driver, generateArticles(200, 6006), { database });
  expect(synthetic.failed).toBe(0);
  server = await startServerProcess({ neo4jUri: testConfig().neo4j.uri! });
  const found = await postGraphQL(server.url, { query: '{ search(text: "ngan hang the gioi", first: 1) { nodes { id } } }' });
  const entityId = found.body.data.search.nodes[0].id as string;
  const entity = `query Entity($id: ID!) { entity(id: $id) { name aliases facts(first: 10) { totalCount nodes { predicate confidence object { ... on Entity { name } ... on Quantity { value unit } } evidence { quote } } } } }`;
  const search = (text: string) => `{ search(text: ${JSON.stringify(text)}, first: 10) { totalCount edges { score node { id name } } } }`;
  requests.push(
    { name: 'search', body: JSON.stringify({ query: search('da nang') }) },
    { name: 'entity', body: JSON.stringify({ query: entity, variables: { id: entityId } }) },
    { name: 'seed-shape', body: JSON.stringify({ query: EXAMPLE_OPERATIONS[0] }) },
    { name: 'search', body: JSON.stringify({ query: search('so thong tin va truyen thong') }) },
    { name: 'entity', body: JSON.stringify({ query: '{ entities(first: 20, filter: { types: [ORGANIZATION] }) { totalCount nodes { name } } }' }) },
  );
  for (const r of requests) {
    const response = await postGraphQL(server.url, r.body);
    expect(response.body?.errors, `${r.name}: ${response.text.slice(0, 300)}`).toBeUndefined();
  }
}, 600_000);

afterAll(async () => {
  await server?.stop();
  await driver.close();
});

describe('load', () => {
  it(`${CONNECTIONS} clients for ${DURATION_S} s: zero errors`, async () => {
    let graphqlErrors = 0;
    let firstError = '';
    const result = await autocannon({
      url: server.url,
      connections: CONNECTIONS,
      duration: DURATION_S,
      timeout: 10,
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      requests: requests.map((r) => ({
        method: 'POST',
        body: r.body,
        onResponse: (status: number, body: string) => {
          if (status !== 200 || body.includes('"errors"')) {
            graphqlErrors += 1;
            firstError ||= `${r.name} ${status}: ${body.slice(0, 300)}`;
          }
        },
      })),
    });
    const figures = {
      connections: CONNECTIONS,
      durationSeconds: DURATION_S,
      requests: result.requests.total,
      requestsPerSecond: result.requests.average,
      latencyMedianMs: result.latency.p50,
      latencyP99Ms: result.latency.p99,
      latencyMaxMs: result.latency.max,
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      graphqlErrors,
      mix: requests.map((r) => r.name),
    };
    await recordFigures('load', figures);
    expect(firstError).toBe('');
    expect(result.errors).toBe(0);
    expect(result.timeouts).toBe(0);
    expect(result.non2xx).toBe(0);
    expect(graphqlErrors).toBe(0);
    expect(result.requests.total).toBeGreaterThan(CONNECTIONS);
  }, 180_000);
});
