// Where kg's milliseconds go for the seed-shape query (or, with `--query hub`, the first page
// of the biggest hub's facts with 3 quotes each, as the Explorer's entity view asks it): each stage timed side by side in one
// run (interleaved rounds, api-shared.ts), from the database statement alone up to the full
// request over HTTP. The differences between rows say what each layer costs:
//   floor statement   the floor's hand-written Cypher through the driver (bench/api.ts)
//   kg statement      the one statement kg issues for the query, through the driver
//   kg reader         the same through GraphReader.rows (session, timeout, toPlain)
//   execute           graphql `execute` of the parsed query with a fresh context (no Yoga)
//   yoga.fetch        the whole Yoga pipeline in-process (parse/validate caches, limits, JSON)
//   HTTP __typename   `{ __typename }` through kg's server over node:http (the HTTP hop)
//   HTTP kg           the full request, as bench/api.ts measures it
// Run: npx tsx bench/api-stages.ts [requests=1000] [concurrency=1] [--query seed|hub]
import { loadavg } from 'node:os';
import { execute, parse } from 'graphql';
import { createContext } from '../src/api/context.ts';
import { schema } from '../src/api/schema.ts';
import { createYogaApp, startServer } from '../src/api/server.ts';
import { loadConfig } from '../src/config.ts';
import { createDriver } from '../src/graph/driver.ts';
import { GraphReader } from '../src/graph/read/reader.ts';
import { biggestHub, compare, floor, FLOOR_HUB_FACTS, FLOOR_SEED_SHAPE, httpClient, KG_HUB_FACTS, KG_SEED_SHAPE, loadBenchGraph, SEED_ID } from './api-shared.ts';

const REQUESTS = Number(process.argv[2] ?? 1000);
const CONCURRENCY = Number(process.argv[3] ?? 1);
const queryAt = process.argv.indexOf('--query');
const QUERY = queryAt >= 0 ? process.argv[queryAt + 1] : 'seed';
if (QUERY !== 'seed' && QUERY !== 'hub') throw new Error(`--query seed or hub, not ${QUERY}`);

async function main(): Promise<void> {
  const config = { ...loadConfig(), server: { host: '127.0.0.1', port: 0 } };
  const driver = createDriver(config);
  await loadBenchGraph(driver, config);
  const database = config.neo4j.database;
  const id = QUERY === 'hub' ? await biggestHub(driver, database) : SEED_ID;
  const [KG_QUERY, FLOOR_QUERY] = QUERY === 'hub' ? [KG_HUB_FACTS, FLOOR_HUB_FACTS] : [KG_SEED_SHAPE, FLOOR_SEED_SHAPE];

  // The statements kg sends for the seed shape, caught on the request's reader.
  const statements: Array<{ query: string; params: Record<string, unknown> }> = [];
  const catching = createYogaApp({
    config,
    driver,
    onContext: (ctx) => {
      const rows = ctx.reader.rows.bind(ctx.reader);
      ctx.reader.rows = (query, params = {}) => {
        statements.push({ query, params });
        return rows(query, params);
      };
    },
  });
  const seedBody = JSON.stringify({ query: KG_QUERY, variables: { id } });
  const yogaPost = async (yoga: typeof catching) => {
    const response = await yoga.fetch('http://kg.bench/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: seedBody });
    const body = (await response.json()) as { errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
  };
  await yogaPost(catching);
  if (statements.length !== 1) throw new Error(`expected one statement for the ${QUERY} query, saw ${statements.length}`);
  const [statement] = statements;

  const yoga = createYogaApp({ config, driver });
  const kg = await startServer({ config, driver });
  const { post, close } = httpClient(CONCURRENCY);
  const document = parse(KG_QUERY);
  const request = new Request('http://kg.bench/graphql');
  const reader = new GraphReader(driver, { database, timeoutMs: config.queryTimeoutMs });
  const deps = { config, driver, ingest: { ingest: () => Promise.reject(new Error('read only')) } } as unknown as Parameters<typeof createContext>[0];

  const stages: Record<string, () => Promise<unknown>> = {
    'floor statement': () => floor(driver, database, FLOOR_QUERY, { id }),
    'kg statement': () => floor(driver, database, statement!.query, statement!.params),
    'kg reader': () => reader.rows(statement!.query, statement!.params),
    execute: async () => {
      const result = await execute({ schema, document, variableValues: { id }, contextValue: createContext(deps, request) });
      if (result.errors) throw new Error(JSON.stringify(result.errors));
    },
    'yoga.fetch': () => yogaPost(yoga),
    'HTTP __typename': () => post(kg.url, '{ __typename }'),
    'HTTP kg': () => post(kg.url, KG_QUERY, { id }),
  };
  const loadBefore = loadavg()[0]!.toFixed(1);
  const stats = await compare(stages, REQUESTS, CONCURRENCY);
  process.stdout.write(`${QUERY === 'hub' ? `hub ${id}, first page of facts with 3 quotes` : 'seed shape'}, ${REQUESTS} requests per stage, concurrency ${CONCURRENCY}, load average ${loadBefore} → ${loadavg()[0]!.toFixed(1)}\n\n`);
  process.stdout.write('| stage | median ms | p99 ms | CPU ms/req |\n|---|---|---|---|\n');
  for (const [name, s] of Object.entries(stats)) {
    process.stdout.write(`| ${name} | ${s.median.toFixed(2)} | ${s.p99.toFixed(2)} | ${s.cpu.toFixed(2)} |\n`);
  }
  close();
  await kg.close();
  await driver.close();
}

await main();
