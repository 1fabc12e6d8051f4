// The CLI boundary for errors a user can fix: print the one-sentence message, exit 1, no
// stack trace. Anything else is a bug and keeps its stack.
import { ConfigError } from '../config.ts';
import { Neo4jConnectionError } from '../graph/driver.ts';
import { LocalNeo4jError } from '../neo4j-local/errors.ts';

const FRIENDLY = new Set(['ConfigError', 'LocalNeo4jError', 'Neo4jConnectionError', 'UsageError', 'ServerStartError']);

export function isFriendly(error: unknown): error is Error {
  return (
    error instanceof ConfigError ||
    error instanceof LocalNeo4jError ||
    error instanceof Neo4jConnectionError ||
    (error instanceof Error && FRIENDLY.has(error.name))
  );
}

export async function runFriendly(action: () => Promise<void>): Promise<void> {
  try {
    await action();
  } catch (error) {
    if (!isFriendly(error)) throw error;
    process.stderr.write(`kg: ${error.message}\n`);
    process.exitCode = 1;
  }
}
