// The seed's shape in one query over HTTP: the Da Nang department WON an award, AWARDED_FOR
// a project, FUNDED_BY the World Bank, each step with the sentence that says so.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiContext } from '../../src/api/context.ts';
import { EXAMPLE_OPERATIONS } from '../../src/api/graphiql-examples.ts';
import { hasName } from './support/names.ts';
import { startHarness, type ApiHarness } from './support/api-harness.ts';

let api: ApiHarness;
let last: ApiContext | null = null;
beforeAll(async () => {
  api = await startHarness({ onContext: (ctx) => (last = ctx) });
});
afterAll(() => api.close());

const SEED_SHAPE = /* GraphQL */ `
  query SeedShape($id: ID!) {
    entity(id: $id) {
      name aliases
      facts(direction: OUTGOING, predicates: [WON], first: 5) {
        nodes {
          qualifiers { year }
          evidence { quote }
          object {
            ... on Award {
              name aliases
              facts(direction: OUTGOING, predicates: [AWARDED_FOR], first: 5) {
                nodes {
                  evidence { quote }
                  object {
                    ... on Project {
                      name aliases
                      facts(direction: OUTGOING, predicates: [FUNDED_BY], first: 5) {
                        nodes {
                          object { ... on Organization { name aliases } }
                          evidence { quote start end sentence { text } article { title publishedAt source } }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`;

describe('the seed shape', () => {
  it('goes from the Da Nang department to the World Bank with evidence quotes in one query', async () => {
    const res = await api.gql(SEED_SHAPE, { id: 'org:so-thong-tin-va-truyen-thong-tp-da-nang' });
    expect(res.errors).toBeUndefined();
    expect(hasName(res.data.entity, 'Sở Thông tin và Truyền thông TP Đà Nẵng')).toBe(true);
    // Every WON → AWARDED_FOR → FUNDED_BY chain in the answer (other tests may add more
    // facts to the same nodes, e.g. the extractor's reading of the same article).
    const chains = res.data.entity.facts.nodes.flatMap((won: any) =>
      (won.object.facts?.nodes ?? []).flatMap((forProject: any) =>
        (forProject.object.facts?.nodes ?? []).map((funded: any) => ({ won, award: won.object, forProject, project: forProject.object, funded })),
      ),
    );
    const chain = chains.find((c: any) => hasName(c.funded.object, 'Ngân hàng Thế giới'));
    expect(chain, JSON.stringify(res.data)).toBeDefined();
    expect(chain.won.qualifiers.year).toBe(2011);
    expect(chain.won.evidence[0].quote).toContain('trao giải thưởng');
    expect(hasName(chain.award, 'Tổ chức thuộc khu vực công tiêu biểu trong cộng đồng ASEAN năm 2011')).toBe(true);
    expect(chain.forProject.evidence[0].quote).toContain('cho Dự án');
    expect(hasName(chain.project, 'Phát triển nền tảng Chính phủ điện tử TP Đà Nẵng đến năm 2015')).toBe(true);
    expect(chain.funded.object.aliases).toContain('WB');
    for (const evidence of chain.funded.evidence) {
      expect(evidence.quote).toContain('được tài trợ bởi Ngân hàng Thế giới (WB)');
      expect(evidence.quote).toBe(evidence.sentence.text);
      expect(evidence.end - evidence.start).toBe(evidence.quote.length);
    }
    expect(chain.funded.evidence.map((e: any) => e.article)).toContainEqual({
      title: 'Sở Thông tin và Truyền thông TP Đà Nẵng nhận Giải thưởng Future Gov',
      publishedAt: '2022-01-24',
      source: 'Nhân Dân',
    });
  });

  it('costs one round trip: the entity and its three hops of facts with evidence in one statement', async () => {
    await api.gql(SEED_SHAPE, { id: 'org:so-thong-tin-va-truyen-thong-tp-da-nang' });
    expect(last!.reader.roundTrips).toBe(1);
  });

  it('is also what the first GraphiQL example shows, found by folded search', async () => {
    const res = await api.gql(EXAMPLE_OPERATIONS[0]!);
    expect(res.errors).toBeUndefined();
    expect(JSON.stringify(res.data)).toContain('Ngân hàng Thế giới');
  });

  it('runs every GraphiQL example without errors', async () => {
    for (const operation of EXAMPLE_OPERATIONS) {
      const res = await api.gql(operation);
      expect(res.errors, operation).toBeUndefined();
    }
  });

  it('finds the path between the department and the bank through the award and the project', async () => {
    const res = await api.gql(`{
      path(from: {id: "org:so-thong-tin-va-truyen-thong-tp-da-nang"}, to: {id: "org:ngan-hang-the-gioi"}) {
        length entities { name aliases } facts { predicate }
      }
    }`);
    const { path } = res.data;
    expect(path.length).toBeGreaterThanOrEqual(1);
    expect(path.length).toBeLessThanOrEqual(3); // WON, AWARDED_FOR, FUNDED_BY (or shorter, if another test adds a link)
    expect(path.entities).toHaveLength(path.length + 1);
    expect(hasName(path.entities[0], 'Sở Thông tin và Truyền thông TP Đà Nẵng')).toBe(true);
    expect(hasName(path.entities.at(-1), 'Ngân hàng Thế giới')).toBe(true);
  });

  // The database is shared by every test file, and other files load their own "World Bank"
  // entities: so this checks that a search end is the search's best hit, whatever it is.
  it('takes an end given by search text as that search\'s best hit', async () => {
    const hit = await api.gql('{ search(text: "ngan hang the gioi", first: 1) { nodes { id } } }');
    const best = hit.data.search.nodes[0];
    expect(best).toBeDefined();
    const pathTo = (to: string) => api.gql(`{
      path(from: {id: "org:so-thong-tin-va-truyen-thong-tp-da-nang"}, to: ${to}) { length entities { id } facts { predicate } }
    }`);
    const bySearch = await pathTo('{search: "ngan hang the gioi"}');
    const byId = await pathTo(`{id: ${JSON.stringify(best.id)}}`);
    expect(bySearch.errors).toBeUndefined();
    expect(bySearch.data.path).toEqual(byId.data.path);
  });

  it('returns the facts of one article with quantities, and a node by its global id', async () => {
    const res = await api.gql(`{
      article(id: "art:api-fixture-danang-futuregov") {
        id title
        facts(first: 50) { totalCount nodes { id predicate object { ... on Quantity { value unit kind } } } }
        sentences(first: 2) { totalCount nodes { index text mentions { text entity { name } } } }
      }
    }`);
    const article = res.data.article;
    expect(article.facts.totalCount).toBe(7);
    const money = article.facts.nodes.find((f: { predicate: string }) => f.predicate === 'HAS_QUANTITY');
    expect(money.object).toEqual({ value: 29_300_000, unit: 'USD', kind: 'MONEY' });
    expect(article.sentences.totalCount).toBe(5);
    expect(article.sentences.nodes[0].mentions.map((m: { text: string }) => m.text)).toContain('Sở Thông tin và Truyền thông TP Đà Nẵng');

    const node = await api.gql(`query($id: ID!) { node(id: $id) { id ... on Fact { predicate subject { name } } } }`, {
      id: money.id,
    });
    expect(node.data.node).toMatchObject({ id: money.id, predicate: 'HAS_QUANTITY' });
    const byArticleId = await api.gql(`query($id: ID!) { node(id: $id) { ... on Article { title } } }`, { id: article.id });
    expect(byArticleId.data.node.title).toBe(article.title);
  });
});
