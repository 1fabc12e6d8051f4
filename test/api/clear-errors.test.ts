// Mistakes a client makes get an error that says what was wrong (BAD_USER_INPUT, NOT_FOUND),
// never "Unexpected error." (INTERNAL_SERVER_ERROR), and never a silently wrong answer.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueId } from '../support/neo4j.ts';
import { buildExtract } from '../support/extract-builder.ts';
import { apiConfig, startHarness, type ApiHarness } from './support/api-harness.ts';

const TAG = uniqueId('err').replace(/-/g, '');
const ids = { funder: `org:${TAG}-bank`, project: `project:${TAG}-roads`, subProject: `project:${TAG}-bridges`, island: `place:${TAG}-island` };
let api: ApiHarness;

beforeAll(async () => {
  api = await startHarness();
  await api.load(
    buildExtract({
      id: `art:${TAG}`,
      title: `Tin ${TAG}`,
      publishedAt: '2023-05-02',
      source: `Báo ${TAG}`,
      sentences: [
        `Dự án Đường ${TAG} được Ngân hàng ${TAG} tài trợ thông qua tiểu dự án Cầu ${TAG}.`,
        `Đảo ${TAG} nằm xa bờ.`,
      ],
      entities: {
        funder: { type: 'Organization', name: `Ngân hàng ${TAG}`, id: ids.funder },
        project: { type: 'Project', name: `Đường ${TAG}`, id: ids.project },
        subProject: { type: 'Project', name: `Cầu ${TAG}`, id: ids.subProject },
        island: { type: 'Place', name: `Đảo ${TAG}`, id: ids.island },
      },
      facts: [{ subject: 'project', predicate: 'FUNDED_BY', object: 'funder', evidence: 'tài trợ', qualifiers: { via: ids.subProject } }],
    }),
  );
});
afterAll(() => api.close());

const codes = (res: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => res.errors?.map((e) => e.extensions?.code);

describe('impossible dates in a filter', () => {
  it.each(['2022-13-45', '0000-00-00', '2022-02-30', '2023-02-29', '2022-04-31', '2022-00-10', '2022-1-5', 'hôm qua'])('%j is refused as bad input', async (date) => {
    const res = await api.gql('query($d: String) { articles(filter: { publishedFrom: $d }) { totalCount } }', { d: date });
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors?.[0]?.message).toContain(`filter.publishedFrom "${date}" is not a calendar date`);
  });

  it('takes a real day, a leap day included', async () => {
    const res = await api.gql('{ articles(filter: { publishedFrom: "2024-02-29", publishedTo: "2024-12-31" }) { totalCount } }');
    expect(res.errors).toBeUndefined();
  });
});

describe('forged cursors', () => {
  const cursor = (text: string) => Buffer.from(text).toString('base64');

  it.each(['OffsetConnection:-5', 'OffsetConnection:99999999999999999999', 'OffsetConnection:1e30', 'OffsetConnection:1.5', 'OffsetConnection:', 'something else'])(
    '%j is refused as bad input, not paged from somewhere',
    async (forged) => {
      for (const arg of ['after', 'before']) {
        const res = await api.gql(`query($c: String) { articles(${arg === 'after' ? 'first' : 'last'}: 2, ${arg}: $c) { edges { cursor } } }`, { c: cursor(forged) });
        expect(codes(res), `${arg}: ${forged}`).toEqual(['BAD_USER_INPUT']);
        expect(res.errors?.[0]?.message).toContain(`Argument "${arg}" is not a cursor this server gave`);
      }
    },
  );

  it('follows a cursor it gave', async () => {
    const first = await api.gql('{ articles(first: 1) { pageInfo { endCursor } } }');
    const next = await api.gql('query($c: String) { articles(first: 1, after: $c) { totalCount } }', { c: first.data.articles.pageInfo.endCursor });
    expect(next.errors).toBeUndefined();
  });
});

describe('path', () => {
  const PATH = 'query($from: EntitySelector!, $to: EntitySelector!) { path(from: $from, to: $to) { length } }';

  it('names the end whose search matches nothing', async () => {
    const res = await api.gql(PATH, { from: { search: `khong co ${TAG} nao` }, to: { id: ids.funder } });
    expect(codes(res)).toEqual(['NOT_FOUND']);
    expect(res.errors?.[0]?.message).toMatch(/^"from" matches no entity: the search "khong co .*" finds nothing/);
  });

  it('names the end whose id is unknown', async () => {
    const res = await api.gql(PATH, { from: { id: ids.project }, to: { id: `org:${TAG}-nobody` } });
    expect(codes(res)).toEqual(['NOT_FOUND']);
    expect(res.errors?.[0]?.message).toContain(`"to" matches no entity: there is no entity with id "org:${TAG}-nobody"`);
  });

  it('answers null without an error when both ends exist and nothing joins them', async () => {
    const res = await api.gql(PATH, { from: { id: ids.project }, to: { id: encodeGlobalID('Place', ids.island) } });
    expect(res.errors).toBeUndefined();
    expect(res.data.path).toBeNull();
  });

  it('finds the chain when there is one', async () => {
    const res = await api.gql(PATH, { from: { id: ids.project }, to: { search: `ngan hang ${TAG.toLowerCase()}` } });
    expect(res.data.path).toEqual({ length: 1 });
  });
});

describe('Qualifiers.viaEntity', () => {
  it('resolves `via` to the entity, keeping the id', async () => {
    const res = await api.gql('query($s: ID) { facts(subject: $s, predicate: FUNDED_BY) { nodes { qualifiers { via viaEntity { __typename entityId name } } } } }', { s: ids.project });
    expect(res.data.facts.nodes).toEqual([{ qualifiers: { via: ids.subProject, viaEntity: { __typename: 'Project', entityId: ids.subProject, name: `Cầu ${TAG}` } } }]);
  });
});

describe('writes on a server without KG_API_TOKEN', () => {
  const MUTATION = 'mutation { ingestArticle(input: { title: "Tin", text: "Quỹ trao 27 học bổng." }) { __typename ... on Error { message } } }';

  it('says writes are turned off, whatever token the request carries', async () => {
    const readOnly = await startHarness({ config: apiConfig({ apiToken: null }) });
    try {
      const res = await readOnly.gql(MUTATION, {}, { authorization: 'Bearer some-token-of-mine' });
      expect(res.data.ingestArticle).toEqual({ __typename: 'NotAuthorizedError', message: expect.stringMatching(/^Writes are turned off on this server: it was started without KG_API_TOKEN/) });
    } finally {
      await readOnly.close();
    }
  });

  it('still tells a client of a server with a token to send it', async () => {
    const res = await api.gql(MUTATION, {}, { authorization: 'Bearer wrong-token-0000' });
    expect(res.data.ingestArticle.message).toMatch(/^Not authorized: send "Authorization: Bearer <KG_API_TOKEN>"/);
  });
});
