// One article is one transaction: a failure mid-article leaves nothing of it in the graph
// (nor damages its stored older version), and the other articles of the run are loaded.
import { afterAll, describe, expect, it } from 'vitest';
import { InputError, type RawArticle } from '../../../src/domain/article-input.ts';
import type { ExtractResult } from '../../../src/domain/extraction.ts';
import { ingestArticles } from '../../../src/ingest/ingest-articles.ts';
import { loadExtraction } from '../../../src/graph/write/write-article.ts';
import { testDatabase, testDriver, uniqueId } from '../../support/neo4j.ts';
import { graphDigest } from './support/graph-digest.ts';
import { awardArticle, fundingArticle, idsFor } from './support/scenarios.ts';

const driver = testDriver();
afterAll(() => driver.close());
const database = testDatabase();
const query = async (cypher: string, params: Record<string, unknown> = {}) =>
  (await driver.executeQuery(cypher, params, { database })).records.map((r) => r.toObject());

/** Breaks the article's last fact with a map-valued qualifier: Neo4j refuses it when the
 *  fact statements run, after the article, sentences, entities and mentions were written. */
function poisoned(result: ExtractResult): ExtractResult {
  const copy = structuredClone(result);
  const last = copy.facts[copy.facts.length - 1]!;
  last.qualifiers = { ...last.qualifiers, role: { nested: true } as unknown as string };
  return copy;
}

/** An extractor for tests: returns prepared results by origin, throws for "boom". */
function extractorOf(results: Record<string, ExtractResult>) {
  return (raw: RawArticle): ExtractResult => {
    if (raw.origin === 'boom') throw new Error('cannot parse');
    const result = results[raw.origin];
    if (!result) throw new Error(`no prepared result for ${raw.origin}`);
    return result;
  };
}
const raw = (origin: string): RawArticle => ({ origin, text: 'x' });

describe('one article, one transaction', () => {
  it('keeps nothing of a failing article and loads the others', async () => {
    const [p1, p2, p3] = [uniqueId('tx-a'), uniqueId('tx-b'), uniqueId('tx-c')];
    const results = { one: awardArticle(p1), two: poisoned(awardArticle(p2)), three: fundingArticle(p3) };
    const inputs = [raw('one'), raw('two'), raw('boom'), new InputError('bad.txt', 'binary', 'looks binary'), raw('three')];
    const summary = await ingestArticles(driver, inputs, { database, extract: extractorOf(results) });

    expect(summary.articles.map((a) => [a.origin, a.status])).toEqual([
      ['one', 'new'],
      ['two', 'failed'],
      ['boom', 'failed'],
      ['bad.txt', 'failed'],
      ['three', 'new'],
    ]);
    expect(summary).toMatchObject({ new: 2, failed: 3, unchanged: 0, updated: 0 });
    expect(summary.articles[1]?.reason).toMatch(/Neo4j refused the article .*Property values can only be of primitive types/);
    expect(summary.articles[2]?.reason).toBe('the extractor failed: cannot parse');
    expect(summary.articles[3]?.reason).toBe('looks binary');

    expect(await graphDigest(driver, p2)).toBe('');
    expect(await query('MATCH (s:Sentence) WHERE s.articleId = $id RETURN s', { id: results.two.article.id })).toEqual([]);
    expect(await query('MATCH (e:Entity {id: $id}) RETURN e', { id: idsFor(p1).dic })).toHaveLength(1);
    expect(await query('MATCH (e:Entity {id: $id}) RETURN e', { id: idsFor(p3).wb })).toHaveLength(1);
  });

  it('leaves the stored version untouched when its update fails', async () => {
    const p = uniqueId('tx-upd');
    const original = awardArticle(p);
    await loadExtraction(driver, original, { database });
    await loadExtraction(driver, fundingArticle(p), { database });
    const before = await graphDigest(driver, p);

    const update = poisoned(awardArticle(p));
    update.article.contentHash = 'changed';
    await expect(loadExtraction(driver, update, { database })).rejects.toMatchObject({ name: 'LoadError', reason: 'database' });
    expect(await graphDigest(driver, p)).toBe(before);
  });
});
