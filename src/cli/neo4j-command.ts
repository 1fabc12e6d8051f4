// STUB: replace with the real subcommand.
import type { Command } from 'commander';

export function registerNeo4j(program: Command): void {
  program
    .command('neo4j')
    .description('manage the local Neo4j (not implemented yet)')
    .action(() => {
      process.stderr.write('kg neo4j: not implemented yet\n');
      process.exitCode = 2;
    });
}
