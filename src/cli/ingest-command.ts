// `kg ingest PATH…`: extract and load articles (files, directories, .json, .jsonl, gzipped
// archives, standard input) into Neo4j, extracting on worker threads while the loader
// writes. `kg load FILE…`: load what `kg extract --format json` wrote, without extracting.
// Progress per article (a bar on a terminal, a line per article otherwise); a closing
// summary; exit code 1 when any article failed (each failure is listed with its reason).
import type { Command } from 'commander';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config.ts';
import type { IngestOptions } from '../ingest/ingest-articles.ts';
import { formatSummary, type IngestSummary } from '../ingest/ingest-summary.ts';
import { boundHeapGrowth } from './heap-growth.ts';
import { inputBytes } from './input-bytes.ts';
import { wholeNumber } from './options.ts';
import { progressBar, progressLines, type Progress } from './progress.ts';
import { withGraph } from './with-graph.ts';

interface CommandOptions {
  batchSize: string;
  workers?: string;
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('extract articles and load them into Neo4j (files, directories, .json, .jsonl, .json.gz, .jsonl.gz; - for standard input)')
    .argument('<paths...>', 'article files or directories; - reads standard input (JSON Lines, gzipped or not, or one plain-text article)')
    .option('--batch-size <n>', 'articles per write transaction (a failed batch is retried one article at a time)', '200')
    .option('--workers <n>', 'worker threads that extract while the loader writes (default: the number of cores; 0: on the main thread)')
    .action(async (paths: string[], options: CommandOptions) => {
      process.exitCode = await runCommand('ingest', paths, options);
    });
}

export function registerLoad(program: Command): void {
  program
    .command('load')
    .description('load what `kg extract --format json` wrote (checked against the extraction contract), without extracting again')
    .argument('<files...>', '.jsonl or .json files of extractions, gzipped or not; - reads standard input')
    .option('--batch-size <n>', 'articles per write transaction (a failed batch is retried one article at a time)', '200')
    .action(async (files: string[], options: CommandOptions) => {
      process.exitCode = await runCommand('load', files, options);
    });
}

async function runCommand(command: 'ingest' | 'load', paths: string[], options: CommandOptions): Promise<number> {
  const batchSize = wholeNumber('--batch-size', options.batchSize, 1) ?? 200;
  const workers = wholeNumber('--workers', options.workers, 0);
  return runIngest(paths, batchSize, { command, workers });
}

export async function runIngest(
  paths: string[],
  batchSize = 200,
  { command = 'ingest', workers }: { command?: 'ingest' | 'load'; workers?: number } = {},
): Promise<number> {
  boundHeapGrowth();
  return withGraph({ schema: true }, (driver, config) => withProgress(driver, config, paths, { command, batchSize, workers }));
}

async function withProgress(
  driver: Driver,
  config: Config,
  paths: string[],
  { command, batchSize, workers }: { command: 'ingest' | 'load'; batchSize: number; workers: number | undefined },
): Promise<number> {
  const totalBytes = await inputBytes(paths);
  const progress: Progress = process.stderr.isTTY ? progressBar(totalBytes) : progressLines(totalBytes);
  const options: IngestOptions = {
    database: config.neo4j.database,
    batchSize,
    maxArticleBytes: config.maxArticleBytes,
    keepReports: false,
    onBytesRead: progress.bytesRead,
    onExtracted: progress.extracted,
    onArticle: progress.loaded,
  };
  let summary: IngestSummary;
  try {
    summary = await run(driver, command, paths, options, workers);
  } finally {
    progress.stop();
  }
  for (const report of summary.articles.filter((a) => a.status === 'failed')) {
    process.stderr.write(`failed: ${report.origin}: ${report.reason}\n`);
  }
  process.stdout.write(`${formatSummary(summary)}\n`);
  return summary.failed > 0 ? 1 : 0;
}

// Loaded here, not at the top: the extractor is only needed by these commands, so the other
// kg commands start faster and keep working while the extractor is being changed.
async function run(driver: Driver, command: 'ingest' | 'load', paths: string[], options: IngestOptions, workers: number | undefined): Promise<IngestSummary> {
  if (command === 'load') {
    const { loadExtractionFiles } = await import('../ingest/load-extractions.ts');
    return loadExtractionFiles(driver, paths, options);
  }
  const { ingestPaths } = await import('../ingest/ingest-articles.ts');
  const { defaultWorkers } = await import('../ingest/extraction-pool.ts');
  return ingestPaths(driver, paths, { ...options, workers: workers ?? defaultWorkers() });
}
