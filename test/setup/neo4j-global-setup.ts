// Integration tier: a real Neo4j for the whole run. NEO4J_URI given → use that server.
// Otherwise start a throw-away local Neo4j on a free port with a temporary data directory,
// and stop and delete it at teardown, even when tests fail. The instance is started with
// --parent-pid, so it also dies if vitest itself is killed.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../src/config.ts';
import { checkConnection, createDriver } from '../../src/graph/driver.ts';
import { applySchema } from '../../src/graph/schema.ts';
import { freePort } from '../../src/neo4j-local/bolt-probe.ts';
import { stopLocalNeo4j } from '../../src/neo4j-local/manage-local-neo4j.ts';
import { startLocalNeo4j } from '../../src/neo4j-local/start-local-neo4j.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jUser: string;
    neo4jPassword: string;
    neo4jDatabase: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const base = loadConfig();
  let teardown = async () => {};
  let uri = base.neo4j.uri;
  if (uri === null) {
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'kg-test-neo4j-'));
    teardown = async () => {
      await stopLocalNeo4j(dataDir);
      await fs.rm(dataDir, { recursive: true, force: true });
    };
    try {
      const port = await freePort();
      const log = (m: string) => process.stderr.write(`[neo4j] ${m}\n`);
      uri = (await startLocalNeo4j({ port, dataDir, parentPid: process.pid, onProgress: log })).uri;
    } catch (error) {
      await teardown();
      throw error;
    }
  }
  const config = { ...base, neo4j: { ...base.neo4j, uri } };
  const driver = createDriver(config);
  try {
    await checkConnection(driver, config);
    await applySchema(driver, config.neo4j.database);
  } catch (error) {
    await teardown();
    throw error;
  } finally {
    await driver.close();
  }
  project.provide('neo4jUri', uri);
  project.provide('neo4jUser', config.neo4j.user);
  project.provide('neo4jPassword', config.neo4j.password);
  project.provide('neo4jDatabase', config.neo4j.database);
  return teardown;
}
