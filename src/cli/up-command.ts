// STUB: replace with the real subcommand.
import type { Command } from 'commander';

export function registerUp(program: Command): void {
  program
    .command('up')
    .description('start everything (npm start) (not implemented yet)')
    .action(() => {
      process.stderr.write('kg up: not implemented yet\n');
      process.exitCode = 2;
    });
}
