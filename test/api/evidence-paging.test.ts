// Fact.evidence(first:, skip:): a window of a fact's evidence sentences, the same whichever
// way the fact is reached (an entity's facts read ahead in one statement, a hop further down,
// the root `facts` field), with counts that do not depend on the window.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExtract } from '../support/extract-builder.ts';
import { uniqueId } from '../support/neo4j.ts';
import type { ApiContext } from '../../src/api/context.ts';
import { startHarness, type ApiHarness } from './support/api-harness.ts';

const TAG = uniqueId('evp').replace(/-/g, '');
const FUND = `Quỹ Phát triển ${TAG}`;
const PORT = `Dự án Cảng ${TAG}`;
const TOWN = `Thị trấn ${TAG}`;
// Six different ways of saying the port is funded by the fund, then two of where it lies.
const FUNDING_SENTENCES = [
  `${PORT} được ${FUND} cấp vốn trong đợt đầu.`,
  `Nhờ ${FUND}, ${PORT} có thêm tiền để mở rộng bến.`,
  `${FUND} tiếp tục rót vốn cho ${PORT} vào mùa khô.`,
  `Khoản giải ngân mới của ${FUND} dành cho ${PORT}.`,
  `Ban quản lý ${PORT} cảm ơn ${FUND} đã hỗ trợ tài chính.`,
  `Năm sau ${FUND} sẽ còn tài trợ ${PORT} thêm một lần.`,
];
const PLACE_SENTENCES = [`${PORT} nằm ở ${TOWN} ven biển.`, `Người dân ${TOWN} trông đợi ${PORT} hoàn thành.`];

let api: ApiHarness;
let lastContext: ApiContext | null = null;
beforeAll(async () => {
  api = await startHarness({ onContext: (ctx) => (lastContext = ctx) });
  await api.load(
    buildExtract({
      id: `art:${TAG}`,
      sentences: [...FUNDING_SENTENCES, ...PLACE_SENTENCES],
      entities: {
        port: { type: 'Project', name: PORT, id: `project:${TAG}` },
        fund: { type: 'Organization', name: FUND, id: `org:${TAG}`, aliases: [`QPT ${TAG}`] },
        town: { type: 'Place', name: TOWN, id: `place:${TAG}` },
      },
      facts: [
        { subject: 'port', predicate: 'FUNDED_BY', object: 'fund', sentences: [0, 1, 2, 3, 4, 5], confidence: 0.9 },
        { subject: 'port', predicate: 'LOCATED_IN', object: 'town', sentences: [6, 7], confidence: 0.8 },
      ],
    }),
  );
});
afterAll(() => api.close());

type Quotes = Array<{ quote: string }>;
const quotes = (list: Quotes) => list.map((ev) => ev.quote);

/** The port's facts by predicate, as `entity(id) { facts { nodes { … } } }` answers with `fields`. */
async function portFacts(fields: string, variables: Record<string, unknown> = {}, params = '') {
  const res = await api.gql(`query($id: ID!${params}) { entity(id: $id) { facts(direction: OUTGOING) { nodes { predicate ${fields} } } } }`, {
    id: `project:${TAG}`,
    ...variables,
  });
  expect(res.errors).toBeUndefined();
  const nodes = res.data.entity.facts.nodes as Array<Record<string, unknown> & { predicate: string }>;
  return Object.fromEntries(nodes.map((node) => [node.predicate, node]));
}

