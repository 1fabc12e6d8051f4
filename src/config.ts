// The only reader of process.env: read once, validate, freeze, pass down.
// A bad value fails with a ConfigError that names the variable and says what to do, e.g.
//   PORT=abc → "PORT must be a whole number between 1 and 65535 (got "abc")."
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** Root of the checkout (this file is src/config.ts). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface Config {
  readonly neo4j: {
    /** NEO4J_URI. @default null: kg starts (or reuses) its own local Neo4j. */
    readonly uri: string | null;
    /** NEO4J_USER. @default "neo4j" */
    readonly user: string;
    /** NEO4J_PASSWORD. @default "" (the local Neo4j runs without auth) */
    readonly password: string;
    /** NEO4J_DATABASE. @default "neo4j" */
    readonly database: string;
  };
  readonly localNeo4j: {
    /** KG_NEO4J_PORT: Bolt port of the local Neo4j, on 127.0.0.1. @default 7687 */
    readonly port: number;
    /** KG_DATA_DIR: absolute; relative values are taken from the repository root. @default ".data/neo4j" */
    readonly dataDir: string;
    /** KG_NEO4J_HEAP_MB: the JVM's maximum heap. @default 1024 */
    readonly heapMb: number;
    /**
     * KG_NEO4J_PAGECACHE_MB: Neo4j's page cache (the store held in memory). The default suits
     * tests and a few thousand articles; a whole archive wants about its store's size.
     * @default 256
     */
    readonly pagecacheMb: number;
  };
  readonly server: {
    /** HOST. @default "127.0.0.1" */
    readonly host: string;
    /** PORT. @default 4000 */
    readonly port: number;
  };
  /** KG_API_TOKEN: bearer token required for writes over HTTP. @default null (writes refused) */
  readonly apiToken: string | null;
  /** KG_MAX_PAGE_SIZE. @default 100 */
  readonly maxPageSize: number;
  /** KG_QUERY_TIMEOUT_MS: timeout of every read transaction. @default 10000 */
  readonly queryTimeoutMs: number;
  /** KG_MAX_ARTICLE_BYTES. @default 2000000 */
  readonly maxArticleBytes: number;
  /** KG_CORS_ORIGINS: comma-separated origins ("https://app.example,http://localhost:3000") whose pages may call the API. @default [] (same origin only) */
  readonly corsOrigins: readonly string[];
  /** NODE_ENV === "development". */
  readonly development: boolean;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(message);
    this.name = 'ConfigError';
  }
}

const BOLT_SCHEMES = ['bolt:', 'bolt+s:', 'bolt+ssc:', 'neo4j:', 'neo4j+s:', 'neo4j+ssc:'];

/** Unset and empty both mean "use the default": `PORT= npm start` is common in shells. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

const int = (min: number, max: number, hint: string) =>
  optional(
    z
      .string()
      .trim()
      .regex(/^\d+$/, `must be a whole number between ${min} and ${max}${hint}`)
      .transform(Number)
      .pipe(z.number().min(min, `must be at least ${min}${hint}`).max(max, `must be at most ${max}${hint}`)),
  );

const boltUri = z
  .string()
  .trim()
  .refine((v) => {
    try {
      const url = new URL(v);
      return BOLT_SCHEMES.includes(url.protocol) && url.hostname !== '';
    } catch {
      return false;
    }
  }, 'must be a Neo4j URL such as bolt://localhost:7687 or neo4j+s://host (leave it unset to use the local Neo4j)');

const Env = z.object({
  NEO4J_URI: optional(boltUri),
  NEO4J_USER: optional(z.string()),
  NEO4J_PASSWORD: optional(z.string()),
  NEO4J_DATABASE: optional(
    z.string().regex(/^[A-Za-z][A-Za-z0-9.-]{0,62}$/, 'must be a database name such as neo4j'),
  ),
  KG_NEO4J_PORT: int(1, 65535, ' (the Bolt port of the local Neo4j)'),
  KG_DATA_DIR: optional(z.string()),
  KG_NEO4J_HEAP_MB: int(256, 65_536, ' (megabytes)'),
  KG_NEO4J_PAGECACHE_MB: int(8, 1_048_576, ' (megabytes)'),
  HOST: optional(z.string().trim().min(1)),
  PORT: int(1, 65535, ' (the port of the GraphQL server)'),
  KG_API_TOKEN: optional(z.string().min(8, 'must be at least 8 characters (e.g. `openssl rand -hex 24`)')),
  KG_MAX_PAGE_SIZE: int(1, 10_000, ''),
  KG_QUERY_TIMEOUT_MS: int(100, 3_600_000, ' (milliseconds)'),
  KG_MAX_ARTICLE_BYTES: int(1_000, 1_000_000_000, ' (bytes)'),
  KG_CORS_ORIGINS: optional(
    z
      .string()
      .transform((v) => v.split(',').map((o) => o.trim()).filter(Boolean))
      .pipe(z.array(z.string().regex(/^https?:\/\/[^/\s]+$/, 'must list origins such as https://app.example or http://localhost:3000, comma-separated, with no path'))),
  ),
  NODE_ENV: optional(z.string()),
});

/** Reads and validates the environment. Throws ConfigError naming the first bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue?.path[0] ?? 'environment');
    const got = env[variable];
    const shown = variable.includes('PASSWORD') || variable.includes('TOKEN') ? '' : ` (got ${JSON.stringify(got)})`;
    throw new ConfigError(variable, `${variable} ${issue?.message ?? 'is invalid'}${shown}.`);
  }
  const e = parsed.data;
  return deepFreeze({
    neo4j: {
      uri: e.NEO4J_URI ?? null,
      user: e.NEO4J_USER ?? 'neo4j',
      password: e.NEO4J_PASSWORD ?? '',
      database: e.NEO4J_DATABASE ?? 'neo4j',
    },
    localNeo4j: {
      port: e.KG_NEO4J_PORT ?? 7687,
      dataDir: path.resolve(REPO_ROOT, e.KG_DATA_DIR ?? '.data/neo4j'),
      heapMb: e.KG_NEO4J_HEAP_MB ?? 1024,
      pagecacheMb: e.KG_NEO4J_PAGECACHE_MB ?? 256,
    },
    server: { host: e.HOST ?? '127.0.0.1', port: e.PORT ?? 4000 },
    apiToken: e.KG_API_TOKEN ?? null,
    maxPageSize: e.KG_MAX_PAGE_SIZE ?? 100,
    queryTimeoutMs: e.KG_QUERY_TIMEOUT_MS ?? 10_000,
    maxArticleBytes: e.KG_MAX_ARTICLE_BYTES ?? 2_000_000,
    corsOrigins: e.KG_CORS_ORIGINS ?? [],
    development: e.NODE_ENV === 'development',
  });
}

function deepFreeze<T extends object>(value: T): T {
  for (const child of Object.values(value)) {
    if (child !== null && typeof child === 'object') deepFreeze(child as object);
  }
  return Object.freeze(value);
}
