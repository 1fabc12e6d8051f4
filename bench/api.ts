// API benchmark, side by side in one run on the same graph: the seed-shape query (three
// hops with evidence quotes), a search, the first page (50) of a hub entity's facts with the
// first 3 quotes of each (what the Explorer's entity view shows), the same page with every
// quote, and a shortest path between two entities, each through
//   kg      kg's GraphQL over HTTP on 127.0.0.1 (src/api/server.ts)
//   floor   the equivalent hand-written Cypher through the driver
//   http    the same hand-written Cypher behind a minimal node:http server (JSON in, JSON
//           out, no GraphQL): the floor over the same HTTP hop the GraphQL servers pay
//   peer    @neo4j/graphql 7 (bench/api-peer.ts) behind the same Yoga HTTP stack
// Both HTTP contenders are asked by the same keep-alive node:http client (api-shared.ts).
// Besides wall-clock medians it reports CPU time per request of this process (client,
// servers and driver all run here; Neo4j's own CPU is not counted).
// `--baseline DIR` adds a fourth contender, "base": kg's server from another checkout (e.g.
// `git archive OLD src package.json tsconfig.json | tar -x -C DIR` and node_modules linked
// in), so a change is measured before and after in the same run on the same graph.
// The hub is the entity with the most facts unless `--hub ID`; the path runs from the seed's
// Sở TT&TT Đà Nẵng to Ngân hàng Thế giới unless `--from ID` / `--to ID`. Before measuring,
// every contender's answer to every query is checked against the floor's: the run stops if
// one is empty or holds other values (api-shared.ts `contentOf`).
// `--read-only` writes nothing (the seed and synthetic articles are not loaded): for a graph
// the bench may only read; a query the floor answers nothing to there (e.g. the seed shape,
// without the seed article) is left out of the run and named in the report.
// Run: npx tsx bench/api.ts [requests=2000] [concurrency=4] [--baseline DIR] [--hub ID] [--from ID] [--to ID] [--read-only]
//   (NEO4J_URI, or the local Neo4j on KG_NEO4J_PORT, must be running)
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { join, resolve as resolvePath } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createYoga } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';
import { startServer } from '../src/api/server.ts';
import { loadConfig } from '../src/config.ts';
import { createDriver } from '../src/graph/driver.ts';
import { buildSearchQuery } from '../src/graph/read/search-query.ts';
import { PEER_HUB_ALL_QUOTES, PEER_HUB_FACTS, PEER_PATH, PEER_SEARCH, PEER_SEED_SHAPE, peerSchema } from './api-peer.ts';
import {
  biggestHub, compare, type Config, contentOf, describeEntity, floor, FLOOR_HUB_ALL_QUOTES, FLOOR_HUB_FACTS, FLOOR_PATH, FLOOR_SEARCH, FLOOR_SEED_SHAPE,
  httpClient, KG_HUB_ALL_QUOTES, KG_HUB_FACTS, KG_PATH, KG_SEARCH, KG_SEED_SHAPE, loadBenchGraph, SEARCH_TEXT, searchContent, SEED_ID, WORLD_BANK_ID,
} from './api-shared.ts';

const args = process.argv.slice(2);
/** `--name VALUE` taken out of the arguments (null when absent). */
function option(name: string): string | null {
  const at = args.indexOf(`--${name}`);
  if (at < 0) return null;
  const value = args.splice(at, 2)[1];
  if (!value) throw new Error(`--${name} needs a value`);
  return value;
}
/** `--name` taken out of the arguments: whether it was there. */
function flag(name: string): boolean {
  const at = args.indexOf(`--${name}`);
  if (at >= 0) args.splice(at, 1);
  return at >= 0;
}
const READ_ONLY = flag('read-only');
const BASELINE_OPTION = option('baseline');
const BASELINE = BASELINE_OPTION ? resolvePath(BASELINE_OPTION) : null;
const HUB_OPTION = option('hub');
const PATH_FROM = option('from') ?? SEED_ID;
const PATH_TO = option('to') ?? WORLD_BANK_ID;
const REQUESTS = Number(args[0] ?? 2000);
const CONCURRENCY = Number(args[1] ?? 4);

