// An extractor that threw, as the answer a worker or this thread gives for that article. Its own
// module: the worker thread needs it, and importing it from extract-in-order.ts would load the
// pool (and, through worker-script.ts, esbuild) into every worker.
import type { Extraction } from './extraction-pool.ts';

export function extractorFailure(error: unknown): Extraction {
  const failure = `the extractor failed: ${error instanceof Error ? error.message : String(error)}`;
  return error instanceof Error && error.stack ? { failure, stack: error.stack } : { failure };
}
