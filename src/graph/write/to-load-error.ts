// Any error from a load → LoadError with one sentence a person can act on.
import { classifyNeo4jError, firstLine, neo4jCode } from '../neo4j-errors.ts';
import { LoadError } from './load-error.ts';

export function toLoadError(error: unknown): LoadError {
  if (error instanceof LoadError) return error;
  const kind = classifyNeo4jError(error);
  if (kind === 'unavailable') return new LoadError('unavailable', `Neo4j is unavailable: ${firstLine(error)}`, { cause: error });
  const code = neo4jCode(error);
  if (code) return new LoadError('database', `Neo4j refused the article (${code}): ${firstLine(error)}`, { cause: error });
  return new LoadError('database', firstLine(error), { cause: error });
}
