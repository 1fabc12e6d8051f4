// `npm run test:reliability`: the slow reliability scenarios (issue 6), kept out of the
// default `npm test`: Neo4j outages and crashes mid-ingest (each on a Neo4j of its own),
// 5 MB and 50 MB inputs, and 30 s of load. Quick reliability tests (bad input at small
// sizes, auth, hostile queries) run in the default integration suite.
import { defineConfig } from 'vitest/config';
// The same graphql alias as the main tiers (see vitest.config.ts for why).
import { resolve } from './vitest.config.ts';

export default defineConfig({
  resolve,
  test: {
    name: 'reliability',
    include: ['test/integration/reliability/slow/**/*.slow.ts'],
    environment: 'node',
    globalSetup: ['test/setup/neo4j-global-setup.ts'],
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