async function startPeer(driver: Driver): Promise<{ url: string; close: () => void }> {
  const yoga = createYoga({ schema: await peerSchema(driver), graphiql: false, logging: 'warn' });
  const server = createServer(yoga);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, close: () => server.close() };
}

/**
 * The HTTP floor: a bare node:http server that runs the floor's hand-written Cypher for a
 * POSTed {query, variables} (query "seed", "search", "hub", "hubAll" or "path") and answers the rows as JSON, through
 * the same keep-alive client, so that kg's distance to it is what GraphQL costs.
 */
async function startHttpFloor(driver: Driver, database: string): Promise<{ url: string; close: () => void }> {
  const statements: Record<string, string> = { seed: FLOOR_SEED_SHAPE, search: FLOOR_SEARCH, hub: FLOOR_HUB_FACTS, hubAll: FLOOR_HUB_ALL_QUOTES, path: FLOOR_PATH };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      const { query, variables } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { query: string; variables: Record<string, unknown> };
      const data = await floor(driver, database, statements[query]!, variables);
      const body = JSON.stringify({ data });
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => server.close() };
}

/** kg's server as another checkout builds it (same driver, same config). */
async function startBaseline(dir: string, config: Config, driver: Driver) {
  const module = (await import(pathToFileURL(join(dir, 'src/api/server.ts')).href)) as typeof import('../src/api/server.ts');
  return module.startServer({ config: { ...config, server: { host: '127.0.0.1', port: 0 } }, driver });
}

/**
 * Stops the run when a contender answers nothing, or other values than the floor. False
 * (the query is left out) when the floor answers nothing on a graph the bench only reads.
 */
async function checkSameContent(query: string, runs: Record<string, () => Promise<unknown>>): Promise<boolean> {
  const contentOfAnswer = query === 'search' ? searchContent : contentOf;
  const expected = contentOfAnswer(await runs.floor!());
  if (expected.length === 0 && READ_ONLY) return false;
  if (expected.length === 0) throw new Error(`${query}: the floor answers nothing on this graph (for a hub or a path, pick ends that have one: --hub, --from, --to)`);
  for (const [name, run] of Object.entries(runs)) {
    const content = contentOfAnswer(await run());
    if (content.length === 0) throw new Error(`${query}: ${name} answers nothing`);
    const missing = expected.filter((value) => !content.includes(value));
    const extra = content.filter((value) => !expected.includes(value));
    if (missing.length || extra.length) {
      throw new Error(`${query}: ${name} answers other content than the floor: missing ${JSON.stringify(missing.slice(0, 5))}, extra ${JSON.stringify(extra.slice(0, 5))}`);
    }
  }
  return true;
}

