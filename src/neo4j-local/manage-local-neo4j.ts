// `kg neo4j stop|status|wipe` for the local Neo4j of one data directory.
import fs from 'node:fs/promises';
import path from 'node:path';
import { probeBolt } from './bolt-probe.ts';
import { LocalNeo4jError } from './errors.ts';
import { sleep } from './lock.ts';
import { EMPTY_IMPORT_DIR, instanceFiles } from './paths.ts';
import { isAlive, isLauncherProcess, readPidFile } from './process-info.ts';
import { boltUri } from './start-local-neo4j.ts';

export interface StopResult {
  /** The pid that was stopped; null when nothing of ours was running. */
  pid: number | null;
  /** true when SIGTERM was not enough within the grace period. */
  forced: boolean;
}

/** SIGTERM (clean shutdown, no store recovery next time), then SIGKILL after graceMs. */
export async function stopLocalNeo4j(dataDir: string, graceMs = 60_000): Promise<StopResult> {
  const files = instanceFiles(dataDir);
  const record = await readPidFile(files.pidFile);
  if (!record || !isLauncherProcess(record.pid)) {
    await fs.rm(files.pidFile, { force: true });
    return { pid: null, forced: false };
  }
  const forced = await terminate(record.pid, graceMs);
  await fs.rm(files.pidFile, { force: true });
  return { pid: record.pid, forced };
}

async function terminate(pid: number, graceMs: number): Promise<boolean> {
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    if (!isLauncherProcess(pid)) return false;
    await sleep(100);
  }
  process.kill(pid, 'SIGKILL');
  for (let i = 0; i < 50 && isAlive(pid); i++) await sleep(100);
  if (isLauncherProcess(pid)) {
    throw new LocalNeo4jError('stop-failed', `Neo4j (pid ${pid}) did not stop even after SIGKILL; stop it by hand.`);
  }
  return true;
}

export interface LocalNeo4jStatus {
  running: boolean;
  pid: number | null;
  uri: string | null;
  /** What the server says it is, e.g. "Neo4j/5.26.30"; null when Bolt does not answer. */
  agent: string | null;
  dataDir: string;
  /** Bytes under the data directory (store, transaction logs, Neo4j's logs). */
  storeBytes: number;
}

export async function localNeo4jStatus(dataDir: string, port: number): Promise<LocalNeo4jStatus> {
  const record = await readPidFile(instanceFiles(dataDir).pidFile);
  const pid = record && isLauncherProcess(record.pid) ? record.pid : null;
  const uri = boltUri(record?.port ?? port);
  const probe = pid ? await probeBolt(uri) : null;
  return {
    running: pid !== null,
    pid,
    uri: pid ? uri : null,
    agent: probe?.ok ? probe.agent : null,
    dataDir,
    storeBytes: await directorySize(dataDir),
  };
}

/**
 * Stops the instance if it runs, then deletes its data directory. Refuses a directory that
 * holds anything but a Neo4j store and kg's files (a mistyped --data must not delete a home).
 */
export async function wipeLocalNeo4j(dataDir: string): Promise<StopResult> {
  const entries = await fs.readdir(dataDir).catch(() => [] as string[]);
  const known = new Set(['data', 'logs', EMPTY_IMPORT_DIR, ...Object.values(instanceFiles(dataDir)).map((f) => path.basename(f))]);
  const strangers = entries.filter((e) => !known.has(e));
  if (strangers.length > 0) {
    throw new LocalNeo4jError(
      'not-a-data-dir',
      `${dataDir} does not look like a kg Neo4j data directory (it holds ${strangers.slice(0, 3).join(', ')}); delete it by hand if you mean it.`,
    );
  }
  const stopped = await stopLocalNeo4j(dataDir);
  await fs.rm(dataDir, { recursive: true, force: true });
  return stopped;
}

async function directorySize(dir: string): Promise<number> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  let total = 0;
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const stat = await fs.stat(path.join(entry.parentPath, entry.name)).catch(() => null);
    total += stat?.size ?? 0;
  }
  return total;
}
