// Entity.factCount and Entity.articleCount (added for the Explorer's search hits and entity
// header): the same numbers as the connections' totalCount, without asking for a page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type ApiHarness } from './support/api-harness.ts';

let api: ApiHarness;
beforeAll(async () => {
  api = await startHarness();
});
afterAll(() => api?.close());

describe('Entity.factCount and Entity.articleCount', () => {
  it.each([
    'org:ngan-hang-the-gioi',
    'project:phat-trien-nen-tang-chinh-phu-dien-tu-tp-da-nang-den-nam-2015',
    'award:to-chuc-thuoc-khu-vuc-cong-tieu-bieu-trong-cong-dong-asean-nam-2011',
    'place:viet-nam',
  ])('%s: equal to facts { totalCount } and articles { totalCount }', async (id) => {
    const { data, errors } = await api.gql(`query ($id: ID!) { entity(id: $id) {
      factCount articleCount facts(first: 1) { totalCount } articles(first: 1) { totalCount } } }`, { id });
    expect(errors).toBeUndefined();
    expect(data.entity.factCount).toBe(data.entity.facts.totalCount);
    expect(data.entity.articleCount).toBe(data.entity.articles.totalCount);
    expect(data.entity.articleCount).toBeGreaterThan(0);
  });

  it('counts facts in both directions: the project is the object of AWARDED_FOR and the subject of FUNDED_BY', async () => {
    const { data } = await api.gql(`{ search(text: "phat trien nen tang chinh phu dien tu", types: [PROJECT], first: 1) {
      nodes { factCount out: facts(first: 1, direction: OUTGOING) { totalCount } in: facts(first: 1, direction: INCOMING) { totalCount } } } }`);
    const [project] = data.search.nodes;
    expect(project.in.totalCount).toBeGreaterThan(0);
    expect(project.out.totalCount).toBeGreaterThan(0);
    expect(project.factCount).toBe(project.in.totalCount + project.out.totalCount);
  });
});
