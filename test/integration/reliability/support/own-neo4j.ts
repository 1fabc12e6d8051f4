// A Neo4j of the test's own (free port, temporary data directory), for scenarios that stop
// or kill it: never the shared one of the integration run. Started with --parent-pid, so
// it dies with the test process even if the test is killed.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../../../../src/config.ts';
import { createDriver } from '../../../../src/graph/driver.ts';
import { applySchema } from '../../../../src/graph/schema.ts';
import { freePort } from '../../../../src/neo4j-local/bolt-probe.ts';
import { stopLocalNeo4j } from '../../../../src/neo4j-local/manage-local-neo4j.ts';
import { startLocalNeo4j } from '../../../../src/neo4j-local/start-local-neo4j.ts';

export interface OwnNeo4j {
  uri: string;
  port: number;
  dataDir: string;
  /** pid of the launcher's java process (null while stopped). */
  pid: number | null;
  driver: Driver;
  /** Same port, same data: what a restart after a crash or a stop looks like. */
  start(): Promise<void>;
  /** SIGTERM, clean shutdown. */
  stop(): Promise<void>;
  /** SIGKILL the java process: a crash (store recovery at the next start). */
  kill(): Promise<void>;
  /** Stop it and delete its data. */
  dispose(): Promise<void>;
}

export async function startOwnNeo4j(label: string): Promise<OwnNeo4j> {
  const port = await freePort();
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), `kg-rel-${label}-`));
  const log = (m: string) => process.stderr.write(`[${label} neo4j] ${m}\n`);
  const own: OwnNeo4j = {
    uri: `bolt://127.0.0.1:${port}`,
    port,
    dataDir,
    pid: null,
    driver: null as unknown as Driver,
    async start() {
      const started = await startLocalNeo4j({ port, dataDir, parentPid: process.pid, onProgress: log });
      own.pid = started.pid;
    },
    async stop() {
      await stopLocalNeo4j(dataDir);
      own.pid = null;
    },
    async kill() {
      if (own.pid === null) return;
      const pid = own.pid;
      process.kill(pid, 'SIGKILL');
      for (let i = 0; i < 100 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
      own.pid = null;
    },
    async dispose() {
      await own.driver?.close().catch(() => undefined);
      await stopLocalNeo4j(dataDir).catch(() => undefined);
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
  await own.start();
  const base = loadConfig();
  own.driver = createDriver({ ...base, neo4j: { ...base.neo4j, uri: own.uri, user: 'neo4j', password: '' } });
  await applySchema(own.driver, base.neo4j.database);
  return own;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
