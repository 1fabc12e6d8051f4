// Any error from a load → LoadError with one sentence a person can act on.
import { Neo4jError } from 'neo4j-driver';
import { LoadError } from './load-error.ts';

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired']);

export function toLoadError(error: unknown): LoadError {
  if (error instanceof LoadError) return error;
  if (error instanceof Neo4jError) {
    if (UNAVAILABLE.has(error.code)) return new LoadError('unavailable', `Neo4j is unavailable: ${firstLine(error.message)}`, { cause: error });
    return new LoadError('database', `Neo4j refused the article (${error.code}): ${firstLine(error.message)}`, { cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new LoadError('database', firstLine(message), { cause: error });
}

function firstLine(message: string): string {
  return message.split('\n')[0]?.trim() ?? message;
}
