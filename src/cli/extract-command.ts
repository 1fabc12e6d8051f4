// `kg extract ARTICLE… [--format json|table]`: articles (files, .json/.jsonl, directories)
// → facts with evidence, no database. json prints one object per article (JSON Lines when
// several); table is for reading. A bad file is reported on stderr, naming it, and the
// others are still processed; the exit code is 1 when any input failed.
import type { Command } from 'commander';
import { InputError } from '../domain/article-input.ts';
import type { ExtractResult } from '../domain/extraction.ts';
import { loadConfig } from '../config.ts';
import { extractRecord } from '../ingest/extract-record.ts';
import { readArticles } from '../sources/read-articles.ts';
import { UsageError } from './exit-codes.ts';
import { formatTable } from './extract-table.ts';

type Format = 'json' | 'table';

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract entities, facts and quantities from articles (.txt, .json, .jsonl, .json.gz, .jsonl.gz or directories); no database needed')
    .argument('<articles...>', 'article files or directories; - reads standard input (JSON Lines, gzipped or not, or one plain-text article)')
    .option('-f, --format <format>', 'json (JSON Lines when several) or table; default: table on a terminal, json otherwise')
    .action(async (paths: string[], options: { format?: string }) => {
      process.exitCode = await runExtract(paths, options.format);
    });
}

export async function runExtract(paths: string[], format?: string): Promise<number> {
  const chosen = format ?? (process.stdout.isTTY ? 'table' : 'json');
  if (chosen !== 'json' && chosen !== 'table') throw new UsageError(`--format must be json or table, not "${chosen}"`);
  const { maxArticleBytes } = loadConfig();
  let failed = 0;
  let done = 0;
  for (const path of paths) {
    for await (const item of readArticles(path, { maxArticleBytes })) {
      const ok = item instanceof InputError ? report(item) : emit(item.origin, () => extractRecord(item), chosen);
      if (ok) done++;
      else failed++;
    }
  }
  if (failed > 0) process.stderr.write(`kg extract: ${done} article(s) extracted, ${failed} failed\n`);
  return failed > 0 ? 1 : 0;
}

function report(error: InputError): false {
  process.stderr.write(`kg extract: ${error.message}\n`);
  return false;
}

/** One article out; an extractor bug on one article is reported and the run goes on. */
function emit(origin: string, extract: () => ExtractResult, format: Format): boolean {
  let result: ExtractResult;
  try {
    result = extract();
  } catch (error) {
    process.stderr.write(`kg extract: ${origin}: extraction failed: ${(error as Error).stack ?? String(error)}\n`);
    return false;
  }
  if (result.text.trim() === '') {
    process.stderr.write(`kg extract: ${origin}: no article text (only a date, source or byline line)\n`);
    return false;
  }
  process.stdout.write(format === 'json' ? `${JSON.stringify({ ...result, article: { ...result.article, file: origin } })}\n` : `${formatTable(result, origin)}\n`);
  return true;
}