async function main(): Promise<void> {
  const config = loadConfig();
  const driver = createDriver(config);
  const database = config.neo4j.database;
  if (!READ_ONLY) await loadBenchGraph(driver, config);
  const hub = HUB_OPTION ?? (await biggestHub(driver, database));
  const hubLine = `hub ${await describeEntity(driver, database, hub)}; path ${await describeEntity(driver, database, PATH_FROM)} → ${await describeEntity(driver, database, PATH_TO)}`;
  if (PATH_FROM === PATH_TO) throw new Error('--from and --to name the same entity: kg answers no path for it');
  const kg = await startServer({ config: { ...config, server: { host: '127.0.0.1', port: 0 } }, driver });
  const peer = await startPeer(driver);
  const httpFloor = await startHttpFloor(driver, database);
  const base = BASELINE ? await startBaseline(BASELINE, config, driver) : null;
  const { post, close } = httpClient(CONCURRENCY);
  const q = buildSearchQuery(SEARCH_TEXT)!;
  const contenders: Record<string, Record<string, () => Promise<unknown>>> = {
    'seed shape': {
      kg: () => post(kg.url, KG_SEED_SHAPE, { id: SEED_ID }),
      floor: () => floor(driver, database, FLOOR_SEED_SHAPE, { id: SEED_ID }),
      http: () => post(httpFloor.url, 'seed', { id: SEED_ID }),
      peer: () => post(peer.url, PEER_SEED_SHAPE, { id: SEED_ID }),
      ...(base ? { base: () => post(base.url, KG_SEED_SHAPE, { id: SEED_ID }) } : {}),
    },
    search: {
      kg: () => post(kg.url, KG_SEARCH, { text: SEARCH_TEXT }),
      floor: () => floor(driver, database, FLOOR_SEARCH, { q }),
      http: () => post(httpFloor.url, 'search', { q }),
      peer: () => post(peer.url, PEER_SEARCH, { phrase: q }),
      ...(base ? { base: () => post(base.url, KG_SEARCH, { text: SEARCH_TEXT }) } : {}),
    },
    'hub facts': {
      kg: () => post(kg.url, KG_HUB_FACTS, { id: hub }),
      floor: () => floor(driver, database, FLOOR_HUB_FACTS, { id: hub }),
      http: () => post(httpFloor.url, 'hub', { id: hub }),
      peer: () => post(peer.url, PEER_HUB_FACTS, { id: hub }),
      // no base: a checkout from before evidence(first:) cannot ask this page
    },
    'hub, all quotes': {
      kg: () => post(kg.url, KG_HUB_ALL_QUOTES, { id: hub }),
      floor: () => floor(driver, database, FLOOR_HUB_ALL_QUOTES, { id: hub }),
      http: () => post(httpFloor.url, 'hubAll', { id: hub }),
      peer: () => post(peer.url, PEER_HUB_ALL_QUOTES, { id: hub }),
      ...(base ? { base: () => post(base.url, KG_HUB_ALL_QUOTES, { id: hub }) } : {}),
    },
    path: {
      kg: () => post(kg.url, KG_PATH, { from: PATH_FROM, to: PATH_TO }),
      floor: () => floor(driver, database, FLOOR_PATH, { from: PATH_FROM, to: PATH_TO }),
      http: () => post(httpFloor.url, 'path', { from: PATH_FROM, to: PATH_TO }),
      peer: () => post(peer.url, PEER_PATH, { from: PATH_FROM, to: PATH_TO }),
      ...(base ? { base: () => post(base.url, KG_PATH, { from: PATH_FROM, to: PATH_TO }) } : {}),
    },
  };
  const skipped: string[] = [];
  for (const [query, runs] of Object.entries(contenders)) {
    if (!(await checkSameContent(query, runs))) {
      skipped.push(query);
      delete contenders[query];
    }
  }
  const loadBefore = loadavg()[0]!.toFixed(1);
  const rows: string[] = [];
  for (const [query, runs] of Object.entries(contenders)) {
    const stats = await compare(runs, REQUESTS, CONCURRENCY);
    for (const [name, s] of Object.entries(stats)) {
      const ratio = s.median / stats.floor!.median;
      const overHttp = s.median / stats.http!.median;
      rows.push(`| ${query} | ${name} | ${s.median.toFixed(2)} | ${s.p99.toFixed(2)} | ${s.rps.toFixed(0)} | ${s.cpu.toFixed(2)} | ${ratio.toFixed(2)}× | ${overHttp.toFixed(2)}× |`);
    }
  }
  const baseNote = BASELINE ? `, base = ${BASELINE}` : '';
  const skipNote = skipped.length ? `\nleft out (the floor answers nothing on this graph, read-only run): ${skipped.join(', ')}` : '';
  process.stdout.write(`${REQUESTS} requests per query and contender, concurrency ${CONCURRENCY}, load average ${loadBefore} → ${loadavg()[0]!.toFixed(1)}${baseNote}\n${hubLine}${skipNote}\n\n`);
  process.stdout.write('| query | contender | median ms | p99 ms | req/s | CPU ms/req | median vs floor | vs HTTP floor |\n|---|---|---|---|---|---|---|---|\n');
  process.stdout.write(`${rows.join('\n')}\n`);
  close();
  await kg.close();
  await base?.close();
  peer.close();
  httpFloor.close();
  await driver.close();
}

await main();
