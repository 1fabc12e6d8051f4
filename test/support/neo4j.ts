// For integration tests: the Neo4j that test/setup/neo4j-global-setup.ts started (or
// NEO4J_URI). Every file shares one database, so isolate rows with uniqueId():
//   const driver = testDriver();
//   afterAll(() => driver.close());
//   const id = uniqueId('article'); // "article-m3x1k2-9f3a0c"
import { randomBytes } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import { type Config, loadConfig } from '../../src/config.ts';
import { createDriver } from '../../src/graph/driver.ts';

/** The environment's Config, pointed at the test Neo4j. */
export function testConfig(): Config {
  const base = loadConfig();
  return Object.freeze({
    ...base,
    neo4j: Object.freeze({
      uri: inject('neo4jUri'),
      user: inject('neo4jUser'),
      password: inject('neo4jPassword'),
      database: inject('neo4jDatabase'),
    }),
  });
}

/** A new driver to the test Neo4j; close it in afterAll. */
export function testDriver(): Driver {
  return createDriver(testConfig());
}

/** The database to pass to sessions and executeQuery. */
export function testDatabase(): string {
  return inject('neo4jDatabase');
}

/** An id no other test (in this run or an earlier one on the same server) uses. */
export function uniqueId(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
}
