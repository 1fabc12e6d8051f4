// STUB: replace with the real subcommand.
import type { Command } from 'commander';

export function registerCypher(program: Command): void {
  program
    .command('cypher')
    .description('researcher Cypher (read-only) (not implemented yet)')
    .action(() => {
      process.stderr.write('kg cypher: not implemented yet\n');
      process.exitCode = 2;
    });
}
