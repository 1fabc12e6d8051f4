// Every limit answers with a clear error: depth, cost, aliases, tokens, page size, batch
// size; errors are masked outside development; a dead Neo4j is "graph database unavailable".
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createYogaApp } from '../../src/api/server.ts';
import { QUERY_LIMITS } from '../../src/api/limits.ts';
import { freePort } from '../../src/neo4j-local/bolt-probe.ts';
import { apiConfig, startHarness, TEST_TOKEN, type ApiHarness } from './support/api-harness.ts';

let api: ApiHarness;
beforeAll(async () => {
  api = await startHarness({
    config: apiConfig({ maxPageSize: 100 }),
    ingest: async () => {
      throw new Error('internal detail: /srv/secret/path');
    },
  });
});
afterAll(() => api.close());

const codes = (res: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => res.errors?.map((e) => e.extensions?.code);

describe('query limits', () => {
  it(`refuses a query deeper than ${QUERY_LIMITS.maxDepth}`, async () => {
    const nest = (k: number): string => (k === 0 ? 'name' : `facts(first: 1) { nodes { subject { ${nest(k - 1)} } } }`);
    const ok = await api.gql(`{ entity(id: "org:futuregov") { ${nest(4)} } }`); // depth 14
    expect(ok.errors).toBeUndefined();
    const res = await api.gql(`{ entity(id: "org:futuregov") { ${nest(5)} } }`); // depth 17
    expect(res.errors?.[0]?.message).toMatch(/^Query depth 17 exceeds the limit of 15\. Select fewer nested levels/);
    expect(codes(res)).toEqual(['DEPTH_LIMIT_EXCEEDED']);
  });

  it(`refuses a query costing more than ${QUERY_LIMITS.maxCost}`, async () => {
    const res = await api.gql('{ entities(first: 100) { nodes { facts(first: 100) { nodes { evidence { quote } } } } } }');
    expect(res.errors?.[0]?.message).toMatch(/^Query cost \d+ exceeds the limit of 50000\. .*give nested lists a small `first:`/);
    expect(codes(res)).toEqual(['COST_LIMIT_EXCEEDED']);
    expect(res.data).toBeNull();
  });

  it(`refuses more than ${QUERY_LIMITS.maxAliases} aliases`, async () => {
    const aliases = (n: number) => Array.from({ length: n }, (_x, i) => `a${i}: stats { articles }`).join(' ');
    expect((await api.gql(`{ ${aliases(15)} }`)).errors).toBeUndefined();
    const res = await api.gql(`{ ${aliases(16)} }`);
    expect(res.errors?.[0]?.message).toMatch(/Aliases limit of 15 exceeded, found 16/);
  });

  it(`refuses a document of more than ${QUERY_LIMITS.maxTokens} tokens`, async () => {
    const fields = Array.from({ length: 2100 }, () => 'articles').join(' ');
    const res = await api.gql(`{ stats { ${fields} } }`);
    expect(res.errors?.[0]?.message).toMatch(/Token limit of 2000 exceeded/);
  });

  it('refuses a page larger than maxPageSize', async () => {
    const res = await api.gql('{ entities(first: 101) { totalCount } }');
    expect(res.errors?.[0]?.message).toBe('Argument "first" is 101, above the maximum page size of 100.');
    expect(codes(res)).toEqual(['PAGE_SIZE_LIMIT_EXCEEDED']);
    const nested = await api.gql('{ entity(id: "org:futuregov") { facts(first: 500) { totalCount } } }');
    expect(codes(nested)).toEqual(['PAGE_SIZE_LIMIT_EXCEEDED']);
  });

  it(`refuses a batch of more than ${QUERY_LIMITS.maxBatch} operations`, async () => {
    const batch = (n: number) =>
      api.yoga.fetch('http://kg.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(Array.from({ length: n }, () => ({ query: '{ stats { articles } }' }))),
      });
    const ok = await batch(5);
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as unknown[]).length).toBe(5);
    const tooMany = await batch(6);
    expect(tooMany.status).toBe(413);
    expect(JSON.stringify(await tooMany.json())).toMatch(/Batching is limited to 5 operations per request/);
  });

  it('refuses maxHops above 4', async () => {
    const res = await api.gql('{ path(from: {id: "org:futuregov"}, to: {id: "org:ngan-hang-the-gioi"}, maxHops: 5) { length } }');
    expect(res.errors?.[0]?.message).toBe('maxHops must be between 1 and 4, got 5.');
  });
});

describe('errors', () => {
  const INGEST = 'mutation { ingestArticle(input: {text: "Đà Nẵng"}) { __typename } }';

  it('masks unexpected errors outside development', async () => {
    const res = await api.gql(INGEST, {}, { authorization: `Bearer ${TEST_TOKEN}` });
    expect(res.errors?.[0]?.message).toBe('Unexpected error.');
    expect(JSON.stringify(res)).not.toContain('secret');
  });

  it('shows them in development', async () => {
    const dev = createYogaApp({
      config: apiConfig({ development: true }),
      driver: api.driver,
      ingest: async () => {
        throw new Error('internal detail: /srv/secret/path');
      },
    });
    const response = await dev.fetch('http://kg.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_TOKEN}` },
      body: JSON.stringify({ query: INGEST }),
    });
    expect(JSON.stringify(await response.json())).toContain('internal detail');
  });

  it('does not suggest field names outside development', async () => {
    const res = await api.gql('{ stats { articls } }');
    expect(res.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });
});

describe('health and readiness', () => {
  it('answers /health and /ready when Neo4j answers', async () => {
    const health = await api.yoga.fetch('http://kg.test/health');
    expect([health.status, await health.json()]).toEqual([200, { status: 'ok' }]);
    const ready = await api.yoga.fetch('http://kg.test/ready');
    expect([ready.status, await ready.json()]).toEqual([200, { status: 'ready', neo4j: 'up' }]);
  });

  it('says "graph database unavailable" quickly when Neo4j is down, and /ready fails', async () => {
    const port = await freePort(); // nothing listens there
    const driver = neo4j.driver(`bolt://127.0.0.1:${port}`, neo4j.auth.basic('neo4j', ''), { connectionTimeout: 2000 });
    try {
      const down = createYogaApp({ config: apiConfig({ queryTimeoutMs: 2000 }), driver });
      const started = Date.now();
      const response = await down.fetch('http://kg.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ stats { articles } search(text: "da nang") { totalCount } }' }),
      });
      const body = (await response.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
      expect(body.errors[0]).toMatchObject({ message: 'graph database unavailable', extensions: { code: 'GRAPH_UNAVAILABLE' } });
      expect(Date.now() - started).toBeLessThan(10_000);
      expect((await down.fetch('http://kg.test/health')).status).toBe(200);
      const ready = await down.fetch('http://kg.test/ready');
      expect([ready.status, await ready.json()]).toEqual([503, { status: 'unavailable', neo4j: 'down', reason: expect.any(String) }]);
    } finally {
      await driver.close();
    }
  });
});
