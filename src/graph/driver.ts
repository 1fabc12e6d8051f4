// One neo4j-driver per process, built from Config. When NEO4J_URI is unset the driver points
// at the local Neo4j (bolt://127.0.0.1:KG_NEO4J_PORT) that `kg neo4j start` / `kg up` run.
import neo4j, { type Driver } from 'neo4j-driver';
import type { Config } from '../config.ts';
import { classifyNeo4jError, firstLine, neo4jCode } from './neo4j-errors.ts';

export function neo4jUri(config: Config): string {
  return config.neo4j.uri ?? `bolt://127.0.0.1:${config.localNeo4j.port}`;
}

export function createDriver(config: Config): Driver {
  return neo4j.driver(neo4jUri(config), neo4j.auth.basic(config.neo4j.user, config.neo4j.password), {
    userAgent: 'kg/0.1',
    connectionTimeout: 10_000,
  });
}

/** A Neo4j that is unreachable or refuses us, explained in one sentence. */
export class Neo4jConnectionError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'Neo4jConnectionError';
  }
}

/**
 * Opens one authenticated session to `database` and throws Neo4jConnectionError with what to
 * do: wrong password → "set NEO4J_USER and NEO4J_PASSWORD", nothing listening → "start it".
 */
export async function checkConnection(driver: Driver, config: Config): Promise<void> {
  const uri = neo4jUri(config);
  // session.run, not executeQuery: an unreachable server should fail now, not after 30 s
  // of retries.
  const session = driver.session({ database: config.neo4j.database });
  try {
    await session.run('RETURN 1');
  } catch (error) {
    throw new Neo4jConnectionError(explain(error, uri, config), { cause: error });
  } finally {
    await session.close();
  }
}

function explain(error: unknown, uri: string, config: Config): string {
  const where = config.neo4j.uri ? 'NEO4J_URI' : 'KG_NEO4J_PORT';
  switch (classifyNeo4jError(error)) {
    case 'auth':
      return `Neo4j at ${uri} refused user "${config.neo4j.user}": set NEO4J_USER and NEO4J_PASSWORD to its credentials.`;
    case 'database-not-found':
      return `Neo4j at ${uri} has no database "${config.neo4j.database}": set NEO4J_DATABASE to one it has (Community Edition has only "neo4j").`;
    case 'unavailable':
      return config.neo4j.uri
        ? `Cannot reach Neo4j at ${uri}: start it, or fix ${where} (unset it to let kg run its own local Neo4j).`
        : `Cannot reach the local Neo4j at ${uri}: start it with \`npx kg neo4j start\`, or set NEO4J_URI to a Neo4j you run.`;
    default:
      return `Neo4j at ${uri} failed (${neo4jCode(error) || firstLine(error)}): check ${where}, NEO4J_USER and NEO4J_PASSWORD.`;
  }
}
