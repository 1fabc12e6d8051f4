// Issue #12 item 3 through the API: 20 ingestArticle mutations sent at once, 20 different
// articles (the sample article's text under 20 URLs: 20 article ids, the same facts), on a
// server with the default ingester (extraction on its worker thread). Afterwards every fact
// the articles state must list all 20 of them in articleIds (the issue saw 1–3 of 20).
// Prints wall time, per-call latency and the support check, with the load average.
// Run: npx tsx bench/parallel-ingest.ts [--calls 20]   (the local Neo4j on KG_NEO4J_PORT must run)
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { createIngester } from '../src/api/ingest-adapter.ts';
import { startServer } from '../src/api/server.ts';
import { loadConfig, REPO_ROOT } from '../src/config.ts';
import { createDriver } from '../src/graph/driver.ts';
import { applySchema } from '../src/graph/schema.ts';

const callsAt = process.argv.indexOf('--calls');
const CALLS = callsAt > 0 ? Number(process.argv[callsAt + 1]) : 20;
const TOKEN = 'bench-token-0123456789';
const text = readFileSync(path.join(REPO_ROOT, 'samples', 'articles', 'danang-futuregov.txt'), 'utf8');
const run = Date.now().toString(36);

const base = loadConfig();
const config = { ...base, apiToken: TOKEN, server: { host: '127.0.0.1', port: 0 } };
const driver = createDriver(config);
await applySchema(driver, config.neo4j.database);
const server = await startServer({ config, driver, ingest: createIngester(driver, { database: config.neo4j.database }) });

const MUTATION = 'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { __typename ... on IngestArticlePayload { article { id } unchanged } ... on Error { message } } }';
const loadBefore = loadavg().map((l) => l.toFixed(1)).join(' ');
const started = performance.now();
const answers = await Promise.all(
  Array.from({ length: CALLS }, async (_, i) => {
    const t = performance.now();
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ query: MUTATION, variables: { input: { text, url: `https://parallel.invalid/${run}/${i}` } } }),
    });
    type Answer = { __typename: string; article?: { id: string } | null; unchanged?: boolean; message?: string };
    const body = (await response.json()) as { data?: { ingestArticle: Answer }; errors?: unknown };
    return { ms: performance.now() - t, answer: body.data?.ingestArticle ?? { __typename: `errors: ${JSON.stringify(body.errors).slice(0, 200)}` } };
  }),
);
const wallS = (performance.now() - started) / 1000;
// The graph's own article ids (the API's ids are global ids), found by the run's URLs.
const stored = await driver.executeQuery(
  'MATCH (a:Article) WHERE a.url STARTS WITH $prefix RETURN a.id AS id',
  { prefix: `https://parallel.invalid/${run}/` },
  { database: config.neo4j.database },
);
const ids = stored.records.map((r) => r.get('id') as string);

// Every fact any of these articles supports, with how many of them it lists.
const { records } = await driver.executeQuery(
  `MATCH ()-[r]->() WHERE r.articleIds IS NOT NULL AND any(id IN r.articleIds WHERE id IN $ids)
   RETURN type(r) AS type, size([id IN r.articleIds WHERE id IN $ids]) AS listed`,
  { ids },
  { database: config.neo4j.database },
);
const listed = records.map((r) => Number(r.get('listed')));
const ms = answers.map((a) => a.ms).sort((a, b) => a - b);
console.log(
  JSON.stringify(
    {
      calls: CALLS,
      loadBefore,
      loadAfter: loadavg().map((l) => l.toFixed(1)).join(' '),
      wallS: +wallS.toFixed(1),
      latencyMs: { min: Math.round(ms[0]!), median: Math.round(ms[Math.floor(ms.length / 2)]!), max: Math.round(ms.at(-1)!) },
      answers: answers.reduce<Record<string, number>>((n, a) => ({ ...n, [a.answer.__typename]: (n[a.answer.__typename] ?? 0) + 1 }), {}),
      unchanged: answers.filter((a) => a.answer.unchanged).length,
      articlesStored: ids.length,
      facts: listed.length,
      factsListingAll: listed.filter((n) => n === CALLS).length,
      fewestListed: listed.length > 0 ? Math.min(...listed) : null,
    },
    null,
    1,
  ),
);
await server.close();
await driver.close();
// As in ingest-while-reading.ts: a server handle stays open after close; the figures are printed.
process.exit(0);
