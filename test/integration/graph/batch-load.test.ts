// Several articles per transaction (kg ingest's batches) keep every per-article guarantee:
// a bad article fails alone and leaves nothing, support accumulates within a batch, a
// repeated article id in one batch is loaded in order, and the counts credit each addition once.
import { afterAll, describe, expect, it } from 'vitest';
import type { ExtractResult } from '../../../src/domain/extraction.ts';
import { LoadError } from '../../../src/graph/write/load-error.ts';
import { loadExtraction, loadExtractions } from '../../../src/graph/write/write-article.ts';
import { testDatabase, testDriver, uniqueId } from '../../support/neo4j.ts';
import { graphDigest } from './support/graph-digest.ts';
import { awardArticle, fundingArticle, idsFor } from './support/scenarios.ts';

const driver = testDriver();
afterAll(() => driver.close());
const database = testDatabase();
const query = async (cypher: string, params: Record<string, unknown> = {}) =>
  (await driver.executeQuery(cypher, params, { database })).records.map((r) => r.toObject());

function poisoned(result: ExtractResult): ExtractResult {
  const copy = structuredClone(result);
  copy.facts[0]!.qualifiers = { role: [{ nested: true }] as unknown as string };
  return copy;
}

describe('loading a batch of articles', () => {
  it('fails a bad article alone, with nothing of it left, and loads the rest', async () => {
    const [a, b, c] = [uniqueId('b-a'), uniqueId('b-b'), uniqueId('b-c')];
    const outcomes = await loadExtractions(driver, [awardArticle(a), poisoned(awardArticle(b)), fundingArticle(c)], { database });
    expect(outcomes.map((o) => (o instanceof LoadError ? o.reason : o.status))).toEqual(['new', 'database', 'new']);
    expect(await graphDigest(driver, b)).toBe('');
    expect(await graphDigest(driver, a)).not.toBe('');
    expect(await graphDigest(driver, c)).not.toBe('');
  });

  it('reports an invalid extraction alone without writing anything of it', async () => {
    const [a, b] = [uniqueId('b-inv-a'), uniqueId('b-inv-b')];
    const broken = awardArticle(b);
    broken.facts[0]!.object = 'org:nobody';
    const outcomes = await loadExtractions(driver, [broken, awardArticle(a)], { database });
    expect(outcomes[0]).toBeInstanceOf(LoadError);
    expect((outcomes[0] as LoadError).message).toMatch(/object is not one of the article's entities/);
    expect(outcomes[1]).toMatchObject({ status: 'new' });
    expect(await graphDigest(driver, b)).toBe('');
  });

  it('refuses a value Neo4j cannot store (NaN offset) as an invalid extraction', async () => {
    const p = uniqueId('b-nan');
    const broken = awardArticle(p);
    broken.sentences[0]!.start = Number.NaN; // text.slice(NaN, end) still matches: only storing fails
    const [outcome] = await loadExtractions(driver, [broken], { database });
    expect(outcome).toMatchObject({ name: 'LoadError', reason: 'invalid', message: expect.stringMatching(/not a finite number: NaN/) });
    await expect(loadExtraction(driver, broken, { database })).rejects.toMatchObject({ reason: 'invalid' });
    expect(await graphDigest(driver, p)).toBe('');
  });

  it('accumulates support within a batch and credits each new entity and fact once', async () => {
    const p = uniqueId('b-sup');
    const outcomes = await loadExtractions(driver, [awardArticle(p), fundingArticle(p)], { database });
    expect(outcomes).toMatchObject([
      { status: 'new', entitiesAdded: 6, factsAdded: 6 },
      { status: 'new', entitiesAdded: 0, factsAdded: 0 },
    ]);
    const [rel] = await query('MATCH (:Project {id: $project})-[r:FUNDED_BY]->() RETURN r.articleIds AS a, r.confidence AS c', idsFor(p));
    expect(rel).toEqual({ a: [`art:${p}-award`, `art:${p}-funding`], c: 0.95 });
  });

  it('gives the same graph as loading the articles one at a time', async () => {
    const [one, many] = [uniqueId('b-one'), uniqueId('b-many')];
    for (const r of [awardArticle(one), fundingArticle(one)]) await loadExtraction(driver, r, { database });
    await loadExtractions(driver, [awardArticle(many), fundingArticle(many)], { database });
    // Ids differ only by prefix (and the Quantity id, a hash of its subject's id).
    const same = (digest: string, prefix: string) => digest.replaceAll(prefix, 'P').replace(/qty:[0-9a-f]+/g, 'qty:X');
    expect(same(await graphDigest(driver, many), many)).toBe(same(await graphDigest(driver, one), one));
  });

  it('loads a repeated article id in order: the second version updates the first', async () => {
    const p = uniqueId('b-rep');
    const v2 = fundingArticle(p, `art:${p}-award`);
    const outcomes = await loadExtractions(driver, [awardArticle(p), v2], { database });
    expect(outcomes.map((o) => (o instanceof LoadError ? o.message : o.status))).toEqual(['new', 'updated']);
    const [article] = await query('MATCH (a:Article {id: $id}) RETURN a.contentHash AS hash', { id: `art:${p}-award` });
    expect(article?.hash).toBe(v2.article.contentHash);
  });
});
