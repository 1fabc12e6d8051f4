// Runs a researcher's Cypher without letting it change anything or reach beyond the graph.
// Three independent layers:
// 1. Neo4j itself (launcher/, docker-compose.yml): LOAD CSV reads no file and fetches no URL.
// 2. `EXPLAIN` first, and the decision is made from what the server planned, never from the
//    text (src/graph/read-plan.ts): query type 'r', no LoadCSV operator, no SHOW/TERMINATE
//    commands beyond the schema's, no procedure outside an allow-list.
// 3. The query runs in a READ session, which the server refuses to write in, with a timeout
//    (config.queryTimeoutMs) and no retry: session.run is an auto-commit query, which the
//    driver never retries (executeRead would retry a "transient" failure, such as running
//    out of memory, for 30 s: issue #12 saw 52.8 s against a 10 s timeout). A failing query
//    costs at most one timeout; test/integration/reliability/cypher-no-retry.test.ts holds
//    the runner to it.
// A query that starts with EXPLAIN gives its plan; PROFILE gives its rows and its profile.
import neo4j, { Neo4jError, type Driver, type Plan, type ProfiledPlan, type QueryResult, type Record as Neo4jRecord } from 'neo4j-driver';
import { operatorName, refusalOf } from './read-plan.ts';

export interface ReadOnlyOptions {
  database?: string;
  /** Transaction timeout in milliseconds (config.queryTimeoutMs). */
  timeoutMs: number;
}

/** One operator of a plan, flattened in tree order (depth gives the indentation). */
export interface PlanRow {
  depth: number;
  operator: string;
  details: string;
  estimatedRows: number;
  /** PROFILE only. */
  rows?: number;
  dbHits?: number;
}

export interface ReadOnlyResult {
  keys: string[];
  /** Plain JSON-able values: integers as numbers (or strings past 2^53), dates as ISO strings. */
  rows: Array<Record<string, unknown>>;
  /** For a query that starts with EXPLAIN (no rows) or PROFILE (rows and profile). */
  plan?: { mode: 'EXPLAIN' | 'PROFILE'; operators: PlanRow[] };
}

export type RefusalReason = 'write' | 'syntax' | 'parameter' | 'timeout' | 'memory' | 'unavailable' | 'database';

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
  const session = driver.session({ database: options.database, defaultAccessMode: neo4j.session.READ });
  // Every run below is session.run: one attempt, never retried (see the header).
  const txConfig = { timeout: options.timeoutMs };
  try {
    const { mode, statement, plan } = await planOf(query, (q) => session.run(q, params, txConfig));
    const refusal = refusalOf(plan.summary.queryType, plan.summary.plan);
    if (refusal) throw new CypherRefused('write', `${WRITE_REFUSAL}; ${refusal}: nothing was changed.`);
    if (mode === 'EXPLAIN') return { keys: [], rows: [], plan: { mode, operators: planRows(plan.summary.plan as Plan) } };
    const result = await session.run(mode === 'PROFILE' ? `PROFILE ${statement}` : statement, params, txConfig);
    const keys = [...(result.records[0]?.keys ?? [])].map(String);
    const rows = result.records.map(recordToObject);
    if (result.summary.profile) return { keys, rows, plan: { mode: 'PROFILE', operators: planRows(result.summary.profile) } };
    // `EXPLAIN EXPLAIN q` is valid Cypher, so a query of the user's own EXPLAIN shows here.
    if (result.summary.plan) return { keys: [], rows: [], plan: { mode: 'EXPLAIN', operators: planRows(result.summary.plan) } };
    return { keys, rows };
  } catch (error) {
    throw explain(error, options.timeoutMs);
  } finally {
    await session.close();
  }
}

/**
 * The query's own EXPLAIN or PROFILE, and the statement after it. Asked of the server first
 * (`EXPLAIN query` fails only when the query already names a mode); only then is the leading
 * keyword cut off the text, and the guard checks exactly the statement that will run.
 */
async function planOf(
  query: string,
  run: (query: string) => Promise<QueryResult>,
): Promise<{ mode: 'EXPLAIN' | 'PROFILE' | null; statement: string; plan: QueryResult }> {
  try {
    return { mode: null, statement: query, plan: await run(`EXPLAIN ${query}`) };
  } catch (error) {
    if (!(error instanceof Neo4jError) || !/conflicting values for execution mode/i.test(error.message)) throw error;
  }
  const match = /^(?:\s+|\/\/[^\n]*(?:\n|$)|\/\*[\s\S]*?\*\/)*(EXPLAIN|PROFILE)\b/i.exec(query);
  if (!match) throw new CypherRefused('syntax', 'The query is not valid Cypher: put EXPLAIN or PROFILE at the very start of the query.');
  const statement = query.slice(match[0].length);
  return { mode: match[1]!.toUpperCase() as 'EXPLAIN' | 'PROFILE', statement, plan: await run(`EXPLAIN ${statement}`) };
}

function planRows(plan: Plan | ProfiledPlan, depth = 0): PlanRow[] {
  const args = plan.arguments ?? {};
  const row: PlanRow = {
    depth,
    operator: operatorName(plan),
    details: String(args['Details'] ?? ''),
    estimatedRows: Math.round(Number(args['EstimatedRows'] ?? 0)),
  };
  if ('dbHits' in plan) Object.assign(row, { rows: Number(plan.rows), dbHits: Number(plan.dbHits) });
  return [row, ...(plan.children ?? []).flatMap((child) => planRows(child, depth + 1))];
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
  // Neo.TransientError.General.MemoryPoolOutOfMemoryError, …TransactionOutOfMemoryError, …OutOfMemoryError:
  // transient to the driver, but the same query would only fail again.
  if (/OutOfMemory|MemoryLimit/i.test(code)) {
    return new CypherRefused(
      'memory',
      `The query needed more memory than Neo4j gives one query and was stopped; nothing was changed. Return fewer rows or smaller values (LIMIT, count() instead of collect()). Neo4j said: ${first}`,
      cause,
    );
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
