// Hostile GraphQL against a real `kg serve` process: each request is refused with a clear
// error, quickly, and while they keep coming a normal query's p99 stays within 3× of its
// quiet p99 (measured here, same server, same run). Bounded counts; loopback only.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../src/config.ts';
import { ingestPaths } from '../../../src/ingest/ingest-articles.ts';
import { testConfig, testDatabase, testDriver } from '../../support/neo4j.ts';
import { isClearMessage, percentile, postGraphQL } from './support/graphql-client.ts';
import { deepIntrospection, hostileRequests, INTROSPECTION, NORMAL_QUERY } from './support/hostile-queries.ts';
import { startServerProcess, type ServerProcess } from './support/server-process.ts';

const driver = testDriver();
const MAX_PAGE_SIZE = 100;
let server: ServerProcess;

beforeAll(async () => {
  await ingestPaths(driver, [path.join(REPO_ROOT, 'samples', 'articles')], { database: testDatabase() });
  server = await startServerProcess({ neo4jUri: testConfig().neo4j.uri!, env: { KG_MAX_PAGE_SIZE: String(MAX_PAGE_SIZE) } });
}, 180_000);

afterAll(async () => {
  await server?.stop();
  await driver.close();
});

/** Every error message of a response (single or batched). */
function errorsOf(body: any): Array<{ message: string; extensions?: Record<string, unknown> }> {
  if (Array.isArray(body)) return body.flatMap(errorsOf);
  return body?.errors ?? [];
}

describe('hostile GraphQL is refused with a clear error', () => {
  it.each(hostileRequests(MAX_PAGE_SIZE).map((r) => [r.name, r] as const))('%s', async (_name, request) => {
    const response = await postGraphQL(server.url, request.body, { timeoutMs: 10_000 });
    const errors = errorsOf(response.body);
    expect(errors.length, response.text.slice(0, 500)).toBeGreaterThan(0);
    expect(errors.some((e) => request.messageHint.test(e.message)), JSON.stringify(errors).slice(0, 500)).toBe(true);
    for (const e of errors) expect(isClearMessage(e.message), e.message).toBe(true);
    // Refused before any resolver ran: no data at all (or null).
    if (!Array.isArray(response.body)) expect(response.body?.data ?? null).toBeNull();
    expect(response.ms).toBeLessThan(5_000);
  });

  it('still answers the standard introspection query GraphiQL needs', async () => {
    const response = await postGraphQL(server.url, { query: INTROSPECTION });
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.__schema.queryType.name).toBe('Query');
  });

  it('answers 50-level-deep introspection small and fast (bounded by the schema), or refuses it', async () => {
    // The depth limit (Pothos complexity) does not count introspection fields, so this one
    // is answered; `ofType` chains end after a few levels, so the answer stays small.
    const response = await postGraphQL(server.url, { query: deepIntrospection(50) }, { timeoutMs: 10_000 });
    expect(response.status).toBeLessThan(500);
    expect(response.ms).toBeLessThan(2_000);
    expect(response.text.length).toBeLessThan(200_000);
  });
});

describe('a normal query under attack', () => {
  const SAMPLES = 150;

  async function normalLatencies(): Promise<number[]> {
    const times: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      const response = await postGraphQL(server.url, { query: NORMAL_QUERY });
      expect(response.body?.errors, response.text.slice(0, 300)).toBeUndefined();
      times.push(response.ms);
    }
    return times;
  }

  it('keeps its p99 within 3× of the quiet p99 while hostile requests keep coming', async () => {
    for (let i = 0; i < 50; i++) await postGraphQL(server.url, { query: NORMAL_QUERY }); // warm-up
    const quiet = await normalLatencies();
    const hostile = hostileRequests(MAX_PAGE_SIZE);
    let stop = false;
    let sent = 0;
    let refused = 0;
    // Three attackers, each at most 3,000 requests, stopping as soon as the measurement ends.
    const PER_ATTACKER = 3_000;
    const attackers = Array.from({ length: 3 }, async (_, a) => {
      for (let i = 0; i < PER_ATTACKER && !stop; i++) {
        const request = hostile[(i + a) % hostile.length]!;
        const response = await postGraphQL(server.url, request.body, { timeoutMs: 10_000 });
        sent += 1;
        if (errorsOf(response.body).length > 0) refused += 1;
      }
    });
    const underAttack = await normalLatencies();
    stop = true;
    await Promise.all(attackers);
    const quietP99 = percentile(quiet, 99);
    const attackP99 = percentile(underAttack, 99);
    console.info(
      `hostile: quiet p50 ${percentile(quiet, 50).toFixed(1)} ms p99 ${quietP99.toFixed(1)} ms; ` +
        `under attack p50 ${percentile(underAttack, 50).toFixed(1)} ms p99 ${attackP99.toFixed(1)} ms; ` +
        `${sent} hostile requests, ${refused} refused`,
    );
    expect(refused).toBe(sent);
    expect(sent).toBeGreaterThan(50);
    // The attack lasted the whole measurement (the attackers were stopped, not exhausted).
    expect(sent).toBeLessThan(3 * PER_ATTACKER);
    expect(attackP99).toBeLessThanOrEqual(3 * quietP99);
  }, 180_000);
});
