// The remaining root fields over HTTP: facts by predicate/subject/object/confidence,
// entities by type and order, articles by source and date, stats, node ids.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueId } from '../support/neo4j.ts';
import { syntheticCompanies } from './fixtures/synthetic.ts';
import { hasName } from './support/names.ts';
import { startHarness, type ApiHarness } from './support/api-harness.ts';

const TAG = uniqueId('q').replace(/-/g, '');
let api: ApiHarness;
beforeAll(async () => {
  api = await startHarness();
  await api.load(syntheticCompanies(TAG, 12, `Báo ${TAG}`));
});
afterAll(() => api.close());

describe('facts', () => {
  it('filters by predicate and subject, with totalCount', async () => {
    const res = await api.gql(`{ facts(predicate: FUNDED_BY, subject: "project:phat-trien-nen-tang-chinh-phu-dien-tu-tp-da-nang-den-nam-2015") {
      totalCount nodes { predicate subject { name aliases } object { ... on Entity { name aliases } } } } }`);
    expect(res.data.facts.totalCount).toBe(1);
    const [fact] = res.data.facts.nodes;
    expect(fact.predicate).toBe('FUNDED_BY');
    expect(hasName(fact.subject, 'Phát triển nền tảng Chính phủ điện tử TP Đà Nẵng đến năm 2015')).toBe(true);
    expect(hasName(fact.object, 'Ngân hàng Thế giới')).toBe(true);
  });

  it('filters by object and minimum confidence', async () => {
    const query = `query($o: ID!, $c: Float!) { facts(object: $o, minConfidence: $c) { totalCount nodes { confidence } } }`;
    const all = await api.gql(query, { o: `org:${TAG}-parent`, c: 0 });
    expect(all.data.facts.totalCount).toBe(12); // AGREEMENT_WITH at 0.75
    const confident = await api.gql(query, { o: `org:${TAG}-parent`, c: 0.8 });
    expect(confident.data.facts.totalCount).toBe(0);
  });

  it('lists an entity\'s facts in one direction, filtered by predicate', async () => {
    const res = await api.gql(`query($id: ID!) { entity(id: $id) {
      out: facts(direction: OUTGOING) { totalCount }
      located: facts(direction: OUTGOING, predicates: [LOCATED_IN]) { nodes { object { ... on Place { name } } } }
      incoming: facts(direction: INCOMING) { totalCount } } }`, { id: `org:${TAG}-3` });
    expect(res.data.entity).toEqual({ out: { totalCount: 2 }, located: { nodes: [{ object: { name: `Khu công nghiệp ${TAG}` } }] }, incoming: { totalCount: 0 } });
  });
});

describe('entities and articles', () => {
  it('filters entities by type and orders them', async () => {
    const query = `query($n: String!, $o: EntityOrder!) { entities(first: 3, orderBy: $o, filter: {nameContains: $n, types: [ORGANIZATION]}) { totalCount nodes { name type } } }`;
    const asc = await api.gql(query, { n: TAG, o: 'NAME_ASC' });
    expect(asc.data.entities.totalCount).toBe(13); // 12 companies and the parent group; the place is not an organization
    expect(asc.data.entities.nodes[0]).toEqual({ name: `Công ty Thử nghiệm ${TAG} Số 001`, type: 'ORGANIZATION' });
    const byMentions = await api.gql(query, { n: TAG, o: 'MENTIONS_DESC' });
    expect(byMentions.data.entities.nodes[0].name).toBe(`Tập đoàn Mẹ ${TAG}`); // named in every sentence
  });

  it('filters articles by source and date', async () => {
    const query = `query($f: ArticleFilter!) { articles(filter: $f) { totalCount nodes { title } } }`;
    const res = await api.gql(query, { f: { source: `Báo ${TAG}`, publishedFrom: '2024-06-03', publishedTo: '2024-06-03' } });
    expect(res.data.articles.totalCount).toBe(1);
    const later = await api.gql(query, { f: { source: `Báo ${TAG}`, publishedFrom: '2024-06-04' } });
    expect(later.data.articles.totalCount).toBe(0);
    expect(res.data.articles.nodes.map((a: { title: string }) => a.title)).toContain(`Tổng kết năm của Tập đoàn Mẹ ${TAG}`);
    const bad = await api.gql(query, { f: { publishedFrom: '03/06/2024' } });
    expect(bad.errors?.[0]?.message).toBe('filter.publishedFrom "03/06/2024" is not a calendar date: write YYYY-MM-DD, e.g. "2022-01-24".');
  });

  it('counts by label, type and predicate', async () => {
    const res = await api.gql('{ stats { articles sentences entities facts entitiesByType { type count } factsByPredicate { predicate count } } }');
    const { stats } = res.data;
    expect(stats.articles).toBeGreaterThanOrEqual(2);
    const byType = Object.fromEntries(stats.entitiesByType.map((c: { type: string; count: number }) => [c.type, c.count]));
    expect(byType.ORGANIZATION).toBeGreaterThanOrEqual(16);
    const sum = stats.factsByPredicate.reduce((n: number, c: { count: number }) => n + c.count, 0);
    expect(sum).toBe(stats.facts);
  });

  it('resolves global ids with node(id), and refuses an id of the wrong type', async () => {
    const found = await api.gql(`{ entity(id: "org:ngan-hang-the-gioi") { id } }`);
    const id = found.data.entity.id as string;
    const node = await api.gql(`query($id: ID!) { node(id: $id) { __typename ... on Entity { name aliases } } }`, { id });
    expect(node.data.node.__typename).toBe('Organization');
    expect(hasName(node.data.node, 'Ngân hàng Thế giới')).toBe(true);
    const asPerson = Buffer.from(`Person:org:ngan-hang-the-gioi`).toString('base64');
    expect((await api.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: asPerson })).data.node).toBeNull();
  });
});
