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
import { runFriendly } from './friendly-errors.ts';

const say = (message: string) => process.stderr.write(`${message}\n`);

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the GraphQL API with GraphiQL (HOST, PORT; NEO4J_URI or the local Neo4j)')
    .action(() => runFriendly(serve));
}

async function serve(): Promise<void> {
  const config = loadConfig();
  const undo: Array<() => Promise<unknown>> = [];
  const shutdown = async () => {
    for (const step of undo.reverse()) await step().catch((error: unknown) => say(`kg serve: ${String(error)}`));
  };
  try {
    if (config.neo4j.uri === null) {
      const { port, dataDir } = config.localNeo4j;
      const started = await startLocalNeo4j({ port, dataDir, parentPid: process.pid, password: config.neo4j.password || undefined, onProgress: say });
      if (started.startedHere) undo.push(() => stopLocalNeo4j(dataDir));
    }
    const driver = createDriver(config);
    undo.push(() => driver.close());
    await checkConnection(driver, config);
    await applySchema(driver, config.neo4j.database);
    const { startServer } = await import('../api/server.ts');
    const server = await startServer({ config, driver });
    undo.push(() => server.close());
    say(`Neo4j: ${neo4jUri(config)}. Mutations ${config.apiToken ? 'need the KG_API_TOKEN bearer token' : 'are off (set KG_API_TOKEN)'}.`);
    process.stdout.write(`GraphQL and GraphiQL: ${server.url.replace(/\/\/(127\.0\.0\.1|0\.0\.0\.0|\[::1?\])/, '//localhost')}\n`);
  } catch (error) {
    await shutdown();
    throw error;
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void shutdown().then(() => process.exit(0)));
  }
}
