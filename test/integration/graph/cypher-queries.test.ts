// Every researcher query in cypher/queries/ runs (read-only, as `kg cypher` runs it) on
// sample data and returns the rows its header promises. A new query file must be added
// to the table below.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseQueryHeader } from '../../../src/cli/query-header.ts';
import { REPO_ROOT } from '../../../src/config.ts';
import { runReadOnlyCypher } from '../../../src/graph/read-only-cypher.ts';
import { loadExtraction } from '../../../src/graph/write/write-article.ts';
import { testDatabase, testDriver, uniqueId } from '../../support/neo4j.ts';
import { awardArticle, fundingArticle, idsFor, type Ids } from './support/scenarios.ts';

const QUERIES = path.join(REPO_ROOT, 'cypher', 'queries');
const driver = testDriver();
const database = testDatabase();
const p = uniqueId('queries');
const ids = idsFor(p);
const award = awardArticle(p);
const funding = fundingArticle(p);

beforeAll(async () => {
  await loadExtraction(driver, award, { database });
  await loadExtraction(driver, funding, { database });
});
afterAll(() => driver.close());

type Row = Record<string, unknown>;
const int = (n: number) => neo4j.int(n);
const only = (rows: Row[], key: string, value: unknown) => rows.filter((r) => r[key] === value);

const cases: Record<string, { params: (ids: Ids) => Record<string, unknown>; expect: (rows: Row[]) => void }> = {
  'seed-shape.cypher': {
    params: () => ({ limit: int(100_000) }),
    expect: (rows) => {
      const [row] = rows.filter((r) => JSON.stringify(r.ids) === JSON.stringify([ids.dic, ids.award, ids.project, ids.wb]));
      expect(row).toMatchObject({ winner: 'Sở Thông tin và Truyền thông TP Đà Nẵng', funder: 'Ngân hàng Thế giới', year: 2011 });
      expect(row?.wonEvidence).toEqual([expect.stringContaining('trao giải thưởng')]);
      expect(row?.awardedForEvidence).toEqual([expect.stringContaining('cho Dự án')]);
      expect(row?.fundedByEvidence).toHaveLength(2);
    },
  },
  'funded-by.cypher': {
    params: () => ({ funder: ids.wb }),
    expect: (rows) =>
      expect(rows).toEqual([
        { funded: 'Phát triển nền tảng Chính phủ điện tử', fundedType: 'Project', amount: 29_300_000, currency: 'USD', quantities: ['29,3 triệu USD'], articles: 2, fundedId: ids.project },
      ]),
  },
  'awards-by-year.cypher': {
    params: () => ({ fromYear: int(2011), toYear: int(2011) }),
    expect: (rows) => {
      expect(rows.map((r) => r.year)).toEqual([2011]);
      expect(rows[0]?.winners).toContainEqual({ winner: 'Sở Thông tin và Truyền thông TP Đà Nẵng', award: 'Tổ chức tiêu biểu năm 2011', yearFrom: 'fact', winnerId: ids.dic, awardId: ids.award });
    },
  },
  'fact-evidence.cypher': {
    params: () => ({ subject: ids.dic, predicate: 'WON', object: ids.award }),
    expect: (rows) => {
      expect(rows).toHaveLength(1);
      const row = rows[0]!;
      expect(row).toMatchObject({ sentenceId: `${award.article.id}:s0`, publishedAt: '2022-01-24', confidence: 0.9 });
      const spans = row.spans as Array<{ start: number; end: number; text: string }>;
      expect(spans.map((s) => s.text).sort()).toEqual(['Sở Thông tin và Truyền thông Đà Nẵng', 'Tổ chức tiêu biểu năm 2011']);
      for (const s of spans) expect((row.sentence as string).slice(s.start, s.end)).toBe(s.text);
    },
  },
  'article-facts.cypher': {
    params: () => ({ articleId: award.article.id }),
    expect: (rows) => {
      expect(rows.map((r) => r.predicate)).toEqual(['AWARDED_BY', 'AWARDED_FOR', 'FUNDED_BY', 'HAS_QUANTITY', 'LOCATED_IN', 'WON']);
      expect(only(rows, 'predicate', 'WON')[0]).toMatchObject({ qualifiers: ['year=2011'], subjectId: ids.dic, objectId: ids.award });
      expect(only(rows, 'predicate', 'FUNDED_BY')[0]).toMatchObject({ articles: 2, evidence: [award.sentences[1]?.text] });
    },
  },
  'co-mentioned.cypher': {
    params: () => ({ entityId: ids.wb, limit: int(50) }),
    expect: (rows) => {
      expect(rows[0]).toMatchObject({ entityId: ids.project, sameSentence: 2, sameArticle: 2 });
      expect(only(rows, 'entityId', ids.danang)[0]).toMatchObject({ sameArticle: 2 });
      expect(rows.map((r) => r.entityId)).not.toContain(ids.wb);
    },
  },
  'entity-by-folded-name.cypher': {
    params: () => ({ q: '"future gov"', limit: int(10_000) }),
    expect: (rows) => expect(only(rows, 'id', ids.futuregov)[0]).toMatchObject({ name: 'FutureGov', type: 'Organization' }),
  },
  'shortest-path.cypher': {
    params: () => ({ from: ids.dic, to: ids.wb }),
    expect: (rows) => expect(rows).toEqual([{ hops: 3, names: expect.any(Array), relationships: ['WON', 'AWARDED_FOR', 'FUNDED_BY'], ids: [ids.dic, ids.award, ids.project, ids.wb] }]),
  },
  'multi-source-facts.cypher': {
    params: () => ({ minArticles: int(2) }),
    expect: (rows) => {
      const ours = rows.filter((r) => (r.subjectId as string).includes(p));
      expect(ours).toEqual([expect.objectContaining({ predicate: 'FUNDED_BY', subjectId: ids.project, objectId: ids.wb, articles: 2, stories: 2 })]);
      expect(rows.every((r) => (r.articles as number) >= 2)).toBe(true);
    },
  },
  'organizations-by-facts.cypher': {
    params: () => ({ limit: int(100_000) }),
    expect: (rows) => {
      expect(only(rows, 'id', ids.dic)[0]).toMatchObject({ facts: 2, asSubject: 2, asObject: 0, articles: 1 });
      expect(only(rows, 'id', ids.wb)[0]).toMatchObject({ facts: 1, asObject: 1, articles: 2 });
    },
  },
  'entity-quantities.cypher': {
    params: () => ({ entityId: ids.project }),
    expect: (rows) => expect(rows).toEqual([expect.objectContaining({ kind: 'money', value: 29_300_000, unit: 'USD', text: '29,3 triệu USD', articles: 1 })]),
  },
};

