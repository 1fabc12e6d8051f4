// `kg`: one command, one file per subcommand under src/cli/.
import { Command } from 'commander';
import { registerCypher } from './cypher-command.ts';
import { registerExtract } from './extract-command.ts';
import { registerIngest } from './ingest-command.ts';
import { registerNeo4j } from './neo4j-command.ts';
import { registerServe } from './serve-command.ts';
import { registerUp } from './up-command.ts';

export async function main(argv: string[]): Promise<void> {
  const program = new Command('kg')
    .description('Knowledge graphs from Vietnamese news: extract, load into Neo4j, query with GraphQL and Cypher.')
    .showHelpAfterError();
  for (const register of [registerExtract, registerIngest, registerCypher, registerServe, registerNeo4j, registerUp]) {
    register(program);
  }
  await program.parseAsync(argv);
}