describe('Fact.evidence(first:, skip:)', () => {
  it('without arguments lists every sentence, in the order they were found', async () => {
    const facts = await portFacts('evidence { quote }');
    expect(quotes(facts.FUNDED_BY!.evidence as Quotes)).toEqual(FUNDING_SENTENCES);
    expect(quotes(facts.LOCATED_IN!.evidence as Quotes)).toEqual(PLACE_SENTENCES);
  });

  it.each([
    { first: 2, skip: 0, want: FUNDING_SENTENCES.slice(0, 2) },
    { first: 3, skip: 2, want: FUNDING_SENTENCES.slice(2, 5) },
    { first: 4, skip: 4, want: FUNDING_SENTENCES.slice(4) },
    { first: null, skip: 3, want: FUNDING_SENTENCES.slice(3) },
    { first: 0, skip: 0, want: [] },
    { first: 5, skip: 9, want: [] },
  ])('first $first, skip $skip: that window, as variables', async ({ first, skip, want }) => {
    const facts = await portFacts('evidence(first: $first, skip: $skip) { quote }', { first, skip }, ', $first: Int, $skip: Int');
    expect(quotes(facts.FUNDED_BY!.evidence as Quotes)).toEqual(want);
  });

  it('answers two aliases with different windows in one query', async () => {
    const facts = await portFacts('head: evidence(first: 2) { quote } tail: evidence(skip: 4) { quote article { articleId } }');
    expect(quotes(facts.FUNDED_BY!.head as Quotes)).toEqual(FUNDING_SENTENCES.slice(0, 2));
    expect(quotes(facts.FUNDED_BY!.tail as Quotes)).toEqual(FUNDING_SENTENCES.slice(4));
    expect((facts.FUNDED_BY!.tail as Array<{ article: { articleId: string } }>).map((ev) => ev.article.articleId)).toEqual([`art:${TAG}`, `art:${TAG}`]);
  });

  // A query that asks only quotes is read without the sentences' other fields; asking
  // anything else of the evidence beside it, in the same query, must still be answered.
  it.each([
    { fields: 'a: evidence(first: 2) { quote } b: evidence(first: 2) { start end sentence { index } }', why: 'positions beside quotes' },
    { fields: 'a: evidence(first: 2) { quote } b: evidence(first: 2) { ...Where }', why: 'a fragment asking positions' },
    { fields: 'a: evidence(first: 2) { __typename quote } b: evidence(first: 2) { quote sentence { id } }', why: 'a sentence beside quotes' },
  ])('answers quotes and $why in one query', async ({ fields }) => {
    const fragment = fields.includes('...Where') ? 'fragment Where on Evidence { start end sentence { index } }' : '';
    const res = await api.gql(
      `query($id: ID!) { entity(id: $id) { facts(direction: OUTGOING, predicates: [FUNDED_BY]) { nodes { ${fields} } } } } ${fragment}`,
      { id: `project:${TAG}` },
    );
    expect(res.errors).toBeUndefined();
    const [fact] = res.data.entity.facts.nodes as Array<{ a: Quotes; b: Array<{ start?: number; end?: number; sentence: { index?: number; id?: string } }> }>;
    expect(quotes(fact!.a)).toEqual(FUNDING_SENTENCES.slice(0, 2));
    expect(fact!.b).toHaveLength(2);
    for (const ev of fact!.b) expect(ev.sentence.index ?? ev.sentence.id).toBeDefined();
    if (fact!.b[0]!.start !== undefined) expect(fact!.b[1]!.start).toBeGreaterThan(fact!.b[0]!.end! - 1);
  });

  it('counts every sentence and article whatever the window, and with no evidence selected', async () => {
    for (const fields of ['supportCount articleCount storyCount', 'supportCount articleCount storyCount evidence(first: 1) { quote }']) {
      const facts = await portFacts(fields);
      expect(facts.FUNDED_BY).toMatchObject({ supportCount: 6, articleCount: 1, storyCount: 1 });
      expect(facts.LOCATED_IN).toMatchObject({ supportCount: 2, articleCount: 1, storyCount: 1 });
    }
  });

  it('pages the evidence of facts a hop further down, and of the root facts field', async () => {
    const nested = await api.gql(
      `query($id: ID!) { entity(id: $id) { facts(predicates: [FUNDED_BY], direction: INCOMING) { nodes {
         subject { ... on Entity { facts(predicates: [FUNDED_BY], direction: OUTGOING) { nodes { evidence(first: 1, skip: 1) { quote } } } } } } } } }`,
      { id: `org:${TAG}` },
    );
    expect(nested.errors).toBeUndefined();
    const root = await api.gql(`query($s: ID!) { facts(subject: $s, predicate: FUNDED_BY) { nodes { evidence(first: 2, skip: 1) { quote } } } }`, {
      s: `project:${TAG}`,
    });
    expect(root.errors).toBeUndefined();
    expect(quotes(nested.data.entity.facts.nodes[0].subject.facts.nodes[0].evidence)).toEqual([FUNDING_SENTENCES[1]]);
    expect(quotes(root.data.facts.nodes[0].evidence)).toEqual(FUNDING_SENTENCES.slice(1, 3));
  });

  it.each([
    { args: 'first: -1', code: 'BAD_USER_INPUT', says: /"first" of evidence is -1/ },
    { args: 'skip: -2', code: 'BAD_USER_INPUT', says: /"skip" of evidence is -2/ },
    { args: 'first: 101', code: 'PAGE_SIZE_LIMIT_EXCEEDED', says: /above the maximum page size/ },
  ])('refuses $args with $code', async ({ args, code, says }) => {
    const res = await api.gql(`query($id: ID!) { entity(id: $id) { facts { nodes { predicate evidence(${args}) { quote } } } } }`, { id: `project:${TAG}` });
    expect(res.errors?.[0]?.extensions?.code).toBe(code);
    expect(res.errors?.[0]?.message).toMatch(says);
  });

  it('answers the ends\' aliases when the query asks them, a hop down too', async () => {
    const facts = await portFacts('object { ... on Entity { name aliases facts(direction: INCOMING) { nodes { subject { aliases } } } } }');
    expect(facts.FUNDED_BY!.object).toMatchObject({ name: FUND, aliases: expect.arrayContaining([`QPT ${TAG}`]) });
    const funded = (facts.FUNDED_BY!.object as { facts: { nodes: Array<{ subject: { aliases: string[] } }> } }).facts.nodes;
    expect(funded.map((node) => node.subject.aliases)).toEqual([expect.arrayContaining([PORT])]);
  });

  it('pages the evidence of a path found by ids, in one statement', async () => {
    const res = await api.gql(`query($from: ID!, $to: ID!) { path(from: {id: $from}, to: {id: $to}) { length facts { supportCount evidence(first: 2, skip: 3) { quote } } } }`, {
      from: `org:${TAG}`,
      to: `place:${TAG}`,
    });
    expect(res.errors).toBeUndefined();
    expect(lastContext!.reader.roundTrips).toBe(1);
    const [funded, located] = res.data.path.facts as Array<{ supportCount: number; evidence: Quotes }>;
    expect(res.data.path.length).toBe(2);
    expect(funded).toEqual({ supportCount: 6, evidence: FUNDING_SENTENCES.slice(3, 5).map((quote) => ({ quote })) });
    expect(located).toEqual({ supportCount: 2, evidence: [] });
  });

  it('names the missing end of a path asked by ids', async () => {
    const res = await api.gql(`{ path(from: {id: "project:${TAG}"}, to: {id: "org:${TAG}-nowhere"}) { length } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(res.errors?.[0]?.message).toContain(`"to" matches no entity: there is no entity with id "org:${TAG}-nowhere"`);
  });
});
