// HTTP: GraphQL over HTTP at /graphql (GraphiQL for browsers, served offline), /health
// (liveness) and /ready (Neo4j answers). Limits: depth and cost (Pothos complexity, see
// builder.ts), aliases, tokens and directives (GraphQL Armor), page size (pagination.ts),
// batch size (Yoga). Errors are masked unless config.development.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { execute, GraphQLError } from 'graphql';
import { createYoga, maskError as defaultMaskError, type Plugin } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';
import { explorerRoutes, withExplorerLink } from '../explorer/routes.ts';
import { GraphReader, GraphUnavailableError, QueryTimeoutError } from '../graph/read/reader.ts';
import type { ApiConfig } from './api-config.ts';
import { type ApiContext, createContext } from './context.ts';
import { EXAMPLE_OPERATIONS } from './graphiql-examples.ts';
import { createIngester } from './ingest-adapter.ts';
import type { ArticleIngester } from './ingest-port.ts';
import { boundArguments, bodyLimitFor } from './argument-bounds.ts';
import { limitBodySize } from './body-limit.ts';
import { QUERY_LIMITS } from './limits.ts';
import { healthChecks, YOGA_HEALTH_ENDPOINT } from './readiness.ts';
import { corsFor, jsonPostsOnly } from './request-guards.ts';
import { schema } from './schema.ts';

export interface ServerOptions {
  config: ApiConfig;
  driver: Driver;
  /** How ingestArticle loads an article. @default extractor + loader (ingest-adapter.ts) */
  ingest?: ArticleIngester;
  /** Called with each request's context (tests read `reader.roundTrips` from it). */
  onContext?: (context: ApiContext) => void;
}

export function createYogaApp({ config, driver, ingest, onContext }: ServerOptions) {
  const deps = { config, driver, ingest: ingest ?? createIngester(driver, { database: config.neo4j.database }) };
  return createYoga<Record<string, unknown>, ApiContext>({
    schema,
    context: ({ request }) => {
      const context = createContext(deps, request);
      onContext?.(context);
      return context;
    },
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: YOGA_HEALTH_ENDPOINT, // /health and /ready: healthChecks below
    cors: corsFor(config.corsOrigins ?? []),
    landingPage: false,
    batching: { limit: QUERY_LIMITS.maxBatch },
    maxRequestBodySize: false, // limitBodySize below, at a lower cost per request
    logging: config.development ? 'info' : 'warn',
    maskedErrors: { maskError: (error, message) => maskError(error, message, config.development) },
    graphiql: {
      title: 'kg: Vietnamese news knowledge graph',
      defaultQuery: EXAMPLE_OPERATIONS[0],
      defaultTabs: EXAMPLE_OPERATIONS.map((query) => ({ query })),
    },
    renderGraphiQL: (options) => withExplorerLink(renderGraphiQL(options)),
    plugins: [
      jsonPostsOnly(),
      explorerRoutes(), // /, /explore and its assets
      graphqlJsExecutor,
      limitBodySize(bodyLimitFor(config.maxArticleBytes)),
      boundArguments(),
      EnvelopArmorPlugin({
        maxAliases: { n: QUERY_LIMITS.maxAliases },
        maxTokens: { n: QUERY_LIMITS.maxTokens },
        maxDirectives: { n: QUERY_LIMITS.maxDirectives },
        // Depth and cost are Pothos complexity's (it knows a connection's page size).
        maxDepth: { enabled: false },
        costLimit: { enabled: false },
        blockFieldSuggestion: { enabled: !config.development },
      }),
      healthChecks({ health: '/health', ready: '/ready' }, async () => {
        const reader = new GraphReader(driver, { database: config.neo4j.database, timeoutMs: 2000 });
        await reader.rows('RETURN 1 AS ok');
      }),
    ],
  });
}

/**
 * graphql-js's own executor instead of Yoga's default (@graphql-tools/executor, built for
 * @defer/@stream and cancellation, which kg does not offer): ~0.2 ms less CPU per seed-shape
 * request. (graphql-jit was tried too: compiling one nested `subject { … }` query of the
 * allowed depth 14 took over 20 s, its code growing with every abstract type on the path.)
 */
const graphqlJsExecutor: Plugin = {
  onExecute: ({ setExecuteFn }) => setExecuteFn(execute as Parameters<typeof setExecuteFn>[0]),
};

/** Neo4j trouble gets a message a client can act on; anything unexpected is masked outside development. */
function maskError(error: unknown, message: string, development: boolean): Error {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const path = error instanceof GraphQLError ? error.path : undefined;
  if (original instanceof GraphUnavailableError) {
    return new GraphQLError('graph database unavailable', { path, extensions: { code: 'GRAPH_UNAVAILABLE' } });
  }
  if (original instanceof QueryTimeoutError) {
    return new GraphQLError('query timed out', { path, extensions: { code: 'QUERY_TIMEOUT' } });
  }
  if (development && error instanceof Error) return error;
  return defaultMaskError(error, message, false);
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Listens on config.server.host:port (port 0 → any free port) and resolves once listening. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const yoga = createYogaApp(options);
  const server = createServer(yoga);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.config.server.port, options.config.server.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = options.config.server.host.includes(':') ? `[${options.config.server.host}]` : options.config.server.host;
  return {
    url: `http://${host}:${port}${yoga.graphqlEndpoint}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
