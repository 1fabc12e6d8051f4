// `kg neo4j start|stop|status|wipe [--port N] [--data DIR]`: the local Neo4j (no Docker).
import path from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../config.ts';
import { localNeo4jStatus, stopLocalNeo4j, wipeLocalNeo4j } from '../neo4j-local/manage-local-neo4j.ts';
import { startLocalNeo4j } from '../neo4j-local/start-local-neo4j.ts';
import { UsageError } from './exit-codes.ts';

interface Neo4jOptions {
  port?: string;
  data?: string;
}

export function registerNeo4j(program: Command): void {
  const neo4j = program
    .command('neo4j')
    .description('run a local Neo4j 5.26 Community (Java 17 + Maven, no Docker) in the background');
  const withTarget = (cmd: Command) =>
    cmd
      .option('--port <n>', 'Bolt port on 127.0.0.1 (default: KG_NEO4J_PORT or 7687)')
      .option('--data <dir>', 'data directory (default: KG_DATA_DIR or .data/neo4j)');

  withTarget(neo4j.command('start').description('start it (or reuse the running one) and print its bolt URI')).action(
    async (options: Neo4jOptions) => {
      const { port, dataDir } = target(options);
      const config = loadConfig();
      const { heapMb, pagecacheMb } = config.localNeo4j;
      const started = await startLocalNeo4j({ port, dataDir, heapMb, pagecacheMb, password: config.neo4j.password || undefined, onProgress: (m) => process.stderr.write(`${m}\n`) });
      process.stderr.write(started.startedHere ? 'Neo4j is ready.\n' : 'Neo4j was already running.\n');
      process.stdout.write(`${started.uri}\n`);
    });

  withTarget(neo4j.command('stop').description('stop it cleanly')).action(async (options: Neo4jOptions) => {
    const { dataDir } = target(options);
    const result = await stopLocalNeo4j(dataDir);
    process.stdout.write(
      result.pid === null
        ? `No local Neo4j is running for ${dataDir}.\n`
        : `Stopped Neo4j (pid ${result.pid})${result.forced ? ' with SIGKILL after it ignored SIGTERM' : ''}.\n`,
    );
  });

  withTarget(neo4j.command('status').description('say whether it runs, where it listens, and how big its store is')).action(
    async (options: Neo4jOptions) => {
      const { port, dataDir } = target(options);
      const s = await localNeo4jStatus(dataDir, port);
      const size = `${(s.storeBytes / 1024 / 1024).toFixed(1)} MB`;
      process.stdout.write(
        s.running
          ? `running: ${s.agent ?? 'Neo4j (Bolt not answering yet)'} on ${s.uri} (pid ${s.pid}), data ${dataDir} (${size})\n`
          : `stopped: data ${dataDir} (${size})\n`,
      );
      if (!s.running) process.exitCode = 3; // like `systemctl status`: scripts can test it
    });

  withTarget(neo4j.command('wipe').description('stop it and delete its data directory')).action(async (options: Neo4jOptions) => {
    const { dataDir } = target(options);
    const result = await wipeLocalNeo4j(dataDir);
    process.stdout.write(`${result.pid ? `Stopped Neo4j (pid ${result.pid}); d` : 'D'}eleted ${dataDir}.\n`);
  });
}

function target(options: Neo4jOptions): { port: number; dataDir: string } {
  const config = loadConfig();
  const port = options.port === undefined ? config.localNeo4j.port : Number(options.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new UsageError(`--port must be a whole number between 1 and 65535 (got ${JSON.stringify(options.port)}).`);
  }
  const dataDir = options.data === undefined ? config.localNeo4j.dataDir : path.resolve(options.data);
  return { port, dataDir };
}

