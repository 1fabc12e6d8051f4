// Parallel extraction, `kg load` and near-copies against a real Neo4j:
// - worker threads load what extracting on the main thread loads, reports in input order;
// - `kg extract --format json` then `kg load` leaves the graph as `kg ingest` does;
// - a near-copy is linked DUPLICATE_OF the first article, and GraphQL counts its facts' stories once.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError, type RawArticle } from '../../../src/domain/article-input.ts';
import { extractRecord } from '../../../src/ingest/extract-record.ts';
import { ingestArticles, ingestPaths } from '../../../src/ingest/ingest-articles.ts';
import { loadExtractionFiles } from '../../../src/ingest/load-extractions.ts';
import { startHarness } from '../../api/support/api-harness.ts';
import { testDatabase, testDriver, uniqueId } from '../../support/neo4j.ts';
import { runKg } from '../../support/run-kg.ts';
import { tagged } from '../graph/support/graph-digest.ts';
import { uniqueParagraph } from '../graph/support/unique-paragraph.ts';
import { syntheticArticles } from '../reliability/support/synthetic-articles.ts';

const driver = testDriver();
const database = testDatabase();
afterAll(() => driver.close());
const query = async (cypher: string, params: Record<string, unknown> = {}) =>
  (await driver.executeQuery(cypher, params, { database })).records.map((r) => r.toObject());

function articleDir(tag: string, count: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kg-scale-'));
  for (const article of syntheticArticles(count, tag)) writeFileSync(path.join(dir, article.name), article.text);
  return dir;
}

/** Everything the given articles own or state: properties, sentences, mentions, and their support of facts. */
async function articleDigest(ids: string[]): Promise<string> {
  const articles = await query(
    `MATCH (a:Article) WHERE a.id IN $ids
     RETURN a.id AS id, properties(a) AS props, COLLECT {
       MATCH (a)-[:HAS_SENTENCE]->(s:Sentence)
       RETURN [properties(s), COLLECT { MATCH (s)-[m:MENTIONS]->(e:Entity) RETURN [e.id, properties(m)] ORDER BY m.start, e.id }]
       ORDER BY s.index } AS sentences
     ORDER BY id`,
    { ids },
  );
  const facts = await query(
    `MATCH (x)-[r]->(y) WHERE any(id IN r.articleIds WHERE id IN $ids)
     RETURN type(r) AS type, x.id AS subject, y.id AS object,
       [e IN r.evidence WHERE any(id IN $ids WHERE e STARTS WITH id + ':')] AS evidence,
       [i IN range(0, size(r.articleIds) - 1) WHERE r.articleIds[i] IN $ids | [r.articleIds[i], r.supportConfidences[i]]] AS support
     ORDER BY type, subject, object`,
    { ids },
  );
  return JSON.stringify(tagged({ articles, facts }), null, 1);
}

/** Takes the articles out again (their nodes, and their support from every fact), so another path can load them anew. */
async function removeArticles(ids: string[]): Promise<void> {
  await query(
    `MATCH ()-[r]->() WHERE any(id IN r.articleIds WHERE id IN $ids)
     WITH r, [i IN range(0, size(r.articleIds) - 1) WHERE NOT r.articleIds[i] IN $ids] AS keep
     SET r.articleIds = [i IN keep | r.articleIds[i]], r.supportConfidences = [i IN keep | r.supportConfidences[i]],
       r.evidence = [e IN r.evidence WHERE none(id IN $ids WHERE e STARTS WITH id + ':')]`,
    { ids },
  );
  await query('MATCH (a:Article) WHERE a.id IN $ids OPTIONAL MATCH (a)-[:HAS_SENTENCE]->(s) DETACH DELETE a, s', { ids });
}

describe('extraction on worker threads', () => {
  it('reports every article in input order, and re-ingesting on the main thread finds each one unchanged', async () => {
    const tag = uniqueId('workers');
    const articles = syntheticArticles(30, tag).map((a) => ({ origin: a.name, text: a.text }));
    const inputs = [...articles.slice(0, 10), new InputError('broken.json', 'not-an-article', 'not valid JSON'), ...articles.slice(10)];
    const first = await ingestArticles(driver, inputs, { database, workers: 2, batchSize: 7 });
    expect(first.articles.map((a) => a.origin)).toEqual(inputs.map((i) => i.origin));
    expect(first).toMatchObject({ new: 30, failed: 1 });
    const again = await ingestArticles(driver, articles, { database, workers: 0 });
    expect(again).toMatchObject({ unchanged: 30, new: 0, updated: 0, failed: 0 });
    expect(again.articles.map((a) => a.articleId)).toEqual(first.articles.filter((a) => a.status === 'new').map((a) => a.articleId));
  }, 180_000);
});

describe('re-ingesting an archive', () => {
  it('extracts only the articles whose stored version differs; the others are unchanged without being extracted', async () => {
    const tag = uniqueId('reingest');
    // With a URL an article keeps its id when its text is corrected (without one, new text is a new article).
    const articles = syntheticArticles(12, tag).map((a) => ({ origin: a.name, text: a.text, url: `https://news.example/${tag}/${a.name}` }));
    await ingestArticles(driver, articles, { database });
    const extracted: string[] = [];
    const countingExtractor = (raw: RawArticle) => {
      extracted.push(raw.origin);
      return extractRecord(raw);
    };
    const edited = articles.map((a, i) => (i % 4 === 0 ? { ...a, text: `${a.text}\nBài viết được cập nhật lần ${i}.` } : a));
    const again = await ingestArticles(driver, edited, { database, extract: countingExtractor, batchSize: 5 });
    expect(extracted).toEqual(edited.filter((_, i) => i % 4 === 0).map((a) => a.origin));
    expect(again).toMatchObject({ unchanged: 9, updated: 3, new: 0, failed: 0 });
    expect(again.articles.map((a) => a.origin)).toEqual(edited.map((a) => a.origin));
    expect(again.articles.filter((a) => a.status === 'unchanged').every((a) => a.articleId?.startsWith('art:') && a.title)).toBe(true);
  }, 180_000);
});

