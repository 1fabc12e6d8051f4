// Graph loader benchmark (run on demand: `npx tsx bench/load.ts [--articles 300] [--e2e 1000] [--rounds 3]`).
// Starts its own throw-away Neo4j (temp data dir, free port) so it can wipe freely, then:
//  1. facts/s: the same extracted SYNTHETIC corpus loaded by the batched loader (loadExtractions,
//     --batch articles per transaction, one UNWIND statement per label/type) and by one statement
//     per row, one article per transaction (bench/load-naive.ts), wiped in between;
//  2. end to end: `ingestArticles` (extract + load) of N SYNTHETIC articles into an empty graph.
// Prints medians as a Markdown table for bench/RESULTS.md ("Graph").
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../src/config.ts';
import type { ExtractResult } from '../src/domain/extraction.ts';
import { createDriver } from '../src/graph/driver.ts';
import { ingestArticles } from '../src/graph/ingest/ingest-articles.ts';
import { applySchema } from '../src/graph/schema.ts';
import { buildRows } from '../src/graph/write/build-rows.ts';
import { loadExtractions } from '../src/graph/write/write-article.ts';
import { freePort } from '../src/neo4j-local/bolt-probe.ts';
import { stopLocalNeo4j } from '../src/neo4j-local/manage-local-neo4j.ts';
import { startLocalNeo4j } from '../src/neo4j-local/start-local-neo4j.ts';
import { extractArticle } from '../src/pipeline/extract.ts';
import { loadNaively } from './load-naive.ts';
import { generateArticles } from './synthetic/generate-articles.ts';

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const ARTICLES = arg('articles', 300);
const E2E = arg('e2e', 1000);
const ROUNDS = arg('rounds', 3);
const BATCH = arg('batch', 50);
const log = (m: string) => process.stderr.write(`${m}\n`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function wipe(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
}

async function timed(fn: () => Promise<void>): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

type Way = 'naive' | number;

/** Loads the corpus one way: 'naive', or batched with N articles per transaction. */
async function loadCorpus(driver: Driver, corpus: ExtractResult[], way: Way): Promise<void> {
  if (way === 'naive') {
    for (const result of corpus) await loadNaively(driver, result);
    return;
  }
  for (let i = 0; i < corpus.length; i += way) {
    const outcomes = await loadExtractions(driver, corpus.slice(i, i + way));
    if (outcomes.some((o) => o instanceof Error)) throw new Error('a batched load failed');
  }
}

/** One unmeasured warm-up round (JIT, page cache, query plans), then ROUNDS measured ones. */
async function loaderRounds(driver: Driver, corpus: ExtractResult[], facts: number, ways: Way[]) {
  const times = new Map<Way, number[]>(ways.map((w) => [w, []]));
  for (let round = 0; round <= ROUNDS; round++) {
    const order = round % 2 === 0 ? ways : [...ways].reverse();
    for (const way of order) {
      await wipe(driver);
      const ms = await timed(() => loadCorpus(driver, corpus, way));
      if (round > 0) times.get(way)!.push(ms);
      const name = way === 'naive' ? 'naive' : `batched ${way}/tx`;
      log(`${round === 0 ? 'warm-up' : `round ${round}`}: ${name}: ${corpus.length} articles, ${facts} facts in ${ms.toFixed(0)} ms = ${((facts / ms) * 1000).toFixed(0)} facts/s`);
    }
  }
  return new Map([...times].map(([way, list]) => [way, median(list)]));
}

async function endToEndRounds(driver: Driver) {
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    await wipe(driver);
    const articles = [...generateArticles(E2E, 1000 + round)];
    const extractStarted = performance.now();
    articles.forEach((a) => extractArticle(a));
    log(`round ${round + 1}: extraction alone of ${E2E} articles: ${((performance.now() - extractStarted) / 1000).toFixed(1)} s`);
    let failed = 0;
    const ms = await timed(async () => {
      failed = (await ingestArticles(driver, articles)).failed;
    });
    times.push(ms);
    log(`round ${round + 1}: ingest ${E2E} articles end to end in ${(ms / 1000).toFixed(1)} s (${failed} failed)`);
  }
  return median(times);
}

async function main(): Promise<void> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'kg-bench-load-'));
  const port = await freePort();
  const { uri } = await startLocalNeo4j({ port, dataDir, parentPid: process.pid, onProgress: log });
  const base = loadConfig();
  const driver = createDriver({ ...base, neo4j: { ...base.neo4j, uri } });
  try {
    await applySchema(driver);
    const started = performance.now();
    const corpus = [...generateArticles(ARTICLES, 7)].map(extractArticle);
    const extractMs = performance.now() - started;
    const facts = corpus.reduce((n, r) => n + Object.values(buildRows(r).facts).flat().length + buildRows(r).quantityFacts.length, 0);
    log(`corpus: ${ARTICLES} synthetic articles, ${facts} facts (${(facts / ARTICLES).toFixed(1)} per article), extracted in ${extractMs.toFixed(0)} ms`);
    const ways: Way[] = [BATCH, 200, 'naive'];
    const loader = await loaderRounds(driver, corpus, facts, ways);
    const e2e = await endToEndRounds(driver);
    const rate = (ms: number) => ((facts / ms) * 1000).toFixed(0);
    const [batched, big, naive] = ways.map((w) => loader.get(w)!) as [number, number, number];
    process.stdout.write(
      [
        `| measure (median of ${ROUNDS}) | value |`,
        '|---|---|',
        `| corpus | ${ARTICLES} synthetic articles, ${facts} facts (${(facts / ARTICLES).toFixed(1)}/article) |`,
        `| batched loader, ${BATCH} articles/transaction (kg ingest default) | ${rate(batched)} facts/s (${(batched / ARTICLES).toFixed(1)} ms/article) |`,
        `| batched loader, 200 articles/transaction | ${rate(big)} facts/s (${(big / ARTICLES).toFixed(1)} ms/article) |`,
        `| one statement per row, one article/transaction | ${rate(naive)} facts/s (${(naive / ARTICLES).toFixed(1)} ms/article) |`,
        `| batched (${BATCH}/tx) ÷ naive | ${(naive / batched).toFixed(1)}× |`,
        `| ingest ${E2E} articles end to end (extract + load, kg ingest defaults) | ${(e2e / 1000).toFixed(1)} s (${((E2E / e2e) * 1000).toFixed(0)} articles/s) |`,
        '',
      ].join('\n'),
    );
  } finally {
    await driver.close();
    await stopLocalNeo4j(dataDir);
    await fs.rm(dataDir, { recursive: true, force: true });
  }
}

await main();
