// Where a batched load spends its time (run on demand against YOUR OWN dev Neo4j, it wipes it):
//   npx tsx bench/load-profile.ts --uri bolt://127.0.0.1:7701 [--articles 400] [--batch 50]
// Loads the SYNTHETIC corpus with the real loader up to the last batch (so the graph is not
// empty), then writes the last batch statement by statement, each awaited on its own, with
// its wall time and PROFILE db hits, then the commit. The same batch is profiled in a
// transaction that is rolled back, so the timed one runs on the same graph.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { ExtractResult } from '../src/domain/extraction.ts';
import { buildRows, type ArticleRows } from '../src/graph/write/build-rows.ts';
import { mergeRows } from '../src/graph/write/merge-rows.ts';
import { loadExtractions } from '../src/graph/write/write-article.ts';
import * as S from '../src/graph/write/statements.ts';
import { applySchema } from '../src/graph/schema.ts';
import { extractArticle } from '../src/pipeline/extract.ts';
import { generateArticles } from './synthetic/generate-articles.ts';

const arg = (name: string, fallback: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1]! : fallback;
};
const ARTICLES = Number(arg('articles', '400'));
const BATCH = Number(arg('batch', '50'));
/** --seed N --preload 0: profile a fresh batch on the graph as it is (no wipe, no preload). */
const SEED = Number(arg('seed', '7'));
const PRELOAD = Number(arg('preload', String(ARTICLES - BATCH)));

type Step = { name: string; query: string; params: Record<string, unknown> };

function steps(list: ArticleRows[]): Step[] {
  const rows = mergeRows(list);
  const out: Step[] = [{ name: 'ARTICLE_HASHES', query: S.ARTICLE_HASHES, params: { ids: list.map((r) => r.articleId) } }];
  for (const [type, r] of Object.entries(rows.entities)) out.push({ name: `ENTITIES ${type} (${r!.length})`, query: S.UPSERT_ENTITIES[type as keyof typeof S.UPSERT_ENTITIES], params: { rows: r } });
  out.push({ name: `ARTICLES (${rows.articles.length})`, query: S.WRITE_ARTICLES, params: { rows: rows.articles } });
  out.push({ name: `${rows.sentences.length} SENTENCES, ${rows.sentences.flatMap((s) => s.mentions).length} MENTIONS`, query: S.WRITE_SENTENCES, params: { rows: rows.sentences } });
  for (const [type, r] of Object.entries(rows.facts)) out.push({ name: `FACTS ${type} (${r!.length})`, query: S.UPSERT_FACTS[type as keyof typeof S.UPSERT_FACTS], params: { rows: r } });
  out.push({ name: `QUANTITY FACTS (${rows.quantityFacts.length})`, query: S.UPSERT_QUANTITY_FACTS, params: { rows: rows.quantityFacts } });
  return out;
}

type Plan = { operatorType?: string; dbHits?: unknown; rows?: unknown; children?: Plan[] };
/** "Expand(All) 12345 hits 600 rows" per operator, indented: --plan STEP prints it. */
function planLines(plan: Plan, depth = 0): string[] {
  const line = `${'  '.repeat(depth)}${plan.operatorType} ${Number(plan.dbHits ?? 0)} hits ${Number(plan.rows ?? 0)} rows`;
  return [line, ...(plan.children ?? []).flatMap((c) => planLines(c, depth + 1))];
}

/** Sum of db hits over a PROFILE plan tree. */
function dbHits(plan: { dbHits?: unknown; children?: unknown[] } | null | undefined): number {
  if (!plan) return 0;
  return Number(plan.dbHits ?? 0) + (plan.children ?? []).reduce<number>((n, c) => n + dbHits(c as typeof plan), 0);
}

async function profile(driver: Driver, list: ArticleRows[]): Promise<Map<string, number>> {
  const hits = new Map<string, number>();
  const session = driver.session({ defaultAccessMode: neo4j.session.WRITE });
  const tx = await session.beginTransaction();
  try {
    for (const step of steps(list)) {
      const plan = (await tx.run(`PROFILE ${step.query}`, step.params)).summary.profile as Plan;
      hits.set(step.name, dbHits(plan as never));
      if (step.name.startsWith(arg('plan', '\u0000'))) process.stdout.write(`${step.name}\n${planLines(plan).join('\n')}\n`);
    }
  } finally {
    await tx.rollback();
    await session.close();
  }
  return hits;
}

async function timedWrite(driver: Driver, list: ArticleRows[]): Promise<Array<[string, number]>> {
  const times: Array<[string, number]> = [];
  const session = driver.session({ defaultAccessMode: neo4j.session.WRITE });
  const tx = await session.beginTransaction();
  try {
    for (const step of steps(list)) {
      const t = performance.now();
      await tx.run(step.query, step.params);
      times.push([step.name, performance.now() - t]);
    }
    const t = performance.now();
    await tx.commit();
    times.push(['COMMIT', performance.now() - t]);
  } finally {
    await session.close();
  }
  return times;
}

async function main(): Promise<void> {
  const driver = neo4j.driver(arg('uri', 'bolt://127.0.0.1:7701'), neo4j.auth.basic('neo4j', 'neo4j'));
  try {
    await applySchema(driver);
    const corpus: ExtractResult[] = [...generateArticles(PRELOAD + BATCH, SEED)].map(extractArticle);
    const last = corpus.slice(-BATCH);
    if (PRELOAD > 0) {
      const wipe = driver.session();
      await wipe.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS').finally(() => wipe.close());
      const t = performance.now();
      for (let i = 0; i < PRELOAD; i += BATCH) await loadExtractions(driver, corpus.slice(i, Math.min(i + BATCH, PRELOAD)));
      process.stderr.write(`preload ${PRELOAD} articles: ${(performance.now() - t).toFixed(0)} ms\n`);
    }
    const rows = last.map(buildRows);
    const hits = await profile(driver, rows);
    const times = await timedWrite(driver, rows);
    for (const [name, ms] of times) process.stdout.write(`${name.padEnd(36)} ${ms.toFixed(1).padStart(8)} ms ${String(hits.get(name) ?? '').padStart(10)} db hits\n`);
    process.stdout.write(`TOTAL ${times.reduce((n, [, ms]) => n + ms, 0).toFixed(0)} ms\n`);
  } finally {
    await driver.close();
  }
}

await main();
