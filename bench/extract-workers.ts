// Extraction throughput on 1 and 2 worker threads (and on the main thread), side by side on
// the same corpus articles, rounds interleaved: the speed-up that `kg ingest --workers`
// buys. No database: what the workers parallelise is extraction.
// Run: npx tsx bench/extract-workers.ts [--articles 400] [--rounds 3] [--corpus DIR]
import { createReadStream } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { REPO_ROOT } from '../src/config.ts';
import type { RawArticle } from '../src/domain/article-input.ts';
import { extractRecord } from '../src/ingest/extract-record.ts';
import { ExtractionPool } from '../src/ingest/extraction-pool.ts';
import { recordToArticle } from '../src/sources/parse-records.ts';

const args = process.argv.slice(2);
const option = (name: string) => (args.indexOf(name) >= 0 ? args[args.indexOf(name) + 1] : undefined);
const ARTICLES = Number(option('--articles') ?? 400);
const ROUNDS = Number(option('--rounds') ?? 3);
const CORPUS = path.resolve(option('--corpus') ?? path.join(REPO_ROOT, '..', 'shared', 'corpus'));

// Every 20th article of vntc, so that the sample spans its topics.
const articles: RawArticle[] = [];
let n = 0;
for await (const line of createInterface({ input: createReadStream(path.join(CORPUS, 'vntc.jsonl.gz')).pipe(createGunzip()) })) {
  if (n++ % 20 !== 0) continue;
  const article = recordToArticle(JSON.parse(line), `vntc:${n}`);
  if (!(article instanceof Error)) articles.push(article);
  if (articles.length >= ARTICLES) break;
}

async function throughput(extract: (raw: RawArticle) => Promise<unknown>, window: number): Promise<number> {
  const started = performance.now();
  const underWay: Array<Promise<unknown>> = [];
  for (const raw of articles) {
    underWay.push(extract(raw));
    if (underWay.length >= window) await underWay.shift();
  }
  await Promise.all(underWay);
  return articles.length / ((performance.now() - started) / 1000);
}

const pools = { 1: new ExtractionPool(1), 2: new ExtractionPool(2) };
// Warm-up: JIT and each worker's lexicons.
await Promise.all(articles.slice(0, 40).map((a) => pools[1].extract(a)));
await Promise.all(articles.slice(0, 40).map((a) => pools[2].extract(a)));
for (const a of articles.slice(0, 40)) extractRecord(a);

const rates: Record<string, number[]> = { 'main thread': [], '1 worker': [], '2 workers': [] };
const load = loadavg().map((l) => l.toFixed(1)).join(' ');
for (let round = 0; round < ROUNDS; round++) {
  rates['main thread']!.push(await throughput(async (raw) => extractRecord(raw), 1));
  rates['1 worker']!.push(await throughput((raw) => pools[1].extract(raw), 4));
  rates['2 workers']!.push(await throughput((raw) => pools[2].extract(raw), 8));
}
await Promise.all(Object.values(pools).map((p) => p.close()));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const medians = Object.fromEntries(Object.entries(rates).map(([k, v]) => [k, +median(v).toFixed(1)]));
console.log(
  JSON.stringify(
    {
      articles: articles.length,
      rounds: ROUNDS,
      cores: availableParallelism(),
      articlesPerS: medians,
      all: Object.fromEntries(Object.entries(rates).map(([k, v]) => [k, v.map((x) => +x.toFixed(1))])),
      speedUp1to2: +(medians['2 workers']! / medians['1 worker']!).toFixed(2),
      loadBefore: load,
      loadAfter: loadavg().map((l) => l.toFixed(1)).join(' '),
    },
    null,
    1,
  ),
);
