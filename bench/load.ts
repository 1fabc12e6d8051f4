// Graph loader benchmark (run on demand: `npx tsx bench/load.ts [--articles 400] [--e2e 1000] [--rounds 3] [--warmup 2]`).
// Starts its own throw-away Neo4j (temp data dir, free port) so it can wipe freely, then:
//  1. facts/s: the same extracted SYNTHETIC corpus loaded by the batched loader (N articles per
//     transaction, one UNWIND statement per label/type, the next batch's rows built while the
//     current one is written, as `kg ingest` does) and by one statement per row, one article per
//     transaction (bench/load-naive.ts), wiped in between; with the server's CPU time per round;
//  2. end to end: `ingestArticles` (extract + load) of N SYNTHETIC articles into an empty graph.
// Prints medians as a Markdown table for bench/RESULTS.md ("Graph").
import { readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../src/config.ts';
import type { ExtractResult } from '../src/domain/extraction.ts';
import { createDriver } from '../src/graph/driver.ts';
import { ingestArticles } from '../src/ingest/ingest-articles.ts';
import { applySchema } from '../src/graph/schema.ts';
import { buildRows } from '../src/graph/write/build-rows.ts';
import { loadPrepared, prepareExtractions } from '../src/graph/write/write-article.ts';
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
const ARTICLES = arg('articles', 400);
const E2E = arg('e2e', 1000);
const ROUNDS = arg('rounds', 3);
/** Unmeasured rounds first: the JIT of a fresh Neo4j keeps compiling for several rounds. */
const WARMUP = arg('warmup', 2);
const BATCH = arg('batch', 200);
const OTHER_BATCH = arg('other-batch', 50);
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

/** CPU time (ms) the Neo4j process has used so far, from /proc (Linux); null elsewhere. */
function serverCpuMs(pid: number | null): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10; // utime + stime, in 10 ms ticks
  } catch {
    return null;
  }
}

type Way = 'naive' | number;

/** Loads the corpus one way: 'naive', or batched with N articles per transaction. */
async function loadCorpus(driver: Driver, corpus: ExtractResult[], way: Way): Promise<void> {
  if (way === 'naive') {
    for (const result of corpus) await loadNaively(driver, result);
    return;
  }
  let writing: Promise<void> = Promise.resolve();
  for (let i = 0; i < corpus.length; i += way) {
    const prepared = prepareExtractions(corpus.slice(i, i + way));
    await writing;
    writing = loadPrepared(driver, prepared).then((outcomes) => {
      if (outcomes.some((o) => o instanceof Error)) throw new Error('a batched load failed');
    });
  }
  await writing;
}

/** WARMUP unmeasured rounds (the naive way on a quarter of the corpus: it is slow), then ROUNDS measured ones. */
async function loaderRounds(driver: Driver, serverPid: number | null, corpus: ExtractResult[], facts: number, ways: Way[]) {
  const times = new Map<Way, number[]>(ways.map((w) => [w, []]));
  const cpu = new Map<Way, number[]>(ways.map((w) => [w, []]));
  for (let round = 1 - WARMUP; round <= ROUNDS; round++) {
    const order = round % 2 === 0 ? ways : [...ways].reverse();
    for (const way of order) {
      const articles = round <= 0 && way === 'naive' ? corpus.slice(0, Math.ceil(corpus.length / 4)) : corpus;
      await wipe(driver);
      const cpuBefore = serverCpuMs(serverPid);
      const ms = await timed(() => loadCorpus(driver, articles, way));
      const serverMs = cpuBefore === null ? null : serverCpuMs(serverPid)! - cpuBefore;
      const name = way === 'naive' ? 'naive' : `batched ${way}/tx`;
      if (round <= 0) {
        log(`warm-up: ${name}: ${articles.length} articles in ${ms.toFixed(0)} ms`);
        continue;
      }
      times.get(way)!.push(ms);
      if (serverMs !== null) cpu.get(way)!.push(serverMs);
      log(`round ${round}: ${name}: ${corpus.length} articles, ${facts} facts in ${ms.toFixed(0)} ms = ${((facts / ms) * 1000).toFixed(0)} facts/s (Neo4j CPU ${serverMs ?? '?'} ms)`);
    }
  }
  const medians = (m: Map<Way, number[]>) => new Map([...m].map(([way, list]) => [way, list.length > 0 ? median(list) : NaN]));
  return { wall: medians(times), serverCpu: medians(cpu) };
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
  const { uri, pid } = await startLocalNeo4j({ port, dataDir, parentPid: process.pid, onProgress: log });
  const base = loadConfig();
  const driver = createDriver({ ...base, neo4j: { ...base.neo4j, uri } });
  try {
    await applySchema(driver);
    const started = performance.now();
    const corpus = [...generateArticles(ARTICLES, 7)].map(extractArticle);
    const extractMs = performance.now() - started;
    const facts = corpus.reduce((n, r) => n + Object.values(buildRows(r).facts).flat().length + buildRows(r).quantityFacts.length, 0);
    log(`corpus: ${ARTICLES} synthetic articles, ${facts} facts (${(facts / ARTICLES).toFixed(1)} per article), extracted in ${extractMs.toFixed(0)} ms`);
    const ways: Way[] = [BATCH, OTHER_BATCH, 'naive'];
    const loader = await loaderRounds(driver, pid, corpus, facts, ways);
    const e2e = await endToEndRounds(driver);
    const rate = (ms: number) => ((facts / ms) * 1000).toFixed(0);
    const row = (way: Way, label: string) => {
      const ms = loader.wall.get(way)!;
      const cpu = loader.serverCpu.get(way)!;
      return `| ${label} | ${rate(ms)} facts/s (${(ms / ARTICLES).toFixed(2)} ms/article; Neo4j CPU ${(cpu / ARTICLES).toFixed(2)} ms/article) |`;
    };
    const load = os.loadavg().map((x) => x.toFixed(1)).join(' ');
    process.stdout.write(
      [
        `${new Date().toISOString()}, load average ${load}`,
        '',
        `| measure (median of ${ROUNDS}, after ${WARMUP} warm-up rounds) | value |`,
        '|---|---|',
        `| corpus | ${ARTICLES} synthetic articles, ${facts} facts (${(facts / ARTICLES).toFixed(1)}/article) |`,
        row(BATCH, `batched loader, ${BATCH} articles/transaction (kg ingest default)`),
        row(OTHER_BATCH, `batched loader, ${OTHER_BATCH} articles/transaction`),
        row('naive', 'one statement per row, one article/transaction'),
        `| batched (${BATCH}/tx) ÷ naive | ${(loader.wall.get('naive')! / loader.wall.get(BATCH)!).toFixed(1)}× |`,
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
