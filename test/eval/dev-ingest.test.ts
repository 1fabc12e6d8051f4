// Run by `npm run eval` only: the real extractor and loader on every dev article, which all
// load without failure and are found unchanged the second time.
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../src/ingest/ingest-articles.ts';
import { graphDigest } from '../integration/graph/support/graph-digest.ts';
import { evalDevArticles } from '../support/articles.ts';
import { testDatabase, testDriver } from '../support/neo4j.ts';

const driver = testDriver();
const database = testDatabase();
afterAll(() => driver.close());

describe('the real pipeline on the dev articles', () => {
  const files = evalDevArticles();

  it('loads every one without failure, then finds them unchanged', async () => {
    expect(files.length).toBeGreaterThan(0);
    const dir = path.dirname(files[0]!);
    const first = await ingestPaths(driver, [dir], { database });
    expect(first.articles).toHaveLength(files.length);
    expect(first.articles.filter((a) => a.status === 'failed')).toEqual([]);
    const before = await graphDigest(driver, '');
    const second = await ingestPaths(driver, [dir], { database });
    expect(second.unchanged).toBe(files.length);
    expect(await graphDigest(driver, '')).toBe(before);
  });
});
