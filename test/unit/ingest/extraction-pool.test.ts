// Worker threads extract exactly what the main thread would, for every article, and a pool
// answers each article (also when many are queued) without mixing them up.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../src/config.ts';
import type { RawArticle } from '../../../src/domain/article-input.ts';
import { extractRecord } from '../../../src/ingest/extract-record.ts';
import { ExtractionPool } from '../../../src/ingest/extraction-pool.ts';
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

  it('keeps the archive’s id and topic on the article', async () => {
    const answer = await pool.extract(articles.at(-1)!);
    expect('result' in answer && answer.result.article).toMatchObject({ externalId: 'vntc:1', topic: 'business', source: 'Người Lao Động' });
  }, 60_000);

  it('answers a closed pool with a failure instead of hanging', async () => {
    const closed = new ExtractionPool(1);
    await closed.close();
    expect(await closed.extract(articles[0]!)).toEqual({ failure: 'the extraction pool is closed' });
  }, 60_000);
});
