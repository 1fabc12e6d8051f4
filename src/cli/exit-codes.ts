// The CLI's one error boundary (main.ts calls reportFailure) and its exit codes. Commands
// throw; they never print an error and pick a code themselves, except 1 for "done, but some
// inputs failed", which they return. README.md ("Exit codes") shows the same table.
//
//   0   done
//   1   done in part, or the query was refused: some files or articles failed (each is named
//       on stderr), or Neo4j refused or stopped the Cypher (a write, a syntax error, a timeout)
//   2   usage: a wrong argument or option, a file that cannot be read, a bad environment
//       variable, a port that is taken; nothing was done
//   3   Neo4j unavailable: it cannot be reached or started, or it refused the credentials
//   70  a bug in kg: the stack trace is printed (please report it)
import { ConfigError } from '../config.ts';
import { Neo4jConnectionError } from '../graph/driver.ts';
import { LocalNeo4jError } from '../neo4j-local/errors.ts';

export const EXIT = { ok: 0, partial: 1, usage: 2, neo4jUnavailable: 3, bug: 70 } as const;

/** A mistake in how kg was called: a wrong option or argument, a file that cannot be read. */
export class UsageError extends Error {
  override name = 'UsageError';
}

// By name as well as class: errors from modules loaded twice (tsx, tests) or from other
// areas keep their name.
const USAGE = new Set(['UsageError', 'ConfigError', 'ServerStartError']);
const UNAVAILABLE = new Set(['Neo4jConnectionError', 'LocalNeo4jError', 'GraphUnavailableError']);
const REFUSED = new Set(['CypherRefused', 'QueryTimeoutError', 'Neo4jError']);

export function exitCodeFor(error: unknown): number {
  if (error instanceof ConfigError || error instanceof UsageError) return EXIT.usage;
  if (error instanceof Neo4jConnectionError || error instanceof LocalNeo4jError) return EXIT.neo4jUnavailable;
  const name = error instanceof Error ? error.name : '';
  const { code, reason } = error as { code?: unknown; reason?: unknown };
  if (code === 'ServiceUnavailable' || reason === 'unavailable') return EXIT.neo4jUnavailable;
  if (USAGE.has(name)) return EXIT.usage;
  if (UNAVAILABLE.has(name)) return EXIT.neo4jUnavailable;
  if (REFUSED.has(name)) return EXIT.partial;
  return EXIT.bug;
}

/** Prints one line (`kg cypher: …`) for an expected failure, the stack for a bug; returns the exit code. */
export function reportFailure(command: string | undefined, error: unknown): number {
  const code = exitCodeFor(error);
  const prefix = command ? `kg ${command}` : 'kg';
  if (code === EXIT.bug) {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`${prefix}: internal error (a bug in kg; please report it with what you ran):\n${detail}\n`);
  } else {
    process.stderr.write(`${prefix}: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  return code;
}
