// `kg serve`: the GraphQL API (and GraphiQL) over the graph as it is. Like `kg up` but it
// ingests nothing: with NEO4J_URI unset it reuses the local Neo4j (`kg neo4j start`, or the
// one `kg up` left running) or starts one that stops with this process; the schema is applied
// (idempotent) so search works on a fresh database.
import type { Command } from 'commander';
import { loadConfig } from '../config.ts';
import { checkConnection, createDriver, neo4jUri } from '../graph/driver.ts';
import { applySchema } from '../graph/schema.ts';
import { stopLocalNeo4j } from '../neo4j-local/manage-local-neo4j.ts';
import { startLocalNeo4j } from '../neo4j-local/start-local-neo4j.ts';
import { warmExplorer } from '../explorer/bundle.ts';
import { UsageError } from './exit-codes.ts';
import { serverStartError } from './up-command.ts';

const say = (message: string) => process.stderr.write(`${message}\n`);

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the GraphQL API with GraphiQL (HOST, PORT; NEO4J_URI or the local Neo4j)')
    .option('-p, --port <n>', 'HTTP port (default: PORT or 4000; 0 picks a free one)')
    .action((options: { port?: string }) => serve(options));
}

async function serve(options: { port?: string }): Promise<void> {
  const base = loadConfig();
  const config = options.port === undefined ? base : { ...base, server: { ...base.server, port: httpPort(options.port) } };
  const undo: Array<() => Promise<unknown>> = [];
  const shutdown = async () => {
    for (const step of undo.reverse()) await step().catch((error: unknown) => say(`kg serve: ${String(error)}`));
  };
  try {
    if (config.neo4j.uri === null) {
      const { port, dataDir, heapMb, pagecacheMb } = config.localNeo4j;
      const started = await startLocalNeo4j({ port, dataDir, heapMb, pagecacheMb, parentPid: process.pid, password: config.neo4j.password || undefined, onProgress: say });
      if (started.startedHere) undo.push(() => stopLocalNeo4j(dataDir));
    }
    const driver = createDriver(config);
    undo.push(() => driver.close());
    await checkConnection(driver, config);
    await applySchema(driver, config.neo4j.database);
    const { startServer } = await import('../api/server.ts');
    const server = await startServer({ config, driver }).catch((error: unknown) => {
      throw serverStartError(error, config);
    });
    undo.push(() => server.close());
    await warmExplorer(say);
    say(`Neo4j: ${neo4jUri(config)}. Mutations ${config.apiToken ? 'need the KG_API_TOKEN bearer token' : 'are off (set KG_API_TOKEN)'}.`);
    const graphql = server.url.replace(/\/\/(127\.0\.0\.1|0\.0\.0\.0|\[::1?\])/, '//localhost');
    process.stdout.write(`Explorer: ${graphql.replace(/\/graphql$/, '/explore')}\nGraphQL and GraphiQL: ${graphql}\n`);
  } catch (error) {
    await shutdown();
    throw error;
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void shutdown().then(() => process.exit(0)));
  }
}

function httpPort(value: string): number {
  const port = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
  if (!(port >= 0 && port <= 65535)) throw new UsageError(`--port must be a whole number between 0 and 65535 (got ${JSON.stringify(value)}).`);
  return port;
}
