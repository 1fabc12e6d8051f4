// `kg ingest PATH…`: extract and load articles (files, directories, .json, .jsonl) into
// Neo4j. A progress bar on a terminal, one line per article otherwise; a closing summary;
// exit code 1 when any article failed (each failure is listed with its reason).
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config.ts';
import { formatSummary, type ArticleReport } from '../graph/ingest/ingest-summary.ts';
import { UsageError } from './exit-codes.ts';
import { withGraph } from './with-graph.ts';

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('extract articles and load them into Neo4j (files, directories, .json, .jsonl)')
    .argument('<paths...>', 'article files or directories')
    .option('--batch-size <n>', 'articles per write transaction (a failed batch is retried one article at a time)', '200')
    .action(async (paths: string[], options: { batchSize: string }) => {
      const batchSize = Number(options.batchSize);
      if (!Number.isInteger(batchSize) || batchSize < 1) throw new UsageError('--batch-size must be a whole number of at least 1');
      process.exitCode = await runIngest(paths, batchSize);
    });
}

export async function runIngest(paths: string[], batchSize = 200): Promise<number> {
  return withGraph({ schema: true }, (driver, config) => ingestWithProgress(driver, config, paths, batchSize));
}

async function ingestWithProgress(driver: Driver, config: Config, paths: string[], batchSize: number): Promise<number> {
  // Loaded here, not at the top: the extractor is only needed by this command, so the other
  // kg commands start faster and keep working while the extractor is being changed.
  const { ingestArticles, readAll } = await import('../graph/ingest/ingest-articles.ts');
  // Read everything first: the progress bar needs the total.
  const inputs = [];
  for await (const item of readAll(paths, { maxArticleBytes: config.maxArticleBytes })) inputs.push(item);
  const progress = process.stderr.isTTY ? progressBar(inputs.length) : progressLines(inputs.length);
  const summary = await ingestArticles(driver, inputs, { database: config.neo4j.database, onArticle: progress.tick, batchSize });
  progress.stop();
  for (const report of summary.articles.filter((a) => a.status === 'failed')) {
    process.stderr.write(`failed: ${report.origin}: ${report.reason}\n`);
  }
  process.stdout.write(`${formatSummary(summary)}\n`);
  return summary.failed > 0 ? 1 : 0;
}

interface Progress {
  tick(report: ArticleReport): void;
  stop(): void;
}

/** "████░░░░ 12/40 articles | 3.1/s | ETA 9s" on stderr. */
function progressBar(total: number): Progress {
  const started = performance.now();
  const bar = new cliProgress.SingleBar(
    { format: '{bar} {value}/{total} articles | {rate}/s | ETA {eta_formatted}', hideCursor: true, stream: process.stderr },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { rate: '0.0' });
  let done = 0;
  return {
    tick: () => {
      done += 1;
      bar.update(done, { rate: (done / ((performance.now() - started) / 1000)).toFixed(1) });
    },
    stop: () => bar.stop(),
  };
}

/** "[3/40] new d03.txt (+12 entities, +7 facts)" per article on stderr, for logs and CI. */
function progressLines(total: number): Progress {
  let done = 0;
  return {
    tick: (r) => {
      done += 1;
      const detail = r.status === 'failed' ? r.reason : `+${r.entitiesAdded} entities, +${r.factsAdded} facts`;
      process.stderr.write(`[${done}/${total}] ${r.status} ${r.origin} (${detail})\n`);
    },
    stop: () => {},
  };
}
