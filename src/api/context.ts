// Per-request context: a graph reader that counts round trips, fresh DataLoaders (so no
// data is shared between requests), and who is asking (Bearer token → writer or reader).
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { GraphReader } from '../graph/read/reader.ts';
import { deleteArticles, type DeleteOutcome } from '../graph/write/delete-article.ts';
import type { ApiConfig } from './api-config.ts';
import type { ArticleIngester } from './ingest-port.ts';
import { createLoaders, type Loaders } from './loaders.ts';

export interface ApiContext {
  config: ApiConfig;
  reader: GraphReader;
  loaders: Loaders;
  auth: { writer: boolean };
  ingest: ArticleIngester;
  /** Takes one article out of the graph (deleteArticle). */
  deleteArticle: (articleId: string) => Promise<DeleteOutcome>;
}

export interface ContextDeps {
  config: ApiConfig;
  driver: Driver;
  ingest: ArticleIngester;
}

export function createContext(deps: ContextDeps, request: Request): ApiContext {
  const reader = new GraphReader(deps.driver, {
    database: deps.config.neo4j.database,
    timeoutMs: deps.config.queryTimeoutMs,
  });
  return {
    config: deps.config,
    reader,
    loaders: createLoaders(reader),
    auth: { writer: isWriter(request.headers.get('authorization'), deps.config.apiToken) },
    ingest: deps.ingest,
    deleteArticle: async (articleId) => (await deleteArticles(deps.driver, [articleId], { database: deps.config.neo4j.database }))[0]!,
  };
}

/** "Bearer s3cret" against the configured token, in constant time (hashes have equal length). */
export function isWriter(header: string | null, token: string | null): boolean {
  if (!token || !header) return false;
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  if (!match) return false;
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(match[1]!), digest(token));
}
