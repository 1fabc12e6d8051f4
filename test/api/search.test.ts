// Search over HTTP: diacritic- and case-insensitive, ranked, Lucene syntax harmless.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasName } from './support/names.ts';
import { startHarness, type ApiHarness } from './support/api-harness.ts';
import { buildExtract } from '../support/extract-builder.ts';

let api: ApiHarness;
beforeAll(async () => {
  api = await startHarness();
});
afterAll(() => api.close());

const SEARCH = `query($text: String!, $types: [EntityType!]) {
  search(text: $text, types: $types, first: 5) { totalCount edges { score node { __typename name aliases } } }
}`;

async function search(text: string, types?: string[]) {
  const res = await api.gql(SEARCH, { text, types });
  expect(res.errors).toBeUndefined();
  return res.data.search as { totalCount: number; edges: Array<{ score: number; node: { __typename: string; name: string; aliases: string[] } }> };
}

describe('search', () => {
  it.each<[string, string, string]>([
    ['da nang', 'Đà Nẵng', 'Place'],
    ['DA NANG', 'Đà Nẵng', 'Place'],
    ['Ðà Nẵng', 'Đà Nẵng', 'Place'], // U+00D0 as typed in the seed's title
    ['future gov', 'FutureGov', 'Organization'],
    ['futuregov', 'FutureGov', 'Organization'],
    ['ngan hang the gioi', 'Ngân hàng Thế giới', 'Organization'],
    ['world bank', 'Ngân hàng Thế giới', 'Organization'],
    ['ngân hàng thế gi', 'Ngân hàng Thế giới', 'Organization'], // typing: last word as a prefix
  ])('"%s" finds %s first', async (text, name, type) => {
    const { edges } = await search(text);
    expect(edges[0]?.node.__typename).toBe(type);
    expect(hasName(edges[0]?.node, name), JSON.stringify(edges[0])).toBe(true);
  });

  it('ranks by relevance, best first', async () => {
    const { edges } = await search('da nang');
    const scores = edges.map((e) => e.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(edges.length).toBeGreaterThan(1); // the department and the project also carry "Đà Nẵng"
  });

  it('filters by entity type', async () => {
    const { edges } = await search('da nang', ['ORGANIZATION']);
    expect(edges.length).toBeGreaterThan(0);
    expect(edges.every((e) => e.node.__typename === 'Organization')).toBe(true);
  });

  it.each(['WB)', '"ngân hàng', 'a AND (b', 'C++ ~2', 'title:x*?', '[a TO b]', '\\', '/', '!!!', '', '   '])(
    'never fails on Lucene syntax: %j',
    async (text) => {
      const { totalCount, edges } = await search(text);
      expect(totalCount).toBeGreaterThanOrEqual(edges.length);
    },
  );

  it('ranks an exact folded name first, above a longer name that starts with it', async () => {
    // The exact one carries many aliases (a long indexed field), as a much-cited body does; the
    // longer one is a name with a caption word glued on, as a careless extractor makes them.
    const exact = 'Tổng cục Kiểm định Thử nghiệm Zulu';
    const aliases = ['TCKĐ Zulu', 'Tổng cục KĐ Zulu', 'General Department of Zulu Testing', 'Cơ quan Kiểm định Zulu', 'Tổng cục Kiểm định Zulu'];
    const longer = `${exact} Ảnh`;
    await api.load(
      buildExtract({
        id: 'art:search-exact-zulu',
        title: 'Kiểm định',
        publishedAt: '2024-05-01',
        source: 'kg test',
        sentences: [`${longer}: phòng thí nghiệm mới.`, `${exact} khai trương phòng thí nghiệm.`, aliases.join(', ') + ' là một.'],
        entities: {
          exact: { type: 'Organization', name: exact, aliases, surfaces: [exact, ...aliases] },
          longer: { type: 'Organization', name: longer },
        },
        facts: [],
      }),
    );
    for (const text of ['tong cuc kiem dinh thu nghiem zulu', 'Tổng cục Kiểm định Thử nghiệm Zulu', 'TONG CUC KIEM DINH THU NGHIEM ZULU']) {
      const { edges } = await search(text);
      expect(edges.map((e) => e.node.name).slice(0, 2), text).toEqual([exact, longer]);
    }
  });

  it('finds "WB" inside a query with Lucene operators', async () => {
    const { edges } = await search('(WB)');
    expect(hasName(edges[0]?.node, 'Ngân hàng Thế giới')).toBe(true);
  });
});