describe('kg load', () => {
  it('loads what kg extract --format json wrote exactly as kg ingest loads the same articles', async () => {
    const dir = articleDir(uniqueId('load'), 12);
    const extracted = await runKg(['extract', '--format', 'json', dir]);
    expect(extracted.code, extracted.stderr).toBe(0);
    const file = path.join(dir, 'extractions.jsonl');
    writeFileSync(file, extracted.stdout);

    const loaded = await loadExtractionFiles(driver, [file], { database });
    expect(loaded).toMatchObject({ new: 12, failed: 0 });
    const ids = loaded.articles.map((a) => a.articleId!);
    const viaLoad = await articleDigest(ids);

    await removeArticles(ids);
    expect(await query('MATCH (a:Article) WHERE a.id IN $ids RETURN a', { ids })).toEqual([]);
    const ingested = await ingestPaths(driver, [dir], { database, workers: 2 });
    expect(ingested).toMatchObject({ new: 12, failed: 0 });
    expect(await articleDigest(ids)).toBe(viaLoad);
    expect(viaLoad).toContain('"sentences"');
  }, 180_000);

  it('refuses a record that breaks the contract, naming its line, and loads the others', async () => {
    const dir = articleDir(uniqueId('load-bad'), 2);
    const extracted = await runKg(['extract', '--format', 'json', dir]);
    const [one, two] = extracted.stdout.trim().split('\n');
    const broken = JSON.parse(one!);
    broken.sentences[0].text = 'not what the text says';
    const file = path.join(dir, 'mixed.jsonl');
    writeFileSync(file, [JSON.stringify(broken), '{"article": 1}', two].join('\n'));
    const summary = await loadExtractionFiles(driver, [file], { database });
    expect(summary.articles.map((a) => [a.origin, a.status])).toEqual([
      [`${file}:1`, 'failed'],
      [`${file}:2`, 'failed'],
      [`${file}:3`, 'new'],
    ]);
    expect(summary.articles[0]!.reason).toMatch(/sentence 0 does not match text/);
    expect(summary.articles[1]!.reason).toMatch(/not an extraction/);
  }, 180_000);
});

describe('near-copies', () => {
  it('links a re-post to the first article and counts its facts’ stories once', async () => {
    const tag = uniqueId('dup');
    const [first, second] = syntheticArticles(2, tag);
    const original = `${first!.text}\n\n${uniqueParagraph(`${tag}-a`)}\n`;
    const unrelated = `${second!.text}\n\n${uniqueParagraph(`${tag}-b`)}\n`;
    const copy = original.replace('Dự án được tài trợ bởi', 'Dự án này được tài trợ bởi');
    const api = await startHarness();
    /** The original's facts: how many articles and how many distinct stories state each. */
    const factsOf = async (articleId: string) => {
      const res = await api.gql('query($id: ID!) { article(id: $id) { facts(first: 50) { nodes { id articleCount storyCount } } } }', { id: articleId });
      expect(res.errors).toBeUndefined();
      return new Map((res.data.article.facts.nodes as Array<{ id: string; articleCount: number; storyCount: number }>).map((f) => [f.id, f]));
    };
    try {
      const first = await ingestArticles(
        driver,
        [
          { origin: 'original', text: original },
          { origin: 'unrelated', text: unrelated },
        ],
        { database, batchSize: 1 },
      );
      const [originalId, unrelatedId] = first.articles.map((a) => a.articleId!);
      // Other files' articles may state the same facts (the synthetic articles draw from short
      // lists), some of them near-copies: counts are compared before and after the copy.
      const before = await factsOf(originalId!);
      const [copyReport] = (await ingestArticles(driver, [{ origin: 'copy', text: copy }], { database })).articles;
      const copyId = copyReport!.articleId!;
      expect(new Set([originalId, unrelatedId, copyId]).size).toBe(3);
      const links = await query('MATCH (c:Article)-[d:DUPLICATE_OF]->(o:Article) WHERE c.id IN $ids RETURN c.id AS copy, o.id AS original', {
        ids: [originalId, unrelatedId, copyId],
      });
      expect(links).toEqual([{ copy: copyId, original: originalId }]);

      const res = await api.gql(
        `query($o: ID!, $c: ID!) {
          original: article(id: $o) { duplicateOf { articleId } duplicateCount duplicates { articleId } }
          copy: article(id: $c) { duplicateOf { articleId } duplicateCount }
        }`,
        { o: originalId, c: copyId },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data.original).toMatchObject({ duplicateOf: null, duplicateCount: 1, duplicates: [{ articleId: copyId }] });
      expect(res.data.copy).toMatchObject({ duplicateOf: { articleId: originalId }, duplicateCount: 0 });
      // The facts the copy states too: one article more, no story more.
      const after = await factsOf(originalId!);
      const restated = [...after.values()].filter((f) => before.has(f.id) && f.articleCount === before.get(f.id)!.articleCount + 1);
      expect(restated.length).toBeGreaterThan(0);
      for (const fact of restated) expect(fact.storyCount).toBe(before.get(fact.id)!.storyCount);
    } finally {
      await api.close();
    }
  }, 180_000);
});
