// `kg up` (what `npm start` runs): local Neo4j unless NEO4J_URI is set → schema → the sample
// articles in samples/articles/ → GraphQL with GraphiQL. Ctrl-C or SIGTERM closes the
// server and the driver, and stops the Neo4j only if this process started it.
import path from 'node:path';
import type { Command } from 'commander';
import type { Driver } from 'neo4j-driver';
import { type Config, loadConfig, REPO_ROOT } from '../config.ts';
import { checkConnection, createDriver, neo4jUri } from '../graph/driver.ts';
import { applySchema } from '../graph/schema.ts';
import { stopLocalNeo4j } from '../neo4j-local/manage-local-neo4j.ts';
import { startLocalNeo4j } from '../neo4j-local/start-local-neo4j.ts';
import { warmExplorer } from '../explorer/bundle.ts';

export const SAMPLES_DIR = path.join(REPO_ROOT, 'samples', 'articles');

const say = (message: string) => process.stderr.write(`${message}\n`);

export function registerUp(program: Command): void {
  program
    .command('up')
    .description('start everything (what `npm start` runs): Neo4j, schema, sample articles, GraphQL')
    .option('--no-samples', `do not ingest ${path.relative(REPO_ROOT, SAMPLES_DIR)}/`)
    .action(async (options: { samples: boolean }) => {
      const cleanup = new Cleanup();
      try {
        await up(cleanup, options.samples);
      } catch (error) {
        await cleanup.run();
        throw error;
      }
    });
}

async function up(cleanup: Cleanup, ingestSamples: boolean): Promise<void> {
  const config = loadConfig();
  cleanup.onSignal();
  if (config.neo4j.uri === null) {
    const { port, dataDir, heapMb, pagecacheMb } = config.localNeo4j;
    // --parent-pid: even a `kill -9` of this process takes its Neo4j down with it.
    const started = await startLocalNeo4j({ port, dataDir, heapMb, pagecacheMb, parentPid: process.pid, password: config.neo4j.password || undefined, onProgress: say });
    if (started.startedHere) cleanup.add('stopping Neo4j', () => stopLocalNeo4j(dataDir).then(() => {}));
    else say(`Using the Neo4j already running on ${started.uri} (kg up will leave it running).`);
  }
  const driver = createDriver(config);
  cleanup.add('closing the Neo4j driver', () => driver.close());
  await checkConnection(driver, config);
  const statements = await applySchema(driver, config.neo4j.database);
  say(`Neo4j ${neo4jUri(config)}: schema applied (${statements} statements).`);
  if (ingestSamples) await ingestSampleArticles(driver, config);
  // Loaded late so `kg up` with a bad configuration fails fast, before the API's imports.
  const { startServer } = await import('../api/server.ts');
  const server = await startServer({ config, driver }).catch((error: unknown) => {
    throw serverStartError(error, config);
  });
  cleanup.add('closing the GraphQL server', () => server.close());
  await warmExplorer(say);
  say('Press Ctrl-C to stop.');
  const graphql = publicUrl(server.url, config);
  process.stdout.write(`kg is up: the Explorer at ${graphql.replace(/\/graphql$/, '/explore')}, GraphQL and GraphiQL at ${graphql}\n`);
}

async function ingestSampleArticles(driver: Driver, config: Config): Promise<void> {
  const { ingestPaths } = await import('../ingest/ingest-articles.ts');
  const { formatSummary } = await import('../ingest/ingest-summary.ts');
  const summary = await ingestPaths(driver, [SAMPLES_DIR], {
    database: config.neo4j.database,
    maxArticleBytes: config.maxArticleBytes,
  });
  say(`Sample articles (${path.relative(REPO_ROOT, SAMPLES_DIR)}/): ${formatSummary(summary)}`);
  for (const article of summary.articles.filter((a) => a.status === 'failed')) {
    say(`  failed: ${article.origin}: ${article.reason ?? 'unknown reason'}`);
  }
}

// Bound to 127.0.0.1 or 0.0.0.0, the address to type is still localhost.
function publicUrl(url: string, config: Config): string {
  return ['127.0.0.1', '0.0.0.0', '::', '::1'].includes(config.server.host)
    ? `http://localhost:${config.server.port}/graphql`
    : url;
}

export function serverStartError(error: unknown, config: Config): Error {
  const code = (error as { code?: string }).code;
  if (code === 'EADDRINUSE') {
    return Object.assign(
      new Error(`Port ${config.server.port} is already in use: stop the program using it, or start kg on another port with PORT=N (kg serve: --port N).`),
      { name: 'ServerStartError' },
    );
  }
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
    return Object.assign(new Error(`HOST=${config.server.host} is not an address of this machine: use 127.0.0.1 or 0.0.0.0.`), {
      name: 'ServerStartError',
    });
  }
  return error as Error;
}

/** Undo steps run last-in first-out, once, on failure or on SIGINT/SIGTERM. */
class Cleanup {
  private steps: { what: string; fn: () => Promise<void> }[] = [];
  private running: Promise<void> | null = null;

  add(what: string, fn: () => Promise<void>): void {
    this.steps.push({ what, fn });
  }

  run(): Promise<void> {
    this.running ??= (async () => {
      for (const step of this.steps.reverse()) {
        say(`${step.what}…`);
        await step.fn().catch((error: unknown) => say(`  ${step.what} failed: ${String(error)}`));
      }
    })();
    return this.running;
  }

  onSignal(): void {
    const stop = (signal: NodeJS.Signals) => {
      say(`\n${signal}: shutting down.`);
      void this.run().then(() => process.exit(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  }
}
