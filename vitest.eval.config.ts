// `npm run eval` (scripts/eval.mjs) only: the tests that need the team's evaluation fixtures
// (the dev set and the gold files, in ../shared beside the repository). scripts/eval.mjs sets
// KG_EVAL_SHARED; the property tests listed under `eval-properties` then run over the dev
// articles as well as the samples. `npm test` never reads that folder.
import { defineConfig } from 'vitest/config';
// The same graphql alias as the main tiers (see vitest.config.ts for why).
import { resolve } from './vitest.config.ts';

export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        test: {
          name: 'eval-properties',
          include: [
            'test/eval/seed-gold.test.ts',
            'test/unit/pipeline/offsets.property.test.ts',
            'test/unit/domain/fold.test.ts',
            'test/unit/pipeline/recognize/articles-properties.test.ts',
            'test/unit/pipeline/relate/contract.test.ts',
          ],
          environment: 'node',
        },
      },
      {
        resolve,
        test: {
          name: 'eval-graph',
          include: ['test/eval/dev-ingest.test.ts'],
          environment: 'node',
          globalSetup: ['test/setup/neo4j-global-setup.ts'],
          fileParallelism: false,
          testTimeout: 300_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
