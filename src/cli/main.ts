// `kg`: one command, one file per subcommand under src/cli/.
// Only the subcommand being run is imported (`kg extract` never loads the driver, GraphQL or
// the launcher code, and a module that fails to load breaks only its own command); `kg`,
// `kg help` or an unknown name load them all so that help and suggestions list everything.
// Every failure ends here, in one error boundary with one table of exit codes (exit-codes.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Command, CommanderError } from 'commander';
import { REPO_ROOT } from '../config.ts';
import { EXIT, reportFailure } from './exit-codes.ts';

type Register = (program: Command) => void;

const SUBCOMMANDS: Record<string, () => Promise<Register>> = {
  extract: async () => (await import('./extract-command.ts')).registerExtract,
  ingest: async () => (await import('./ingest-command.ts')).registerIngest,
  load: async () => (await import('./ingest-command.ts')).registerLoad,

  delete: async () => (await import('./delete-command.ts')).registerDelete,
  cypher: async () => (await import('./cypher-command.ts')).registerCypher,
  serve: async () => (await import('./serve-command.ts')).registerServe,
  neo4j: async () => (await import('./neo4j-command.ts')).registerNeo4j,
  up: async () => (await import('./up-command.ts')).registerUp,
  lexicon: async () => (await import('./lexicon-command.ts')).registerLexicon,
};

export async function main(argv: string[]): Promise<void> {
  quietOnClosedPipe();
  const name = argv[2];
  const program = new Command('kg')
    .description('Knowledge graphs from Vietnamese news: extract, load into Neo4j, query with GraphQL and Cypher.')
    .version(version(), '-V, --version', 'print the version of kg')
    .showHelpAfterError()
    // Commander's own usage errors (unknown command or option, missing argument) exit 2 like
    // ours; --help and --version exit 0.
    .exitOverride();
  try {
    for (const load of subcommandsFor(name)) (await load())(program);
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.usage;
      return;
    }
    process.exitCode = reportFailure(name && Object.hasOwn(SUBCOMMANDS, name) ? name : undefined, error);
  }
}

/** The named subcommand alone, or all of them (help, no name, a typo to suggest a fix for). */
function subcommandsFor(name: string | undefined): Array<() => Promise<Register>> {
  const one = name === undefined ? undefined : Object.hasOwn(SUBCOMMANDS, name) ? SUBCOMMANDS[name] : undefined;
  return one ? [one] : Object.values(SUBCOMMANDS);
}

function version(): string {
  return (JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

/**
 * `kg cypher … | head -5`: when the reader closes the pipe, stop writing and exit quietly
 * (status 0, as a reader that wanted no more is not a failure) instead of an unhandled
 * EPIPE with a stack trace.
 */
function quietOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit(0);
    });
  }
}
