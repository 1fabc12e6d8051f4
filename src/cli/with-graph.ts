// One place that opens the graph for a command and closes it afterwards, whatever happens:
// configuration, driver, a connection check that says how to fix an unreachable Neo4j, and
// (for commands that write) the schema.
import type { Driver } from 'neo4j-driver';
import { type Config, loadConfig } from '../config.ts';
import { checkConnection, createDriver } from '../graph/driver.ts';
import { applySchema } from '../graph/schema.ts';

export interface GraphOptions {
  /** Apply cypher/schema.cypher first (idempotent): for commands that write. */
  schema?: boolean;
  /** Default: loadConfig(). */
  config?: Config;
}

export async function withGraph<T>(options: GraphOptions, use: (driver: Driver, config: Config) => Promise<T>): Promise<T> {
  const config = options.config ?? loadConfig();
  const driver = createDriver(config);
  try {
    await checkConnection(driver, config);
    if (options.schema) await applySchema(driver, config.neo4j.database);
    return await use(driver, config);
  } finally {
    await driver.close();
  }
}
