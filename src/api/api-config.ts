// The part of kg's Config (src/config.ts, loadConfig) the API reads. Declared here as a
// structural subset so the API can be built and tested with a hand-made object.
export interface ApiConfig {
  neo4j: { database: string };
  server: { host: string; port: number };
  /** KG_API_TOKEN: required for mutations; null → mutations always refuse. */
  apiToken: string | null;
  /** KG_MAX_PAGE_SIZE: the largest `first`/`last` a connection accepts. @default 100 */
  maxPageSize: number;
  /** KG_QUERY_TIMEOUT_MS: per-statement timeout, and how long we wait for Neo4j at all. @default 10000 */
  queryTimeoutMs: number;
  /** KG_MAX_ARTICLE_BYTES: the largest article text ingestArticle accepts (UTF-8 bytes). @default 2000000 */
  maxArticleBytes: number;
  /** KG_CORS_ORIGINS: origins other than the server's own whose pages may call the API. @default [] */
  corsOrigins?: readonly string[];
  /** NODE_ENV === 'development': unmasked errors and field suggestions. */
  development: boolean;
}
