// STUB: replace with the real subcommand.
import type { Command } from 'commander';

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract facts from articles (not implemented yet)')
    .action(() => {
      process.stderr.write('kg extract: not implemented yet\n');
      process.exitCode = 2;
    });
}
