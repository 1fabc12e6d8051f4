// Cursor pagination forwards through a connection of several pages; totalCount by COUNT.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldText } from '../../src/domain/fold.ts';
import { uniqueId } from '../support/neo4j.ts';
import { companyName, syntheticCompanies } from './fixtures/synthetic.ts';
import { startHarness, type ApiHarness, type GraphQLResponse } from './support/api-harness.ts';

const TAG = uniqueId('pg').replace(/-/g, '');
let api: ApiHarness;
beforeAll(async () => {
  api = await startHarness();
  await api.load(syntheticCompanies(TAG, 60));
});
afterAll(() => api.close());

const PAGE = `query($after: String, $name: String!) {
  entities(first: 25, after: $after, filter: {nameContains: $name}, orderBy: NAME_ASC) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node { name } }
  }
}`;

describe('pagination', () => {
  it('walks forwards through 60 entities in pages of 25', async () => {
    const names: string[] = [];
    let after: string | null = null;
    const pages: Array<{ hasNextPage: boolean; hasPreviousPage: boolean; size: number; total: number }> = [];
    do {
      const res: GraphQLResponse = await api.gql(PAGE, { after, name: `Thử nghiệm ${TAG}` });
      expect(res.errors).toBeUndefined();
      const { totalCount, pageInfo, edges } = res.data.entities as { totalCount: number; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string }; edges: Array<{ node: { name: string } }> };
      names.push(...edges.map((e: { node: { name: string } }) => e.node.name));
      pages.push({ hasNextPage: pageInfo.hasNextPage, hasPreviousPage: pageInfo.hasPreviousPage, size: edges.length, total: totalCount });
      after = pageInfo.hasNextPage ? pageInfo.endCursor : null;
    } while (after);
    expect(pages).toEqual([
      { hasNextPage: true, hasPreviousPage: false, size: 25, total: 60 },
      { hasNextPage: true, hasPreviousPage: true, size: 25, total: 60 },
      { hasNextPage: false, hasPreviousPage: true, size: 10, total: 60 },
    ]);
    expect(names).toEqual(Array.from({ length: 60 }, (_x, i) => companyName(TAG, i + 1)));
  });

  it('pages nested connections too: the facts pointing at the shared place', async () => {
    const query = `query($id: ID!, $after: String) {
      entity(id: $id) { facts(direction: INCOMING, first: 40, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { subject { name } } } }
    }`;
    const first = await api.gql(query, { id: `place:${TAG}` });
    const facts = first.data.entity.facts;
    expect(facts).toMatchObject({ totalCount: 60, pageInfo: { hasNextPage: true } });
    const second = await api.gql(query, { id: `place:${TAG}`, after: facts.pageInfo.endCursor });
    const subjects = [...facts.nodes, ...second.data.entity.facts.nodes].map((n: { subject: { name: string } }) => n.subject.name);
    expect(new Set(subjects).size).toBe(60);
    expect(second.data.entity.facts.pageInfo.hasNextPage).toBe(false);
  });

  it('matches nameContains on the folded name', async () => {
    const res = await api.gql(`query($n: String!) { entities(filter: {nameContains: $n}) { totalCount } }`, {
      n: foldText(`THU NGHIEM ${TAG} so 00`).toUpperCase(),
    });
    expect(res.data.entities.totalCount).toBe(9); // Số 001 … Số 009
  });
});
