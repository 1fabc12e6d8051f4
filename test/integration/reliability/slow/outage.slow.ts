// Neo4j goes away and comes back, under a running `kg serve`: queries answer a clear
// "graph database unavailable" error quickly (no hang, no stack trace), /ready says not
// ready, /health stays up; Neo4j back on the same port and data → kg answers again,
// without a restart. Twice: a clean stop (SIGTERM), then a crash (SIGKILL of the java).
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../../src/config.ts';
import { ingestPaths } from '../../../../src/ingest/ingest-articles.ts';
import { isClearMessage, postGraphQL } from '../support/graphql-client.ts';
import { startOwnNeo4j, type OwnNeo4j } from '../support/own-neo4j.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';
import { recordFigures } from '../support/figures.ts';

const QUERY = { query: '{ search(text: "da nang", first: 3) { totalCount nodes { name } } stats { articles } }' };
let neo4j: OwnNeo4j;
let server: ServerProcess;
const figures: Record<string, number> = {};

beforeAll(async () => {
  neo4j = await startOwnNeo4j('outage');
  await ingestPaths(neo4j.driver, [path.join(REPO_ROOT, 'samples', 'articles')]);
  server = await startServerProcess({ neo4jUri: neo4j.uri });
}, 300_000);

afterAll(async () => {
  await server?.stop();
  await neo4j?.dispose();
  await recordFigures('outage', figures);
});

async function status(endpoint: string): Promise<number> {
  const response = await fetch(`${server.origin}${endpoint}`, { signal: AbortSignal.timeout(15_000) });
  await response.arrayBuffer();
  return response.status;
}

async function expectHealthy(): Promise<void> {
  const response = await postGraphQL(server.url, QUERY);
  expect(response.body?.errors, response.text.slice(0, 300)).toBeUndefined();
  expect(response.body.data.stats.articles).toBeGreaterThan(0);
  expect(await status('/ready')).toBe(200);
  expect(await status('/health')).toBe(200);
}

async function expectOutage(name: string): Promise<void> {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const response = await postGraphQL(server.url, QUERY, { timeoutMs: 20_000 });
    times.push(response.ms);
    const errors = response.body?.errors as Array<{ message: string; extensions?: { code?: string } }>;
    expect(errors?.length, response.text.slice(0, 300)).toBeGreaterThan(0);
    expect(errors[0]!.message).toBe('graph database unavailable');
    expect(errors[0]!.extensions?.code).toBe('GRAPH_UNAVAILABLE');
    expect(isClearMessage(errors[0]!.message)).toBe(true);
    expect(response.text).not.toMatch(/\bat \w+ \(|node_modules|Neo4jError/);
  }
  figures[`${name}.unavailableMaxMs`] = Math.round(Math.max(...times));
  expect(Math.max(...times), 'an unavailable answer took too long').toBeLessThan(12_000);
  const readyStarted = performance.now();
  expect(await status('/ready')).not.toBe(200);
  figures[`${name}.readyMs`] = Math.round(performance.now() - readyStarted);
  expect(await status('/health')).toBe(200);
  expect(server.child.exitCode).toBeNull();
}

async function expectRecovery(name: string, downAt: number): Promise<void> {
  const started = performance.now();
  await neo4j.start();
  figures[`${name}.neo4jRestartMs`] = Math.round(performance.now() - started);
  let ok = false;
  const deadline = Date.now() + 60_000;
  while (!ok && Date.now() < deadline) {
    const response = await postGraphQL(server.url, QUERY, { timeoutMs: 20_000 });
    ok = response.body?.errors === undefined && response.body?.data?.stats?.articles > 0;
    if (!ok) await new Promise((r) => setTimeout(r, 250));
  }
  figures[`${name}.answersAgainAfterNeo4jReadyMs`] = Math.round(performance.now() - started - figures[`${name}.neo4jRestartMs`]!);
  figures[`${name}.totalOutageMs`] = Math.round(Date.now() - downAt);
  expect(ok, 'kg did not recover within 60 s of Neo4j being back').toBe(true);
  await expectHealthy();
}

describe('Neo4j goes away and comes back under kg serve', () => {
  it('answers normally while Neo4j is up', expectHealthy);

  it('clean stop: unavailable errors, not ready, still alive; recovers without a restart', async () => {
    await neo4j.stop();
    const downAt = Date.now();
    await expectOutage('stop');
    await expectRecovery('stop', downAt);
  }, 300_000);

  it('crash (SIGKILL of the java process): the same, after store recovery', async () => {
    await neo4j.kill();
    const downAt = Date.now();
    await expectOutage('kill');
    await expectRecovery('kill', downAt);
  }, 300_000);

  it('kept the same server process throughout', () => {
    expect(server.child.exitCode).toBeNull();
    expect(server.stderr()).not.toMatch(/Unhandled|uncaught|FATAL/i);
  });
});
