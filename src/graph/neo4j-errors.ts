// The one place that tells what kind of failure a neo4j-driver error is. The loader
// (write/to-load-error.ts), the API's reader (read/reader.ts) and the connection check
// (driver.ts) each turn the kind into their own sentence, without matching codes themselves.
import { Neo4jError } from 'neo4j-driver';

export type Neo4jFailure =
  /** Nothing answers, the connection broke, or the pool could not get a connection. */
  | 'unavailable'
  /** The server stopped the transaction: its timeout, or someone terminated it. */
  | 'timeout'
  /** Wrong user or password, or too many attempts. */
  | 'auth'
  | 'database-not-found'
  | 'syntax'
  | 'parameter-missing'
  /** A write where only reads are allowed. */
  | 'forbidden'
  /** A uniqueness or existence constraint refused the write. */
  | 'constraint'
  /** Any other refusal by the server, or an error that is not the driver's. */
  | 'other';

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);
const AUTH_CODES = new Set(['Neo.ClientError.Security.Unauthorized', 'Neo.ClientError.Security.AuthenticationRateLimit']);
// Raised by the driver itself, not by the server, as plain Errors.
const UNAVAILABLE_MESSAGE = /acquisition timed out|connect ECONNREFUSED|Pool is closed/i;

export function classifyNeo4jError(error: unknown): Neo4jFailure {
  if (!(error instanceof Neo4jError)) {
    return error instanceof Error && UNAVAILABLE_MESSAGE.test(error.message) ? 'unavailable' : 'other';
  }
  const code = error.code ?? '';
  if (UNAVAILABLE_CODES.has(code)) return 'unavailable';
  if (AUTH_CODES.has(code)) return 'auth';
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') return 'database-not-found';
  if (code.includes('TransactionTimedOut') || code.includes('Terminated')) return 'timeout';
  if (code.includes('SyntaxError') || code.includes('InvalidSyntax')) return 'syntax';
  if (code === 'Neo.ClientError.Statement.ParameterMissing') return 'parameter-missing';
  if (code.includes('AccessMode') || code.includes('Forbidden')) return 'forbidden';
  if (code.includes('ConstraintValidationFailed')) return 'constraint';
  return 'other';
}

/** The code the server gave ("Neo.ClientError.…"), or '' for an error that is not the driver's. */
export function neo4jCode(error: unknown): string {
  return error instanceof Neo4jError ? (error.code ?? '') : '';
}

/** First line of an error's message: Neo4j appends plans and stack traces after it. */
export function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]?.trim() ?? message;
}
