// API benchmark, side by side in one run on the same graph: the seed-shape query (three
// hops with evidence quotes) and a search, each through
//   kg      kg's GraphQL over HTTP on 127.0.0.1 (src/api/server.ts)
//   floor   the equivalent hand-written Cypher through the driver
//   peer    @neo4j/graphql 7 (bench/api-peer.ts) behind the same Yoga HTTP stack
// Run: npx tsx bench/api.ts [requests=2000] [concurrency=4]   (NEO4J_URI, or the local Neo4j on KG_NEO4J_PORT, must be running)
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createYoga } from 'graphql-yoga';
import neo4j, { type Driver } from 'neo4j-driver';
import { startServer } from '../src/api/server.ts';
import { loadConfig } from '../src/config.ts';
import { createDriver } from '../src/graph/driver.ts';
import { buildSearchQuery } from '../src/graph/read/search-query.ts';
import { applySchema } from '../src/graph/schema.ts';
import { loadExtraction } from '../src/graph/write/write-article.ts';
import { seedExtract } from '../test/api/fixtures/seed-extract.ts';
import { syntheticCompanies } from '../test/api/fixtures/synthetic.ts';
import { PEER_SEARCH, PEER_SEED_SHAPE, peerSchema } from './api-peer.ts';

const REQUESTS = Number(process.argv[2] ?? 2000);
const CONCURRENCY = Number(process.argv[3] ?? 4);
const SEED_ID = 'org:so-thong-tin-va-truyen-thong-tp-da-nang';
const SEARCH_TEXT = 'ngan hang the gioi';

const KG_SEED_SHAPE = /* GraphQL */ `query SeedShape($id: ID!) {
  entity(id: $id) { name
    facts(direction: OUTGOING, predicates: [WON], first: 5) { nodes { qualifiers { year } evidence { quote }
      object { ... on Entity { name
        facts(direction: OUTGOING, predicates: [AWARDED_FOR], first: 5) { nodes { evidence { quote }
          object { ... on Entity { name
            facts(direction: OUTGOING, predicates: [FUNDED_BY], first: 5) { nodes { evidence { quote }
              object { ... on Entity { name } } } } } } } } } } } } }
}`;
const KG_SEARCH = `query Search($text: String!) { search(text: $text, first: 5) { edges { score node { name } } } }`;

const quotes = (rel: string) => `COLLECT { UNWIND ${rel}.evidence AS sid MATCH (s:Sentence {id: sid}) RETURN s.text }`;
const FLOOR_SEED_SHAPE = `MATCH (o:Entity {id: $id})
OPTIONAL MATCH (o)-[w:WON]->(a:Entity)
OPTIONAL MATCH (a)-[af:AWARDED_FOR]->(p:Entity)
OPTIONAL MATCH (p)-[f:FUNDED_BY]->(b:Entity)
RETURN o.name AS name, w.year AS year, ${quotes('w')} AS wonEvidence, a.name AS award, ${quotes('af')} AS forEvidence,
  p.name AS project, ${quotes('f')} AS fundedEvidence, b.name AS funder`;
const FLOOR_SEARCH = `CALL db.index.fulltext.queryNodes('entityNames', $q, {limit: 5}) YIELD node, score
RETURN node.name AS name, score ORDER BY score DESC`;

async function post(url: string, query: string, variables: Record<string, unknown>): Promise<unknown> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { errors?: unknown[]; data?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function floor(driver: Driver, database: string, query: string, params: Record<string, unknown>): Promise<unknown> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ, database });
  try {
    return (await session.run(query, params)).records.map((r) => r.toObject());
  } finally {
    await session.close();
  }
}

interface Stats { median: number; p99: number; rps: number }

async function measure(run: () => Promise<unknown>, requests: number): Promise<Stats> {
  const times: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (next++ < requests) {
      const t = performance.now();
      await run();
      times.push(performance.now() - t);
    }
  }));
  const elapsed = performance.now() - started;
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { median: at(0.5), p99: at(0.99), rps: (requests / elapsed) * 1000 };
}

async function startPeer(driver: Driver): Promise<{ url: string; close: () => void }> {
  const yoga = createYoga({ schema: await peerSchema(driver), graphiql: false, logging: 'warn' });
  const server = createServer(yoga);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, close: () => server.close() };
}

async function main(): Promise<void> {
  const config = loadConfig();
  const driver = createDriver(config);
  await applySchema(driver, config.neo4j.database);
  await loadExtraction(driver, seedExtract(), { database: config.neo4j.database });
  for (let i = 0; i < 20; i++) await loadExtraction(driver, syntheticCompanies(`bench${i}`, 50), { database: config.neo4j.database });
  const kg = await startServer({ config: { ...config, server: { host: '127.0.0.1', port: 0 } }, driver });
  const peer = await startPeer(driver);
  const q = buildSearchQuery(SEARCH_TEXT)!;
  const contenders: Record<string, Record<string, () => Promise<unknown>>> = {
    'seed shape': {
      kg: () => post(kg.url, KG_SEED_SHAPE, { id: SEED_ID }),
      floor: () => floor(driver, config.neo4j.database, FLOOR_SEED_SHAPE, { id: SEED_ID }),
      peer: () => post(peer.url, PEER_SEED_SHAPE, { id: SEED_ID }),
    },
    search: {
      kg: () => post(kg.url, KG_SEARCH, { text: SEARCH_TEXT }),
      floor: () => floor(driver, config.neo4j.database, FLOOR_SEARCH, { q }),
      peer: () => post(peer.url, PEER_SEARCH, { phrase: q }),
    },
  };
  const rows: string[] = [];
  for (const [query, runs] of Object.entries(contenders)) {
    for (const run of Object.values(runs)) await measure(run, 200); // warm-up: JIT, query plans, pools
    const stats: Record<string, Stats> = {};
    // Interleaved rounds so the three see the same machine load.
    for (let round = 0; round < 4; round++) {
      for (const [name, run] of Object.entries(runs)) {
        const s = await measure(run, REQUESTS / 4);
        const prev = stats[name];
        stats[name] = prev ? { median: (prev.median * round + s.median) / (round + 1), p99: Math.max(prev.p99, s.p99), rps: (prev.rps * round + s.rps) / (round + 1) } : s;
      }
    }
    for (const [name, s] of Object.entries(stats)) {
      const ratio = s.median / stats.floor!.median;
      rows.push(`| ${query} | ${name} | ${s.median.toFixed(2)} | ${s.p99.toFixed(2)} | ${s.rps.toFixed(0)} | ${ratio.toFixed(2)}× |`);
    }
  }
  const load = (await import('node:os')).loadavg()[0]!.toFixed(1);
  process.stdout.write(`${REQUESTS} requests per query and contender, concurrency ${CONCURRENCY}, load average ${load}\n\n`);
  process.stdout.write('| query | contender | median ms | p99 ms | req/s | median vs floor |\n|---|---|---|---|---|---|\n');
  process.stdout.write(`${rows.join('\n')}\n`);
  await kg.close();
  peer.close();
  await driver.close();
}

await main();
