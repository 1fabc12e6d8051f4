// STUB: replace with the real subcommand.
import type { Command } from 'commander';

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('extract and load articles into Neo4j (not implemented yet)')
    .action(() => {
      process.stderr.write('kg ingest: not implemented yet\n');
      process.exitCode = 2;
    });
}
