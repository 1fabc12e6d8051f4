// What every API test needs: the test Neo4j with the seed fixture loaded (through the graph
// engineer's writer), a Yoga app in-process, and a small GraphQL client over yoga.fetch.
import type { Driver } from 'neo4j-driver';
import { createYogaApp, type ServerOptions } from '../../../src/api/server.ts';
import type { ApiConfig } from '../../../src/api/api-config.ts';
import type { ExtractResult } from '../../../src/domain/extraction.ts';
import { loadExtraction } from '../../../src/graph/write/write-article.ts';
import { testConfig, testDatabase, testDriver } from '../../support/neo4j.ts';
import { seedExtract } from '../fixtures/seed-extract.ts';

export const TEST_TOKEN = 'api-test-token-0123456789';

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, unknown>; path?: unknown[] }>;
}

export interface ApiHarness {
  driver: Driver;
  config: ApiConfig;
  yoga: ReturnType<typeof createYogaApp>;
  gql<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  load(extract: ExtractResult): Promise<void>;
  close(): Promise<void>;
}

export function apiConfig(overrides: Partial<ApiConfig> = {}): ApiConfig {
  return { ...testConfig(), apiToken: TEST_TOKEN, development: false, ...overrides };
}

export async function startHarness(options: Partial<ServerOptions> & { config?: ApiConfig } = {}): Promise<ApiHarness> {
  const driver = testDriver();
  const config = options.config ?? apiConfig();
  const yoga = createYogaApp({ ...options, config, driver });
  const load = async (extract: ExtractResult) => {
    await loadExtraction(driver, extract, { database: testDatabase() });
  };
  await load(seedExtract());
  return {
    driver,
    config,
    yoga,
    load,
    gql: async (query, variables, headers = {}) => {
      const response = await yoga.fetch('http://kg.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
    close: () => driver.close(),
  };
}
