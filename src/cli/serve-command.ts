// STUB: replace with the real subcommand.
import type { Command } from 'commander';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the GraphQL API (not implemented yet)')
    .action(() => {
      process.stderr.write('kg serve: not implemented yet\n');
      process.exitCode = 2;
    });
}
