// Issue #12 item 5: every string and list argument is bounded before any work, and the body
// too; the refusal names the argument and the limit. The same requests just under the limits
// are answered (the controls).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARGUMENT_LIMITS, bodyLimitFor } from '../../src/api/argument-bounds.ts';
import { apiConfig, startHarness, type ApiHarness } from './support/api-harness.ts';

let api: ApiHarness;
beforeAll(async () => {
  api = await startHarness({ config: apiConfig({ maxArticleBytes: 10_000 }) });
});
afterAll(() => api.close());

const { maxStringChars, maxListItems } = ARGUMENT_LIMITS;
const over = maxStringChars + 1;

/** [what, query, variables, words the error must hold] */
const OVERSIZED: Array<[string, string, Record<string, unknown>, RegExp]> = [
  ['search text as a variable', 'query($t: String!) { search(text: $t) { totalCount } }', { t: 'a'.repeat(over) }, /search\(text:\) is 1001 characters long; the limit is 1000/],
  ['search text as a literal', `{ search(text: "${'đ'.repeat(over)}") { totalCount } }`, {}, /search\(text:\) is 1001 characters/],
  ['nodes(ids:) list', 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: Array.from({ length: maxListItems + 1 }, (_, i) => `x${i}`) }, /nodes\(ids:\) has 501 items; the limit is 500/],
  ['one long id in nodes(ids:)', 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ['x'.repeat(over)] }, /nodes\(ids:\) is 1001 characters/],
  ['search types list', 'query($types: [EntityType!]) { search(text: "a", types: $types) { totalCount } }', { types: Array(maxListItems + 1).fill('ORGANIZATION') }, /search\(types:\) has 501 items/],
  ['entities filter name in an object literal', 'query($n: String) { entities(filter: {nameContains: $n}) { totalCount } }', { n: 'n'.repeat(over) }, /entities\(filter:\)\.nameContains is 1001 characters/],
  ['entities filter types in a variable object', 'query($f: EntityFilter) { entities(filter: $f) { totalCount } }', { f: { types: Array(maxListItems + 1).fill('PLACE') } }, /entities\(filter:\)\.types has 501 items/],
  ['a nested field argument', `{ entities(first: 1) { nodes { id } } article(id: "${'a'.repeat(over)}") { id } }`, {}, /article\(id:\) is 1001 characters/],
];

describe('oversized arguments are refused before any work, naming the limit', () => {
  it.each(OVERSIZED)('%s', async (_what, query, variables, words) => {
    const res = await api.gql(query, variables);
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0]?.message).toMatch(words);
    expect(res.errors?.[0]?.extensions?.code).toBe('ARGUMENT_TOO_LARGE');
  });

  it('answers the same requests at the limits (the controls)', async () => {
    const text = await api.gql('query($t: String!) { search(text: $t) { totalCount } }', { t: 'a'.repeat(maxStringChars) });
    expect(text.errors).toBeUndefined();
    const one = (await api.gql('{ search(text: "future gov", first: 1) { nodes { ... on Node { id } } } }')).data.search.nodes[0].id as string;
    const ids = await api.gql('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: Array(maxListItems).fill(one) });
    expect(ids.errors).toBeUndefined();
    expect(ids.data.nodes).toHaveLength(maxListItems);
  });

  it(`refuses a body over ${bodyLimitFor(10_000)} bytes (twice KG_MAX_ARTICLE_BYTES and 64 KiB) with 413`, async () => {
    const response = await api.yoga.fetch('http://kg.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ stats { articles } }', variables: { pad: 'x'.repeat(bodyLimitFor(10_000)) } }),
    });
    expect(response.status).toBe(413);
  });
});
