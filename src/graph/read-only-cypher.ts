// Runs a researcher's Cypher without letting it change anything. Two independent guards:
// 1. `EXPLAIN` first: the plan's query type must be 'r' (read). This catches writing
//    clauses and write procedures before anything runs; `CALL dbms.*` and `LOAD CSV` are
//    refused on sight (they reach beyond the graph).
// 2. The query then runs in a READ transaction, which the server itself refuses to write
//    in, with a timeout (config.queryTimeoutMs).
import neo4j, { Neo4jError, type Driver, type Record as Neo4jRecord } from 'neo4j-driver';

export interface ReadOnlyOptions {
  database?: string;
  /** Transaction timeout in milliseconds (config.queryTimeoutMs). */
  timeoutMs: number;
}

export interface ReadOnlyResult {
  keys: string[];
  /** Plain JSON-able values: integers as numbers (or strings past 2^53), dates as ISO strings. */
  rows: Array<Record<string, unknown>>;
}

export type RefusalReason = 'write' | 'syntax' | 'parameter' | 'timeout' | 'unavailable' | 'database';

export class CypherRefused extends Error {
  constructor(
    readonly reason: RefusalReason,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'CypherRefused';
  }
}

const WRITE_REFUSAL = 'kg cypher runs read-only queries';

export async function runReadOnlyCypher(
  driver: Driver,
  query: string,
  params: Record<string, unknown>,
  options: ReadOnlyOptions,
): Promise<ReadOnlyResult> {
  refuseOnSight(query);
  const session = driver.session({ database: options.database, defaultAccessMode: neo4j.session.READ });
  const txConfig = { timeout: options.timeoutMs };
  try {
    const plan = await session.executeRead((tx) => tx.run(`EXPLAIN ${query}`, params), txConfig);
    const type = plan.summary.queryType;
    if (type !== 'r') {
      throw new CypherRefused('write', `${WRITE_REFUSAL}; this one ${type === 's' ? 'is a schema or administration command' : 'writes to the graph'} (query type "${type}"): nothing was changed.`);
    }
    const result = await session.executeRead((tx) => tx.run(query, params), txConfig);
    return { keys: [...(result.records[0]?.keys ?? [])].map(String), rows: result.records.map(recordToObject) };
  } catch (error) {
    throw explain(error, options.timeoutMs);
  } finally {
    await session.close();
  }
}

/** `CALL dbms.…` and `LOAD CSV` are refused from the text, after dropping strings and comments. */
function refuseOnSight(query: string): void {
  const code = query
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/\/\/[^\n]*/g, ' ')
    .replace(/'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"/g, "''");
  if (/\bCALL\s+dbms\s*\./i.test(code)) throw new CypherRefused('write', `${WRITE_REFUSAL}; dbms.* procedures manage the server and are not allowed: nothing was changed.`);
  if (/\bLOAD\s+CSV\b/i.test(code)) throw new CypherRefused('write', `${WRITE_REFUSAL}; LOAD CSV is not allowed: nothing was changed.`);
  // Runs fine in a READ transaction, yet stops other sessions' work (an ingest in progress).
  if (/\bTERMINATE\s+TRANSACTIONS?\b/i.test(code)) throw new CypherRefused('write', `${WRITE_REFUSAL}; TERMINATE TRANSACTIONS stops other people's work and is not allowed: nothing was changed.`);
}

function recordToObject(record: Neo4jRecord): Record<string, unknown> {
  return Object.fromEntries(record.keys.map((key) => [String(key), toPlain(record.get(key))]));
}

/** Any failure → one sentence. */
function explain(error: unknown, timeoutMs: number): CypherRefused {
  if (error instanceof CypherRefused) return error;
  if (!(error instanceof Neo4jError)) return new CypherRefused('database', error instanceof Error ? error.message : String(error), { cause: error });
  const code = error.code ?? '';
  const first = error.message.split('\n')[0]?.trim() ?? '';
  const cause = { cause: error };
  if (code.includes('SyntaxError') || code.includes('InvalidSyntax')) return new CypherRefused('syntax', `The query is not valid Cypher: ${first}`, cause);
  if (code === 'Neo.ClientError.Statement.ParameterMissing') return new CypherRefused('parameter', `${first} (give it with --param name=value).`, cause);
  if (code.includes('TransactionTimedOut') || code.includes('Terminated')) {
    return new CypherRefused('timeout', `The query ran longer than ${timeoutMs} ms and was stopped (raise KG_QUERY_TIMEOUT_MS).`, cause);
  }
  if (code.includes('AccessMode') || code.includes('Forbidden') || /write/i.test(first)) {
    return new CypherRefused('write', `${WRITE_REFUSAL}; the server refused a write: nothing was changed.`, cause);
  }
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') return new CypherRefused('unavailable', `Cannot reach Neo4j: ${first}`, cause);
  return new CypherRefused('database', `Neo4j refused the query (${code}): ${first}`, cause);
}

// Driver values → plain JSON-able values for printing: Integer 2011 → 2011 (a string past
// 2^53), Date → "2022-01-24", Node → { _labels, ...properties }, Relationship → { _type, ...properties },
// Path → its nodes and relationships in order.
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (typeof value === 'bigint') return value.toString();
  if (isTemporal(value)) return String(value);
  if (neo4j.isNode(value)) return { _labels: value.labels, ...plainMap(value.properties) };
  if (neo4j.isRelationship(value)) return { _type: value.type, ...plainMap(value.properties) };
  if (neo4j.isPath(value)) {
    const parts: unknown[] = [toPlain(value.start)];
    for (const segment of value.segments) parts.push(toPlain(segment.relationship), toPlain(segment.end));
    return parts;
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') return plainMap(value as Record<string, unknown>);
  return value;
}

function plainMap(map: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(map).map(([k, v]) => [k, toPlain(v)]));
}

function isTemporal(value: unknown): boolean {
  return (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isDuration(value)
  );
}
