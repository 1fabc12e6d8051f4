// Two tiers: `unit` needs nothing; `integration` (test/integration, test/api) runs against a
// real Neo4j that test/setup/neo4j-global-setup.ts starts (or NEO4J_URI when given).
import { defineConfig } from 'vitest/config';

// graphql ships CJS (index.js) and ESM (index.mjs) copies; Pothos and Yoga load the CJS one
// through Node, so test code must too, or the schema's types come "from another realm".
export const resolve = { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] };

export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        resolve,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts', 'test/api/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/setup/neo4j-global-setup.ts'],
          // One Community database is shared by every file of a run: files run one at a
          // time, and each isolates its rows by unique ids.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
