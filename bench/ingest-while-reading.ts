// Reads keep answering while the ingestArticle mutation extracts a 2 MB article: search
// latency (concurrency 1, back to back) before and during one such mutation, with the
// extraction and the building of its rows on a worker thread (the server's default,
// src/api/ingest-adapter.ts; the rows come back in parts and go to Neo4j in slices) and,
// side by side in the same run, on the server's own thread as before (an ingester that
// extracts in-process). The same article is sent both times; the second load finds it "unchanged"
// but extracts it in full all the same, which is the part that blocked.
// Also prints the server thread's longest event-loop stall during the mutation
// (perf_hooks.monitorEventLoopDelay): a slow search with no stall waited for Neo4j, not for us.
// Run: npx tsx bench/ingest-while-reading.ts [--kb 2000] [--worker-only]   (the local Neo4j on KG_NEO4J_PORT must run)
import { loadavg } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { startServer } from '../src/api/server.ts';
import type { ArticleIngester } from '../src/api/ingest-port.ts';
import { loadConfig } from '../src/config.ts';
import { createDriver } from '../src/graph/driver.ts';
import { applySchema } from '../src/graph/schema.ts';
import { ingestArticle } from '../src/ingest/ingest-articles.ts';
import { createIngester } from '../src/api/ingest-adapter.ts';
import { KG_SEARCH, SEARCH_TEXT, httpClient, loadBenchGraph } from './api-shared.ts';
import { generateArticles } from './synthetic/generate-articles.ts';

const kbAt = process.argv.indexOf('--kb');
const KB = kbAt > 0 ? Number(process.argv[kbAt + 1]) : 2000;
const TOKEN = 'bench-token-0123456789';
// Many different synthetic articles run together into one long one: real sentences, many names.
// A line of its own per run: the first mutation is a "new" article (written in full) every
// time the bench runs against the same graph.
let text = `Bài tổng hợp số ${Date.now()}.\n\n`;
let bytes = Buffer.byteLength(text);
for (const article of generateArticles(100_000, 7)) {
  if (bytes >= KB * 1000) break;
  const part = `${article.text}\n\n`;
  text += part;
  bytes += Buffer.byteLength(part); // counting the whole text each time took a minute
}

const base = loadConfig();
const maxArticleBytes = Math.max(base.maxArticleBytes, Buffer.byteLength(text) + 100_000);
const config = { ...base, apiToken: TOKEN, maxArticleBytes, server: { host: '127.0.0.1', port: 0 } };
const driver = createDriver(config);
await applySchema(driver, config.neo4j.database);
await loadBenchGraph(driver, config);

/** The in-process extractor the API had before: extraction on the server's thread. */
const mainThread: ArticleIngester = async (raw) => {
  const { report } = await ingestArticle(driver, raw, { database: config.neo4j.database });
  return report.status === 'failed' ? { ok: false, reason: report.reason ?? '' } : { ok: true, articleId: report.articleId!, unchanged: true, added: { sentences: 0, mentions: 0, entities: 0, facts: 0 }, warnings: [] };
};

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;
const summary = (xs: number[]) => ({ n: xs.length, p50: +percentile(xs, 50).toFixed(1), p99: +percentile(xs, 99).toFixed(1), max: +Math.max(...xs).toFixed(1) });

async function run(name: string, ingest: ArticleIngester) {
  const server = await startServer({ config, driver, ingest });
  const client = httpClient(2);
  const search = () => client.post(server.url, KG_SEARCH, { text: SEARCH_TEXT });
  let failed = 0;
  // A search that fails (the reader's own deadline, 11 s, passed) counts with its time.
  const timed = async (into: number[]) => {
    const started = performance.now();
    await search().catch(() => (failed += 1));
    into.push(performance.now() - started);
  };
  for (let i = 0; i < 50; i++) await search(); // warm-up
  const before: number[] = [];
  for (let i = 0; i < 200; i++) await timed(before);
  const during: number[] = [];
  const started = performance.now();
  const mutation = fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({
      query: 'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { __typename ... on Error { message } } }',
      variables: { input: { text, title: 'Bài tổng hợp dài' } },
    }),
  }).then(async (r) => (await r.json()) as unknown);
  let done = false;
  void mutation.then(() => (done = true));
  const stalls = monitorEventLoopDelay({ resolution: 10 });
  stalls.enable();
  while (!done) await timed(during);
  stalls.disable();
  const answer = await mutation;
  const mutationS = (performance.now() - started) / 1000;
  client.close();
  await server.close();
  return { name, mutationS: +mutationS.toFixed(1), answer: JSON.stringify(answer).slice(0, 80), searchBefore: summary(before), searchDuring: summary(during), searchesFailed: failed, eventLoopStallMs: { p99: +(stalls.percentile(99) / 1e6).toFixed(1), max: +(stalls.max / 1e6).toFixed(1) } };
}

const load = loadavg().map((l) => l.toFixed(1)).join(' ');
const results = [await run('worker thread (default)', createIngester(driver, { database: config.neo4j.database }))];
if (!process.argv.includes('--worker-only')) results.push(await run('server thread (before)', mainThread));
console.log(JSON.stringify({ articleKb: Math.round(Buffer.byteLength(text) / 1000), loadBefore: load, loadAfter: loadavg().map((l) => l.toFixed(1)).join(' '), results }, null, 1));
await driver.close();
// Something (a Server and two sockets, seen with process._getActiveHandles()) stayed open
// after everything above was closed and kept the process alive: the figures are printed,
// so end it.
process.exit(0);
