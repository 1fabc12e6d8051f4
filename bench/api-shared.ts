// What bench/api.ts and bench/api-stages.ts share: the graph they load, the queries (kg's
// GraphQL and the floor's hand-written Cypher), one keep-alive HTTP client, and a timer.
import { Agent, request } from 'node:http';
import neo4j, { type Driver } from 'neo4j-driver';
import type { loadConfig } from '../src/config.ts';
import { applySchema } from '../src/graph/schema.ts';
import { loadExtraction } from '../src/graph/write/write-article.ts';
import { seedExtract } from '../test/api/fixtures/seed-extract.ts';
import { syntheticCompanies } from '../test/api/fixtures/synthetic.ts';

export type Config = ReturnType<typeof loadConfig>;

export const SEED_ID = 'org:so-thong-tin-va-truyen-thong-tp-da-nang';
export const SEARCH_TEXT = 'ngan hang the gioi';

export const KG_SEED_SHAPE = /* GraphQL */ `query SeedShape($id: ID!) {
  entity(id: $id) { name
    facts(direction: OUTGOING, predicates: [WON], first: 5) { nodes { qualifiers { year } evidence { quote }
      object { ... on Entity { name
        facts(direction: OUTGOING, predicates: [AWARDED_FOR], first: 5) { nodes { evidence { quote }
          object { ... on Entity { name
            facts(direction: OUTGOING, predicates: [FUNDED_BY], first: 5) { nodes { evidence { quote }
              object { ... on Entity { name } } } } } } } } } } } } }
}`;
export const KG_SEARCH = `query Search($text: String!) { search(text: $text, first: 5) { edges { score node { name } } } }`;

const quotes = (rel: string) => `COLLECT { UNWIND ${rel}.evidence AS sid MATCH (s:Sentence {id: sid}) RETURN s.text }`;
export const FLOOR_SEED_SHAPE = `MATCH (o:Entity {id: $id})
OPTIONAL MATCH (o)-[w:WON]->(a:Entity)
OPTIONAL MATCH (a)-[af:AWARDED_FOR]->(p:Entity)
OPTIONAL MATCH (p)-[f:FUNDED_BY]->(b:Entity)
RETURN o.name AS name, w.year AS year, ${quotes('w')} AS wonEvidence, a.name AS award, ${quotes('af')} AS forEvidence,
  p.name AS project, ${quotes('f')} AS fundedEvidence, b.name AS funder`;
export const FLOOR_SEARCH = `CALL db.index.fulltext.queryNodes('entityNames', $q, {limit: 5}) YIELD node, score
RETURN node.name AS name, score ORDER BY score DESC`;

/** The seed fixture and 20 synthetic articles of 50 companies (≈1,000 entities), idempotently. */
export async function loadBenchGraph(driver: Driver, config: Config): Promise<void> {
  await applySchema(driver, config.neo4j.database);
  await loadExtraction(driver, seedExtract(), { database: config.neo4j.database });
  for (let i = 0; i < 20; i++) await loadExtraction(driver, syntheticCompanies(`bench${i}`, 50), { database: config.neo4j.database });
}

/**
 * One keep-alive node:http client for every HTTP contender (Node's `fetch` costs ~0.75 ms
 * more CPU per call, which would be charged to the servers).
 */
export function httpClient(maxSockets: number) {
  const agent = new Agent({ keepAlive: true, maxSockets });
  /** POSTs a GraphQL operation and returns `data`; GraphQL errors throw. */
  function post(url: string, query: string, variables: Record<string, unknown> = {}): Promise<unknown> {
    const payload = JSON.stringify({ query, variables });
    const headers = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) };
    return new Promise((resolve, reject) => {
      const req = request(url, { method: 'POST', agent, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          try {
            const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { errors?: unknown[]; data?: unknown };
            if (body.errors) reject(new Error(JSON.stringify(body.errors)));
            else resolve(body.data);
          } catch (error) {
            reject(error);
          }
        });
      });
      req.on('error', reject);
      req.end(payload);
    });
  }
  return { post, close: () => agent.destroy() };
}

/** A hand-written statement through the driver, as an application without GraphQL would run it. */
export async function floor(driver: Driver, database: string, query: string, params: Record<string, unknown>): Promise<unknown> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ, database });
  try {
    return (await session.run(query, params)).records.map((r) => r.toObject());
  } finally {
    await session.close();
  }
}

export interface Stats {
  median: number;
  p99: number;
  rps: number;
  /** CPU ms of this process (user + system) per request. */
  cpu: number;
}

/** Runs `requests` calls, `concurrency` at a time; wall-clock median/p99 and CPU per call. */
export async function measure(run: () => Promise<unknown>, requests: number, concurrency: number): Promise<Stats> {
  const times: number[] = [];
  let next = 0;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next++ < requests) {
        const t = performance.now();
        await run();
        times.push(performance.now() - t);
      }
    }),
  );
  const elapsed = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { median: at(0.5), p99: at(0.99), rps: (requests / elapsed) * 1000, cpu: (cpu.user + cpu.system) / 1000 / requests };
}

/**
 * Interleaved rounds so every contender sees the same machine load; per contender the mean
 * of the rounds' medians, the worst p99. One warm-up pass first (JIT, query plans, pools).
 */
export async function compare(runs: Record<string, () => Promise<unknown>>, requests: number, concurrency: number, rounds = 4) {
  for (const run of Object.values(runs)) await measure(run, 200, concurrency);
  const stats: Record<string, Stats> = {};
  for (let round = 0; round < rounds; round++) {
    for (const [name, run] of Object.entries(runs)) {
      const s = await measure(run, Math.ceil(requests / rounds), concurrency);
      const prev = stats[name];
      const mean = (a: number, b: number) => (a * round + b) / (round + 1);
      stats[name] = prev ? { median: mean(prev.median, s.median), p99: Math.max(prev.p99, s.p99), rps: mean(prev.rps, s.rps), cpu: mean(prev.cpu, s.cpu) } : s;
    }
  }
  return stats;
}
