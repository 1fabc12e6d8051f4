// `kg neo4j start`: build the launcher if needed, start Neo4j in the background (detached,
// pid file and log file in the data dir) and wait until Bolt answers. Idempotent: a running
// instance (our pid file, or any Neo4j already answering on the port) is reused.
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import { ensureLauncherBuilt } from './build-launcher.ts';
import { portInUse, probeBolt } from './bolt-probe.ts';
import { LocalNeo4jError } from './errors.ts';
import { sleep, withLock } from './lock.ts';
import { instanceFiles, LAUNCHER_MAIN_CLASS } from './paths.ts';
import { isAlive, isLauncherProcess, readPidFile, writePidFile } from './process-info.ts';
import { explainStartFailure, portInUseError, readLogTail } from './start-failure.ts';

export interface StartOptions {
  port: number;
  dataDir: string;
  /** The instance exits by itself when this process ends (test runs, `kg up`). */
  parentPid?: number;
  /** Turn auth on with user neo4j and this password (for tests of credential errors). */
  password?: string;
  /** The JVM's maximum heap. @default 1024 */
  heapMb?: number;
  /** Neo4j's page cache. @default 256 (the launcher's) */
  pagecacheMb?: number;
  /** @default "java" */
  java?: string;
  /** @default "mvn" */
  mvn?: string;
  /** How long to wait for Bolt. @default 180000 */
  timeoutMs?: number;
  onProgress?: (message: string) => void;
}

export interface StartedNeo4j {
  uri: string;
  /** null when the Neo4j on the port was not started by kg. */
  pid: number | null;
  /** false: it was already running, and whoever started it stops it. */
  startedHere: boolean;
}

/** JVM flags: modest memory by default, so several instances fit on one machine. */
const JVM_FLAGS = [
  '-Xms256m',
  '-XX:+UseG1GC',
  '-Dfile.encoding=UTF-8',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
];

export async function startLocalNeo4j(options: StartOptions): Promise<StartedNeo4j> {
  await fs.mkdir(options.dataDir, { recursive: true });
  const files = instanceFiles(options.dataDir);
  return withLock(files.lockDir, async () => {
    const running = await findRunning(options);
    if (running) return running;
    const classpath = await ensureLauncherBuilt({ mvn: options.mvn, onProgress: options.onProgress });
    options.onProgress?.(`Starting Neo4j on bolt://127.0.0.1:${options.port} (data in ${options.dataDir})…`);
    const pid = await spawnLauncher(classpath, options);
    await writePidFile(files.pidFile, {
      pid,
      port: options.port,
      startedAt: new Date().toISOString(),
      parentPid: options.parentPid ?? null,
    });
    await waitUntilReady(pid, options);
    return { uri: boltUri(options.port), pid, startedHere: true };
  });
}

export const boltUri = (port: number) => `bolt://127.0.0.1:${port}`;

async function findRunning(options: StartOptions): Promise<StartedNeo4j | null> {
  const files = instanceFiles(options.dataDir);
  const record = await readPidFile(files.pidFile);
  if (record && isLauncherProcess(record.pid)) {
    if (record.port !== options.port) {
      throw new LocalNeo4jError(
        'port-in-use',
        `The Neo4j for ${options.dataDir} already runs on port ${record.port}: stop it first with \`npx kg neo4j stop --data ${options.dataDir}\`, or use --port ${record.port}.`,
      );
    }
    await waitUntilReady(record.pid, options);
    return { uri: boltUri(record.port), pid: record.pid, startedHere: false };
  }
  if (record) await fs.rm(files.pidFile, { force: true }); // left by a crash or a reboot
  if (!(await portInUse(options.port))) return null;
  const probe = await probeBolt(boltUri(options.port));
  if (probe.ok) {
    options.onProgress?.(`A Neo4j (${probe.agent}) already answers on port ${options.port}; using it.`);
    return { uri: boltUri(options.port), pid: null, startedHere: false };
  }
  throw portInUseError(options.port);
}

async function spawnLauncher(classpath: string, options: StartOptions): Promise<number> {
  const { logFile } = instanceFiles(options.dataDir);
  const log = await fs.open(logFile, 'a');
  const args = [...JVM_FLAGS, `-Xmx${options.heapMb ?? 1024}m`, '-cp', classpath, LAUNCHER_MAIN_CLASS, '--port', String(options.port), '--data', options.dataDir];
  if (options.pagecacheMb) args.push('--pagecache-mb', String(options.pagecacheMb));
  if (options.parentPid) args.push('--parent-pid', String(options.parentPid));
  if (options.password) args.push('--password', options.password);
  try {
    await log.write(`\n--- ${new Date().toISOString()} kg neo4j start (port ${options.port})\n`);
    const child = spawn(options.java ?? 'java', args, { detached: true, stdio: ['ignore', log.fd, log.fd] });
    await new Promise<void>((resolve, reject) => {
      child.once('spawn', resolve);
      child.once('error', (error: NodeJS.ErrnoException) =>
        reject(
          error.code === 'ENOENT'
            ? new LocalNeo4jError(
                'no-java',
                'Java is not installed: install a JDK 17 (e.g. `apt-get install openjdk-17-jdk-headless maven`), or set NEO4J_URI to a Neo4j you already run.',
              )
            : error,
        ),
      );
    });
    child.unref();
    return child.pid!;
  } finally {
    await log.close();
  }
}

async function waitUntilReady(pid: number, options: StartOptions): Promise<void> {
  const { logFile } = instanceFiles(options.dataDir);
  const deadline = Date.now() + (options.timeoutMs ?? 180_000);
  while (Date.now() < deadline) {
    if (!isAlive(pid)) {
      await fs.rm(instanceFiles(options.dataDir).pidFile, { force: true });
      throw explainStartFailure(await readLogTail(logFile), options.port, logFile);
    }
    if ((await readLogTail(logFile)).includes('kg-neo4j ready') && (await probeBolt(boltUri(options.port))).ok) return;
    await sleep(250);
  }
  process.kill(pid, 'SIGTERM');
  throw new LocalNeo4jError(
    'start-timeout',
    `Neo4j did not answer on port ${options.port} within ${Math.round((options.timeoutMs ?? 180_000) / 1000)} s; see ${logFile}.`,
  );
}
