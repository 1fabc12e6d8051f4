// The real extractor and loader together, on the seed article (samples/articles; the dev set
// is loaded by `npm run eval`). The seed's shape must come out of the graph with the
// sentences that state each fact; re-ingesting changes nothing.
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../src/config.ts';
import { foldText } from '../../../src/domain/fold.ts';
import { ingestPaths } from '../../../src/ingest/ingest-articles.ts';
import { testDatabase, testDriver } from '../../support/neo4j.ts';
import { countsOf, graphDigest } from './support/graph-digest.ts';

const SEED = path.resolve(REPO_ROOT, 'samples/articles/danang-futuregov.txt');
const driver = testDriver();
const database = testDatabase();
afterAll(() => driver.close());

const SEED_SHAPE = `
MATCH (o:Organization)-[won:WON]->(a:Award)-[af:AWARDED_FOR]->(p:Project)-[fb:FUNDED_BY]->(f:Organization)
WHERE $articleId IN won.articleIds AND $articleId IN af.articleIds AND $articleId IN fb.articleIds
RETURN o.name AS winner, a.name AS award, p.name AS project, f.name AS funder, f.aliases AS funderAliases,
       COLLECT { MATCH (s:Sentence) WHERE s.id IN won.evidence AND s.articleId = $articleId RETURN s.text } AS wonBy,
       COLLECT { MATCH (s:Sentence) WHERE s.id IN af.evidence AND s.articleId = $articleId RETURN s.text } AS forBy,
       COLLECT { MATCH (s:Sentence) WHERE s.id IN fb.evidence AND s.articleId = $articleId RETURN s.text } AS fundedBy`;

describe('the real pipeline on the seed article', () => {
  it("loads the seed's shape with the sentences that state each fact", async () => {
    const summary = await ingestPaths(driver, [SEED], { database });
    expect(summary.failed, JSON.stringify(summary.articles)).toBe(0);
    const articleId = summary.articles[0]?.articleId;
    const { records } = await driver.executeQuery(SEED_SHAPE, { articleId }, { database });
    const rows = records.map((r) => r.toObject());
    const row = rows.find((r) => foldText(r.award as string).includes('tieu bieu'));
    expect(row, JSON.stringify(rows)).toBeDefined();
    expect(foldText(row!.winner as string)).toMatch(/^so thong tin va truyen thong (tp )?da nang$/);
    expect(foldText(row!.project as string)).toContain('phat trien nen tang chinh phu dien tu');
    expect([row!.funder, ...(row!.funderAliases as string[])].map((n) => foldText(n as string))).toContain('ngan hang the gioi');
    // Each fact's evidence holds the words that state it.
    expect((row!.wonBy as string[]).some((s) => /trao giải thưởng|nhận giải|đón nhận giải thưởng/u.test(s))).toBe(true);
    expect((row!.forBy as string[]).some((s) => /cho Dự án/u.test(s))).toBe(true);
    expect((row!.fundedBy as string[]).some((s) => /được tài trợ bởi Ngân hàng Thế giới/u.test(s))).toBe(true);
  });

  it('reports the seed unchanged the second time and changes nothing', async () => {
    await ingestPaths(driver, [SEED], { database });
    const before = { digest: await graphDigest(driver, ''), counts: await countsOf(driver, '') };
    const again = await ingestPaths(driver, [SEED], { database });
    expect(again).toMatchObject({ unchanged: 1, new: 0, updated: 0, failed: 0, entitiesAdded: 0, factsAdded: 0 });
    expect(await countsOf(driver, '')).toEqual(before.counts);
    expect(await graphDigest(driver, '')).toBe(before.digest);
  });
});
