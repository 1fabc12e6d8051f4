// How far V8 lets a heap grow past what a full collection left live, for the long batch
// commands (ingest, load, extract). V8 picks the factor from the heap's limit: with the
// default limit on a machine with 8 GB or more (a quarter of the memory, capped at 4 GB) it
// may let the old generation reach up to 4× the live size before collecting again. During
// an ingest the main thread keeps ~25–40 MB live (driver, batches being written) but
// allocates a lot that dies old (every article's rows, deserialized, then encoded for the
// driver): its heap was measured at 137 MB committed on 4,030 articles, 79 MB with the
// factor fixed at 1.3 (bench/RESULTS.md, "Issue 13's 400 MB: the main thread's heap
// growth…"). The flag is read at every major collection and holds for the whole process, the
// extraction workers included. A `--heap-growing-percent` given to node itself is kept.
import { setFlagsFromString } from 'node:v8';

export const HEAP_GROWING_PERCENT = 30;

export function boundHeapGrowth(): void {
  if (process.execArgv.some((arg) => arg.startsWith('--heap-growing-percent') || arg.startsWith('--heap_growing_percent'))) return;
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
