// `kg extract ARTICLE… [--format json|table] [--workers N]`: articles (files, .json/.jsonl,
// directories) → facts with evidence, no database. json prints one object per article (JSON
// Lines when several); table is for reading. Articles are extracted on N worker threads
// (the same pool as `kg ingest`) and printed in input order, exactly as the main thread
// would print them; the input is streamed, a window of articles under way at a time. A bad
// file is reported on stderr, naming it, and the others are still processed; the exit code
// is 1 when any input failed.
import { once } from 'node:events';
import type { Command } from 'commander';
import type { ExtractResult } from '../domain/extraction.ts';
import { loadConfig } from '../config.ts';
import { extractInOrder, openExtractor, type InOrder } from '../ingest/extract-in-order.ts';
import { defaultWorkers } from '../ingest/extraction-pool.ts';
import { readArticles } from '../sources/read-articles.ts';
import { UsageError } from './exit-codes.ts';
import { formatTable } from './extract-table.ts';
import { boundHeapGrowth } from './heap-growth.ts';
import { wholeNumber } from './options.ts';

type Format = 'json' | 'table';

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract entities, facts and quantities from articles (.txt, .json, .jsonl, .json.gz, .jsonl.gz or directories); no database needed')
    .argument('<articles...>', 'article files or directories; - reads standard input (JSON Lines, gzipped or not, or one plain-text article)')
    .option('-f, --format <format>', 'json (JSON Lines when several) or table; default: table on a terminal, json otherwise')
    .option('--workers <n>', 'worker threads that extract, output kept in input order (default: the number of cores; 0: on the main thread)')
    .action(async (paths: string[], options: { format?: string; workers?: string }) => {
      process.exitCode = await runExtract(paths, options.format, wholeNumber('--workers', options.workers, 0));
    });
}

export async function runExtract(paths: string[], format?: string, workers = defaultWorkers()): Promise<number> {
  const chosen = format ?? (process.stdout.isTTY ? 'table' : 'json');
  if (chosen !== 'json' && chosen !== 'table') throw new UsageError(`--format must be json or table, not "${chosen}"`);
  const { maxArticleBytes } = loadConfig();
  boundHeapGrowth();
  let failed = 0;
  let done = 0;
  const extractor = await openExtractor(workers);
  try {
    for await (const item of extractInOrder(readAll(paths, maxArticleBytes), extractor)) {
      const output = render(item, chosen);
      if (output === null) {
        failed++;
        continue;
      }
      done++;
      // Waits while a slow reader (a pipe into gzip) catches up, so output does not pile up here.
      if (!process.stdout.write(output)) await once(process.stdout, 'drain');
    }
  } finally {
    await extractor.close();
  }
  if (failed > 0) process.stderr.write(`kg extract: ${done} article(s) extracted, ${failed} failed\n`);
  return failed > 0 ? 1 : 0;
}

async function* readAll(paths: string[], maxArticleBytes: number) {
  for (const path of paths) yield* readArticles(path, { maxArticleBytes });
}

/** One article's output, or null when it failed (said on stderr); the run goes on either way. */
function render(item: InOrder, format: Format): string | null {
  const { origin } = item;
  if ('inputError' in item) return fail(item.inputError.message);
  const { extraction } = item;
  if ('failure' in extraction) return fail(`${origin}: extraction failed: ${extraction.stack ?? extraction.failure}`);
  const result: ExtractResult = extraction.result;
  if (result.text.trim() === '') return fail(`${origin}: no article text (only a date, source or byline line)`);
  return format === 'json' ? `${JSON.stringify({ ...result, article: { ...result.article, file: origin } })}\n` : `${formatTable(result, origin)}\n`;
}

function fail(message: string): null {
  process.stderr.write(`kg extract: ${message}\n`);
  return null;
}
