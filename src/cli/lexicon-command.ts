// `kg lexicon mine FILES… --out DIR`: mine names with counts from an archive of articles
// (.jsonl or .jsonl.gz, one {title, text} object a line), so that the extractor learns the
// organisations, brands, aliases and titles of a user's own field.
import type { Command } from 'commander';
import { mineLexicon } from '../mining/mine-lexicon.ts';

export function registerLexicon(program: Command): void {
  const lexicon = program.command('lexicon').description('word lists the extractor uses');
  lexicon
    .command('mine')
    .description('count organisation and brand names, acronym and English aliases, award and programme titles in .jsonl/.jsonl.gz archives of {title, text}')
    .argument('<files...>', '.jsonl or .jsonl.gz files, one {"title", "text"} object a line')
    .requiredOption('-o, --out <dir>', 'directory for the mined JSON files (the extractor reads src/pipeline/lexicon/data/mined/)')
    .option('--min-count <n>', 'least count a name needs to be kept (Latin runs and headed names; aliases and titles need 2)', '3')
    .action(async (files: string[], options: { out: string; minCount: string }) => {
      const min = Number(options.minCount);
      if (!Number.isInteger(min) || min < 1) {
        process.stderr.write(`kg lexicon mine: --min-count must be a whole number ≥ 1, not "${options.minCount}"\n`);
        process.exitCode = 2;
        return;
      }
      try {
        const summary = await mineLexicon(files, {
          out: options.out,
          minLatin: min,
          minHeaded: min,
          onProgress: (n) => process.stderr.write(`kg lexicon mine: ${n} articles…\n`),
        });
        const sizes = Object.entries(summary.files).map(([f, bytes]) => `${f} ${(bytes / 1024).toFixed(0)} KiB`).join(', ');
        process.stdout.write(`mined ${summary.articles} articles in ${summary.seconds.toFixed(0)} s (${summary.skipped} lines skipped) → ${options.out}: ${sizes}\n`);
      } catch (error) {
        process.stderr.write(`kg lexicon mine: ${(error as Error).message}\n`);
        process.exitCode = 1;
      }
    });
}
