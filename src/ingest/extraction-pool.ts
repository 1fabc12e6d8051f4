// Extraction on worker threads, so that articles are extracted on every core while the
// main thread reads input and writes to Neo4j (and, in the API, keeps answering reads).
// Each worker holds at most two articles: one being extracted, one waiting, so a worker
// never idles between messages; the rest wait here, in the order they came.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { loadConfig } from '../config.ts';
import type { RawArticle } from '../domain/article-input.ts';
import type { ExtractResult } from '../domain/extraction.ts';
import { prepareExtracted, type PreparedExtraction } from './prepare-article.ts';
import { unpackPrepared, type PackedPrepared } from './prepared-transfer.ts';
import { extractionWorkerScript, TSX_BOOT } from './worker-script.ts';

/** `stack`: where an extractor that threw failed, for `kg extract`'s message (ingest reports say why only). */
export type Extraction = { result: ExtractResult } | { failure: string; stack?: string };

/** What a worker answers: the extraction, or with `prepare` the article's rows in parts. */
type Answer = Extraction | { packed: PackedPrepared };

interface Job {
  id: number;
  raw: RawArticle;
  prepare: boolean;
  resolve: (answer: Answer) => void;
}

interface Slot {
  worker: Worker;
  inFlight: Map<number, Job>;
}

const PER_WORKER = 2;
const MB = 1024 * 1024;

/**
 * A worker's heap limits. Not to bound an article (the largest allowed one must still be
 * extracted), but because V8 sizes a heap by its limit: with the default limit (a quarter
 * of the machine's memory) it lets the old generation grow to up to 4× what is live before
 * collecting, and a worker holding ~45 MB of lexicons and code grew to 100–130 MB. Under a
 * limit below 2 GB it grows by at most ~1.5×. The limit leaves 256 MB per MB of the largest
 * article allowed (a 1.95 MB article was extracted under a 384 MB limit), 768 MB at the
 * default 2 MB. The young generation is halved (16 MB of semi-spaces instead of 32 MB): it
 * holds one article's short-lived objects, which a smaller nursery collects as cheaply.
 */
export function workerResourceLimits(maxArticleBytes: number): ResourceLimits {
  return { maxOldGenerationSizeMb: 256 + 256 * Math.ceil(maxArticleBytes / MB), maxYoungGenerationSizeMb: 24 };
}

/** KG_MAX_ARTICLE_BYTES, or its default when the environment does not say or says it wrong (the caller reports that). */
function configuredMaxArticleBytes(): number {
  try {
    return loadConfig().maxArticleBytes;
  } catch {
    return 2_000_000;
  }
}

/** Cores to use by default: all of them (Neo4j, on the same machine, is mostly waiting on the loader). */
export function defaultWorkers(): number {
  return availableParallelism();
}

export class ExtractionPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 0;
  private closed = false;
  private readonly resourceLimits: ResourceLimits;
  /** The workers' module (worker-script.ts), known once built; jobs wait in the queue until then. */
  private script: URL | null = null;
  private readonly started: Promise<void>;

  /**
   * @param unref the workers never keep the process alive by themselves: for a server, whose
   *   open requests do that while an article is being extracted.
   * @param maxArticleBytes the largest article a worker must be able to extract (sizes its
   *   heap limit). @default KG_MAX_ARTICLE_BYTES
   */
  constructor(
    readonly size: number,
    private readonly unref = false,
    maxArticleBytes = configuredMaxArticleBytes(),
  ) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`a pool needs at least one worker, not ${size}`);
    this.resourceLimits = workerResourceLimits(maxArticleBytes);
    this.started = extractionWorkerScript().then((script) => {
      this.script = script;
      if (this.closed) return;
      for (let i = 0; i < size; i++) this.slots.push(this.spawn());
      this.dispatch();
    });
  }

  /** Never rejects: an article the extractor cannot handle comes back as a failure. */
  extract(raw: RawArticle): Promise<Extraction> {
    return this.submit(raw, false) as Promise<Extraction>;
  }

  /**
   * Extraction and the CPU half of the load (validation, rows) on the worker; the rows come
   * back a part per turn of this thread's event loop (prepared-transfer.ts). Never rejects.
   */
  async prepare(raw: RawArticle): Promise<PreparedExtraction> {
    const answer = await this.submit(raw, true);
    return 'packed' in answer ? unpackPrepared(answer.packed) : prepareExtracted(raw.origin, answer);
  }

  private submit(raw: RawArticle, prepare: boolean): Promise<Answer> {
    if (this.closed) return Promise.resolve({ failure: 'the extraction pool is closed' });
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, raw, prepare, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.resolve({ failure: 'the extraction pool is closed' });
    await this.started;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      while (slot.inFlight.size < PER_WORKER && this.queue.length > 0) {
        const job = this.queue.shift()!;
        slot.inFlight.set(job.id, job);
        slot.worker.postMessage({ id: job.id, raw: job.raw, prepare: job.prepare });
      }
    }
  }

  private spawn(): Slot {
    // A worker replaced days later may find its build pruned by a newer kg: tsx boots it then.
    const script = existsSync(this.script!) ? this.script! : TSX_BOOT;
    const worker = new Worker(script, { resourceLimits: this.resourceLimits });
    if (this.unref) worker.unref();
    const slot: Slot = { worker, inFlight: new Map() };
    worker.on('message', (message: { id: number; result?: ExtractResult; packed?: PackedPrepared; failure?: string; stack?: string; ready?: true }) => {
      if (message.ready) return;
      const job = slot.inFlight.get(message.id);
      if (!job) return;
      slot.inFlight.delete(message.id);
      if (message.packed) job.resolve({ packed: message.packed });
      else if (message.result) job.resolve({ result: message.result });
      else job.resolve({ failure: message.failure ?? 'the extractor failed', ...(message.stack ? { stack: message.stack } : {}) });
      this.dispatch();
    });
    worker.on('error', (error) => this.replace(slot, `the extractor's worker failed: ${error.message}`));
    worker.on('exit', (code) => this.replace(slot, `the extractor's worker stopped (exit code ${code})`));
    return slot;
  }

  /** A worker that died fails the articles it held (they would never come back) and is replaced. */
  private replace(slot: Slot, reason: string): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    for (const job of slot.inFlight.values()) job.resolve({ failure: reason });
    slot.inFlight.clear();
    if (this.closed) return;
    this.slots[index] = this.spawn();
    this.dispatch();
  }
}
