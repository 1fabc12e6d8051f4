// loadConfig: defaults, parsing, and one clear message naming the bad variable.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, REPO_ROOT } from '../../src/config.ts';

describe('loadConfig', () => {
  it('has defaults that run kg on a laptop with its own local Neo4j', () => {
    expect(loadConfig({})).toEqual({
      neo4j: { uri: null, user: 'neo4j', password: '', database: 'neo4j' },
      localNeo4j: { port: 7687, dataDir: path.join(REPO_ROOT, '.data', 'neo4j'), heapMb: 1024, pagecacheMb: 256 },
      server: { host: '127.0.0.1', port: 4000 },
      apiToken: null,
      maxPageSize: 100,
      queryTimeoutMs: 10_000,
      maxArticleBytes: 2_000_000,
      corsOrigins: [],
      development: false,
    });
  });

  it('reads every variable', () => {
    const config = loadConfig({
      NEO4J_URI: 'neo4j+s://db.example.org',
      NEO4J_USER: 'kg',
      NEO4J_PASSWORD: 'pa ss wörd',
      NEO4J_DATABASE: 'news',
      KG_NEO4J_PORT: '7701',
      KG_DATA_DIR: '/var/lib/kg',
      KG_NEO4J_HEAP_MB: '4096',
      KG_NEO4J_PAGECACHE_MB: '8192',
      HOST: '0.0.0.0',
      PORT: '8080',
      KG_API_TOKEN: 'a-long-enough-token',
      KG_MAX_PAGE_SIZE: '50',
      KG_QUERY_TIMEOUT_MS: '2500',
      KG_MAX_ARTICLE_BYTES: '100000',
      KG_CORS_ORIGINS: 'https://app.example, http://localhost:3000',
      NODE_ENV: 'development',
    });
    expect(config).toEqual({
      neo4j: { uri: 'neo4j+s://db.example.org', user: 'kg', password: 'pa ss wörd', database: 'news' },
      localNeo4j: { port: 7701, dataDir: '/var/lib/kg', heapMb: 4096, pagecacheMb: 8192 },
      server: { host: '0.0.0.0', port: 8080 },
      apiToken: 'a-long-enough-token',
      maxPageSize: 50,
      queryTimeoutMs: 2500,
      maxArticleBytes: 100_000,
      corsOrigins: ['https://app.example', 'http://localhost:3000'],
      development: true,
    });
  });

  it('takes a relative KG_DATA_DIR from the repository root, not the current directory', () => {
    expect(loadConfig({ KG_DATA_DIR: '.data/dev-api' }).localNeo4j.dataDir).toBe(path.join(REPO_ROOT, '.data/dev-api'));
  });

  it('treats an empty variable as unset (`PORT= npm start`)', () => {
    expect(loadConfig({ PORT: '', NEO4J_URI: ' ', KG_API_TOKEN: '' })).toMatchObject({
      server: { port: 4000 },
      neo4j: { uri: null },
      apiToken: null,
    });
  });

  it('is frozen, all the way down', () => {
    const config = loadConfig({});
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.neo4j)).toBe(true);
    expect(Object.isFrozen(config.server)).toBe(true);
  });

  it.each<[Record<string, string>, string, RegExp]>([
    [{ PORT: 'abc' }, 'PORT', /^PORT must be a whole number between 1 and 65535 .*\(got "abc"\)\.$/],
    [{ PORT: '70000' }, 'PORT', /^PORT must be at most 65535/],
    [{ PORT: '4000.5' }, 'PORT', /^PORT must be a whole number/],
    [{ KG_NEO4J_PORT: '0' }, 'KG_NEO4J_PORT', /^KG_NEO4J_PORT must be at least 1/],
    [{ NEO4J_URI: 'http://localhost:7474' }, 'NEO4J_URI', /^NEO4J_URI must be a Neo4j URL such as bolt:\/\/localhost:7687/],
    [{ NEO4J_URI: 'localhost:7687' }, 'NEO4J_URI', /^NEO4J_URI must be a Neo4j URL/],
    [{ NEO4J_DATABASE: 'my db' }, 'NEO4J_DATABASE', /^NEO4J_DATABASE must be a database name/],
    [{ KG_NEO4J_HEAP_MB: '64' }, 'KG_NEO4J_HEAP_MB', /^KG_NEO4J_HEAP_MB must be at least 256/],
    [{ KG_NEO4J_PAGECACHE_MB: '2g' }, 'KG_NEO4J_PAGECACHE_MB', /^KG_NEO4J_PAGECACHE_MB must be a whole number/],
    [{ KG_MAX_PAGE_SIZE: '-1' }, 'KG_MAX_PAGE_SIZE', /^KG_MAX_PAGE_SIZE must be a whole number/],
    [{ KG_QUERY_TIMEOUT_MS: '10' }, 'KG_QUERY_TIMEOUT_MS', /^KG_QUERY_TIMEOUT_MS must be at least 100/],
    [{ KG_MAX_ARTICLE_BYTES: 'lots' }, 'KG_MAX_ARTICLE_BYTES', /^KG_MAX_ARTICLE_BYTES must be a whole number/],
    [{ KG_API_TOKEN: 'short' }, 'KG_API_TOKEN', /^KG_API_TOKEN must be at least 8 characters/],
    [{ KG_CORS_ORIGINS: 'https://app.example/path' }, 'KG_CORS_ORIGINS', /^KG_CORS_ORIGINS must list origins such as https:\/\/app.example/],
    [{ KG_CORS_ORIGINS: '*' }, 'KG_CORS_ORIGINS', /^KG_CORS_ORIGINS must list origins/],
  ])('rejects %j naming %s', (env, variable, message) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(error).toMatchObject({ variable, message: expect.stringMatching(message) });
  });

  it('never echoes a secret in its message', () => {
    expect(() => loadConfig({ KG_API_TOKEN: 'abc12' })).toThrow(/^(?!.*abc12).*$/);
  });
});
