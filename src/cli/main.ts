// `kg`: one command, one file per subcommand under src/cli/.
// Only the subcommand being run is imported (`kg extract` never loads the driver, GraphQL or
// the launcher code, and a module that fails to load breaks only its own command); `kg`,
// `kg help` or an unknown name load them all so that help and suggestions list everything.
import { Command } from 'commander';

type Register = (program: Command) => void;

const SUBCOMMANDS: Record<string, () => Promise<Register>> = {
  extract: async () => (await import('./extract-command.ts')).registerExtract,
  ingest: async () => (await import('./ingest-command.ts')).registerIngest,
  cypher: async () => (await import('./cypher-command.ts')).registerCypher,
  serve: async () => (await import('./serve-command.ts')).registerServe,
  neo4j: async () => (await import('./neo4j-command.ts')).registerNeo4j,
  up: async () => (await import('./up-command.ts')).registerUp,
  lexicon: async () => (await import('./lexicon-command.ts')).registerLexicon,
};

export async function main(argv: string[]): Promise<void> {
  const program = new Command('kg')
    .description('Knowledge graphs from Vietnamese news: extract, load into Neo4j, query with GraphQL and Cypher.')
    .showHelpAfterError();
  for (const load of subcommandsFor(argv[2])) (await load())(program);
  await program.parseAsync(argv);
}

/** The named subcommand alone, or all of them (help, no name, a typo to suggest a fix for). */
function subcommandsFor(name: string | undefined): Array<() => Promise<Register>> {
  const one = name === undefined ? undefined : Object.hasOwn(SUBCOMMANDS, name) ? SUBCOMMANDS[name] : undefined;
  return one ? [one] : Object.values(SUBCOMMANDS);
}
