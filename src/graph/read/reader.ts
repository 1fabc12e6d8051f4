// The one door the API uses to read the graph: every statement runs in a READ session with
// a server-side timeout, values come back as plain JS, and each call counts as one
// database round trip (the N+1 test reads `roundTrips`).
import neo4j, { type Driver } from 'neo4j-driver';
import { classifyNeo4jError } from '../neo4j-errors.ts';
import { toPlain } from './values.ts';

export interface ReaderOptions {
  /** Neo4j database name; undefined → the server's default database. */
  database?: string | undefined;
  /** Server-side transaction timeout, and the longest we wait for an answer at all. */
  timeoutMs: number;
}

/** Neo4j did not answer (down, unreachable, or too slow): the API says "graph database unavailable". */
export class GraphUnavailableError extends Error {
  constructor(options?: ErrorOptions) {
    super('graph database unavailable', options);
    this.name = 'GraphUnavailableError';
  }
}

/** The query ran longer than the configured timeout and the server stopped it. */
export class QueryTimeoutError extends Error {
  constructor(options?: ErrorOptions) {
    super('query timed out', options);
    this.name = 'QueryTimeoutError';
  }
}

export class GraphReader {
  /** Statements sent to Neo4j through this reader (one per call to `rows`). */
  roundTrips = 0;

  constructor(
    private readonly driver: Driver,
    private readonly options: ReaderOptions,
  ) {}

  /** Runs one read statement; each record becomes a plain object keyed by column. */
  async rows<T = Record<string, unknown>>(query: string, params: Record<string, unknown> = {}): Promise<T[]> {
    this.roundTrips += 1;
    const session = this.driver.session({
      defaultAccessMode: neo4j.session.READ,
      ...(this.options.database ? { database: this.options.database } : {}),
    });
    let timer: NodeJS.Timeout | undefined;
    // Auto-commit (no driver retries, which would stretch an outage into a 30 s hang), with
    // our own deadline in case the connection itself never answers.
    const deadline = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new GraphUnavailableError()), this.options.timeoutMs + 1000);
    });
    try {
      const result = withoutStackCapture(() => session.run(query, params, { timeout: this.options.timeoutMs }));
      const { records } = await Promise.race([result, deadline]);
      return records.map((record) => toPlain(record.toObject()) as T);
    } catch (error) {
      throw translateError(error);
    } finally {
      clearTimeout(timer);
      void session.close().catch(() => undefined);
    }
  }
}

/**
 * Runs `start` (which must start the statement synchronously) with stack traces off. The
 * driver records the caller's stack for every statement it runs, to put on a later error;
 * under tsx stack traces are source-mapped, which costs ~0.2 ms of CPU per statement, as
 * much as some whole statements. Errors here are translated by code and message
 * (translateError), so a driver error only loses the call site below this reader.
 */
function withoutStackCapture<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

function translateError(error: unknown): unknown {
  if (error instanceof GraphUnavailableError) return error;
  const kind = classifyNeo4jError(error);
  if (kind === 'unavailable') return new GraphUnavailableError({ cause: error });
  if (kind === 'timeout') return new QueryTimeoutError({ cause: error });
  return error;
}
