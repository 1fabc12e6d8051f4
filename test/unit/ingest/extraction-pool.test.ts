// Worker threads extract exactly what the main thread would, for every article, and a pool
// answers each article (also when many are queued) without mixing them up. With `prepare`
// the worker also validates and builds the rows the loader sends: they must equal what the
// loader's own thread builds, bigints, ISO dates, nesting and order included.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../src/config.ts';
import type { RawArticle } from '../../../src/domain/article-input.ts';
import { extractRecord } from '../../../src/ingest/extract-record.ts';
import { ExtractionPool, workerResourceLimits } from '../../../src/ingest/extraction-pool.ts';
import { prepareArticle } from '../../../src/ingest/prepare-article.ts';
import { PART_ITEMS } from '../../../src/ingest/prepared-transfer.ts';
import { syntheticArticles } from '../../integration/reliability/support/synthetic-articles.ts';

const pool = new ExtractionPool(2);
afterAll(() => pool.close());

const articles: RawArticle[] = [
  { origin: 'sample', text: readFileSync(path.join(REPO_ROOT, 'samples', 'articles', 'danang-futuregov.txt'), 'utf8') },
  ...syntheticArticles(24, 'pool-test').map((a) => ({ origin: a.name, text: a.text })),
  { origin: 'corpus-record', text: 'Công ty Cổ phần Sữa Việt Nam (Vinamilk) đạt doanh thu 60.000 tỷ đồng.', externalId: 'vntc:1', topic: 'business', source: 'Người Lao Động' },
];

describe('ExtractionPool', () => {
  it('gives, article by article, the result of extracting on the main thread', async () => {
    const fromWorkers = await Promise.all(articles.map((raw) => pool.extract(raw)));
    expect(fromWorkers).toEqual(articles.map((raw) => ({ result: extractRecord(raw) })));
  }, 120_000);

  it('prepares on the worker, article by article, the rows the main thread prepares', async () => {
    const fromWorkers = await Promise.all(articles.map((raw) => pool.prepare(raw)));
    const here = articles.map((raw) => prepareArticle(raw.origin, extractRecord(raw)));
    expect(fromWorkers).toEqual(here);
    // Not vacuous: real rows with integers as bigints (toEqual would not tell 1n from 1).
    const sample = here[0]!;
    expect('rows' in sample && !(sample.rows instanceof Error) && typeof sample.rows.sentences[0]?.start).toBe('bigint');
    const workerSample = fromWorkers[0]!;
    expect('rows' in workerSample && !(workerSample.rows instanceof Error) && typeof workerSample.rows.sentences[0]?.start).toBe('bigint');
  }, 120_000);

  it('prepares a long article (several parts of each list) as the main thread does', async () => {
    const raw: RawArticle = { origin: 'long', text: syntheticArticles(120, 'pool-long').map((a) => a.text).join('\n\n') };
    const prepared = prepareArticle(raw.origin, extractRecord(raw));
    expect('rows' in prepared && !(prepared.rows instanceof Error) && prepared.rows.sentences.length).toBeGreaterThan(PART_ITEMS);
    expect(await pool.prepare(raw)).toEqual(prepared);
  }, 120_000);

  it('keeps the archive’s id and topic on the article', async () => {
    const answer = await pool.extract(articles.at(-1)!);
    expect('result' in answer && answer.result.article).toMatchObject({ externalId: 'vntc:1', topic: 'business', source: 'Người Lao Động' });
  }, 60_000);

  it('answers a closed pool with a failure instead of hanging', async () => {
    const closed = new ExtractionPool(1);
    await closed.close();
    expect(await closed.extract(articles[0]!)).toEqual({ failure: 'the extraction pool is closed' });
    expect(await closed.prepare(articles[0]!)).toEqual({ origin: 'sample', failure: 'the extraction pool is closed' });
  }, 60_000);

  it('extracts an article as large as it was sized for, under its workers\' heap limits', async () => {
    let text = '';
    for (let n = 40; Buffer.byteLength(text) < 600_000; n += 40) text = syntheticArticles(n, 'pool-heap').map((a) => a.text).join('\n\n');
    const sized = new ExtractionPool(1, false, Buffer.byteLength(text));
    try {
      const answer = await sized.prepare({ origin: 'large', text });
      expect('rows' in answer && !(answer.rows instanceof Error) && answer.rows.sentences.length).toBeGreaterThan(2_000);
    } finally {
      await sized.close();
    }
  }, 300_000);
});

describe('workerResourceLimits', () => {
  it('keeps the old generation under 2 GB at the default article size (V8 then grows a heap by less than 4×)', () => {
    const limits = workerResourceLimits(2_000_000);
    expect(limits.maxOldGenerationSizeMb).toBeLessThan(2048);
    expect(limits.maxOldGenerationSizeMb).toBeGreaterThanOrEqual(512);
  });

  it('grows with the largest article allowed', () => {
    const sizes = [1_000, 2_000_000, 20_000_000, 1_000_000_000].map((bytes) => workerResourceLimits(bytes).maxOldGenerationSizeMb!);
    for (let i = 1; i < sizes.length; i++) expect(sizes[i]).toBeGreaterThan(sizes[i - 1]!);
    expect(sizes.at(-1)).toBeGreaterThan(1_000 * 200);
  });
});