const files = readdirSync(QUERIES).filter((f) => f.endsWith('.cypher')).sort();

describe('cypher/queries', () => {
  it('has at least 10 queries, each one in the table', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
    expect(files).toEqual(Object.keys(cases).sort());
  });

  it.each(files)('%s documents what it answers and every parameter', (file) => {
    const text = readFileSync(path.join(QUERIES, file), 'utf8');
    const header = text.split('\n').filter((l) => l.startsWith('//')).join('\n');
    expect(header.split('\n')[0]?.length).toBeGreaterThan(20);
    const body = text.split('\n').filter((l) => !l.startsWith('//')).join('\n');
    const documented = new Map(parseQueryHeader(text).map((p) => [p.name, p]));
    for (const [, name] of body.matchAll(/\$([A-Za-z]+)/g)) {
      const parameter = documented.get(name!);
      expect(parameter, `$${name} in the header`).toBeDefined();
      // A user learns what to give: a default that `kg cypher` fills in, or an example.
      expect(parameter!.defaultValue !== undefined || /\bExamples?:/.test(parameter!.description)).toBe(true);
    }
  });

  it.each(files)('%s runs read-only and returns its rows', async (file) => {
    const query = readFileSync(path.join(QUERIES, file), 'utf8');
    const spec = cases[file]!;
    const result = await runReadOnlyCypher(driver, query, spec.params(ids), { database, timeoutMs: 20_000 });
    spec.expect(result.rows);
  });
});
