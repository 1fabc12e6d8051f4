// Two tiers: `unit` needs nothing; `integration` (test/integration, test/api) runs against a
// real Neo4j that test/setup/neo4j-global-setup.ts starts (or NEO4J_URI when given).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
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
