// Crash in the middle of an ingest of 300 SYNTHETIC articles (bench/synthetic): SIGKILL
// the `kg ingest` process part-way; in another run SIGKILL Neo4j's java part-way and
// start it again; then re-run the ingest. The final graph equals a clean run's (counts by
// label and type, digest of every id and property), and no article is ever half-loaded
// (checked while the ingests run, after each kill, and at the end).
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateArticles } from '../../../../bench/synthetic/generate-articles.ts';
import { expectedArticles, halfLoadedArticles, storedArticleIds, type ExpectedArticle } from '../support/article-consistency.ts';
import { recordFigures } from '../support/figures.ts';
import { graphDigest, wipeGraph, type GraphDigest } from '../support/graph-digest.ts';
import { ingestProgress, runKgProcess, waitFor, type KgRun } from '../support/kg-process.ts';
import { startOwnNeo4j, type OwnNeo4j } from '../support/own-neo4j.ts';

const COUNT = 300;
const KILL_AFTER = 90;
let neo4j: OwnNeo4j;
let dir: string;
let expected: Map<string, ExpectedArticle>;
let clean: GraphDigest;
const figures: Record<string, unknown> = { articles: COUNT };

beforeAll(async () => {
  const articles = [...generateArticles(COUNT, 20261129)];
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'kg-crash-'));
  for (const [i, { origin: _origin, ...record }] of articles.entries()) {
    await fs.writeFile(path.join(dir, `synthetic-${String(i).padStart(4, '0')}.json`), JSON.stringify(record));
  }
  expected = expectedArticles(articles.map((a, i) => ({ ...a, origin: String(i) })));
  neo4j = await startOwnNeo4j('crash');
}, 600_000);

afterAll(async () => {
  await neo4j?.dispose();
  await fs.rm(dir, { recursive: true, force: true });
  await recordFigures('crash-ingest', figures);
});

/** Polls the graph while `run` is alive: every article in it must be whole. Returns checks made. */
function watchConsistency(run: KgRun, problems: string[]): Promise<number> {
  let checks = 0;
  return (async () => {
    while (run.child.exitCode === null && run.child.signalCode === null && checks < 2_000) {
      const found = await halfLoadedArticles(neo4j.driver, expected).catch(() => null); // null: Neo4j down
      if (found) {
        checks += 1;
        for (const p of found) if (!problems.includes(`${p.articleId}: ${p.problem}`)) problems.push(`${p.articleId}: ${p.problem}`);
      }
      await new Promise((r) => setTimeout(r, 300));
    }
    return checks;
  })();
}

async function ingestToEnd(label: string): Promise<void> {
  const started = performance.now();
  const run = runKgProcess(['ingest', dir], neo4j.uri);
  const problems: string[] = [];
  const watching = watchConsistency(run, problems);
  const { code } = await run.done;
  figures[`${label}.checksWhileRunning`] = await watching;
  figures[`${label}.seconds`] = Math.round((performance.now() - started) / 100) / 10;
  expect(code, run.stderr().slice(-2000)).toBe(0);
  expect(problems).toEqual([]);
}

describe('crash in the middle of an ingest', () => {
  it('clean run: every article whole', async () => {
    await ingestToEnd('clean');
    clean = await graphDigest(neo4j.driver);
    expect(await halfLoadedArticles(neo4j.driver, expected)).toEqual([]);
    expect((await storedArticleIds(neo4j.driver)).size).toBe(expected.size);
    figures.cleanCounts = { labels: clean.labels, types: clean.types };
  }, 600_000);

  it('SIGKILL of kg ingest part-way, then a re-run: equals the clean run', async () => {
    await wipeGraph(neo4j.driver);
    const run = runKgProcess(['ingest', dir], neo4j.uri);
    const problems: string[] = [];
    const watching = watchConsistency(run, problems);
    await waitFor(() => ingestProgress(run) >= KILL_AFTER, 300_000, `${KILL_AFTER} articles ingested`);
    run.child.kill('SIGKILL');
    const { signal } = await run.done;
    await watching;
    expect(signal).toBe('SIGKILL');
    const stored = (await storedArticleIds(neo4j.driver)).size;
    figures['killIngest.articlesBeforeKill'] = stored;
    expect(stored).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(stored).toBeLessThan(COUNT);
    expect(problems).toEqual([]);
    expect(await halfLoadedArticles(neo4j.driver, expected)).toEqual([]);
    await ingestToEnd('killIngest.rerun');
    const after = await graphDigest(neo4j.driver);
    expect({ labels: after.labels, types: after.types }).toEqual({ labels: clean.labels, types: clean.types });
    expect(after.digest).toBe(clean.digest);
  }, 900_000);

  it('SIGKILL of Neo4j part-way, Neo4j started again, then a re-run: equals the clean run', async () => {
    await wipeGraph(neo4j.driver);
    const run = runKgProcess(['ingest', dir], neo4j.uri);
    const problems: string[] = [];
    const watching = watchConsistency(run, problems);
    await waitFor(() => ingestProgress(run) >= KILL_AFTER, 300_000, `${KILL_AFTER} articles ingested`);
    await neo4j.kill();
    const restarted = performance.now();
    await neo4j.start();
    figures['killNeo4j.restartSeconds'] = Math.round((performance.now() - restarted) / 100) / 10;
    // The interrupted ingest retries or fails its articles; it must end, not hang.
    const { code, signal } = await run.done;
    await watching;
    figures['killNeo4j.interruptedExit'] = signal ?? code;
    figures['killNeo4j.interruptedFailed'] = (run.stderr().match(/^failed: /gm) ?? []).length;
    expect(signal).toBeNull();
    expect(run.stderr()).not.toMatch(/\n\s+at\s|Unhandled/);
    expect(problems).toEqual([]);
    expect(await halfLoadedArticles(neo4j.driver, expected)).toEqual([]);
    await ingestToEnd('killNeo4j.rerun');
    const after = await graphDigest(neo4j.driver);
    expect({ labels: after.labels, types: after.types }).toEqual({ labels: clean.labels, types: clean.types });
    expect(after.digest).toBe(clean.digest);
  }, 1_200_000);
});
