// ingestArticle over HTTP: only with the token; typed errors as union members; idempotent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueId } from '../support/neo4j.ts';
import { apiConfig, startHarness, TEST_TOKEN, type ApiHarness } from './support/api-harness.ts';

let api: ApiHarness;
beforeAll(async () => {
  api = await startHarness({ config: apiConfig({ maxArticleBytes: 4_000 }) });
});
afterAll(() => api.close());

const INGEST = `mutation($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    __typename
    ... on Error { message }
    ... on ArticleTooLargeError { bytes maxBytes }
    ... on IngestArticlePayload {
      unchanged warnings
      added { sentences mentions entities facts }
      article { articleId title source publishedAt sentences { totalCount } }
    }
  }
}`;

const tag = uniqueId('mut');
// A made-up article (not from the dev set): a unique name makes a unique article id.
const input = {
  title: `Công ty Cổ phần Thử nghiệm ${tag} nhận giải thưởng`,
  text: [
    `Công ty Cổ phần Thử nghiệm ${tag} vừa được Bộ Thông tin và Truyền thông trao giải thưởng Sao Khuê năm 2024 cho Dự án "Nền tảng số ${tag}".`,
    `Dự án được tài trợ bởi Ngân hàng Thế giới (WB) với tổng vốn đầu tư 2,5 triệu USD.`,
  ].join('\n'),
  publishedAt: '2024-06-03',
  source: 'kg test',
};

async function articleCount(): Promise<number> {
  return (await api.gql('{ stats { articles facts entities } }')).data.stats.articles;
}

describe('ingestArticle', () => {
  it('refuses without a token, as a NotAuthorizedError result, and writes nothing', async () => {
    const before = await articleCount();
    const res = await api.gql(INGEST, { input });
    expect(res.errors).toBeUndefined();
    expect(res.data.ingestArticle.__typename).toBe('NotAuthorizedError');
    expect(res.data.ingestArticle.message).toMatch(/Bearer/);
    expect(await articleCount()).toBe(before);
  });

  it.each([`Bearer ${TEST_TOKEN}x`, 'Bearer ', TEST_TOKEN, `Basic ${TEST_TOKEN}`])('refuses a wrong token: %j', async (header) => {
    const res = await api.gql(INGEST, { input }, { authorization: header });
    expect(res.data.ingestArticle.__typename).toBe('NotAuthorizedError');
  });

  it('ingests with the token, returning the article, counts and warnings; re-sending changes nothing', async () => {
    const auth = { authorization: `Bearer ${TEST_TOKEN}` };
    const first = await api.gql(INGEST, { input }, auth);
    expect(first.errors).toBeUndefined();
    const payload = first.data.ingestArticle;
    expect(payload.__typename).toBe('IngestArticlePayload');
    expect(payload.unchanged).toBe(false);
    expect(payload.article.title).toBe(input.title);
    expect(payload.article.source).toBe('kg test');
    expect(payload.added.sentences).toBeGreaterThan(0);
    expect(payload.article.sentences.totalCount).toBe(payload.added.sentences);
    expect(Array.isArray(payload.warnings)).toBe(true);

    const stats = (await api.gql('{ stats { articles sentences entities facts } }')).data.stats;
    const again = await api.gql(INGEST, { input }, auth);
    expect(again.data.ingestArticle).toMatchObject({
      __typename: 'IngestArticlePayload',
      unchanged: true,
      added: { sentences: 0, mentions: 0, entities: 0, facts: 0 },
      article: { articleId: payload.article.articleId },
    });
    expect((await api.gql('{ stats { articles sentences entities facts } }')).data.stats).toEqual(stats);
  });

  it('returns EmptyArticleError for blank text', async () => {
    const res = await api.gql(INGEST, { input: { ...input, text: ' \n\t ' } }, { authorization: `Bearer ${TEST_TOKEN}` });
    expect(res.data.ingestArticle.__typename).toBe('EmptyArticleError');
  });

  it('returns ArticleTooLargeError above maxArticleBytes, counting UTF-8 bytes', async () => {
    const text = 'Đà Nẵng '.repeat(400); // 3 600 characters, 4 800 bytes
    const res = await api.gql(INGEST, { input: { ...input, text } }, { authorization: `Bearer ${TEST_TOKEN}` });
    const others = Buffer.byteLength(input.title + input.publishedAt + input.source, 'utf8');
    expect(res.data.ingestArticle).toMatchObject({ __typename: 'ArticleTooLargeError', bytes: 4_800 + others, maxBytes: 4_000 });
  });

  it('counts the title against the limit too: a large title and a short text is ArticleTooLargeError, nothing stored', async () => {
    const before = await articleCount();
    const title = `Tiêu đề ${tag} `.repeat(400);
    const res = await api.gql(INGEST, { input: { ...input, title, text: 'Đà Nẵng có mưa.' } }, { authorization: `Bearer ${TEST_TOKEN}` });
    expect(res.data.ingestArticle.__typename).toBe('ArticleTooLargeError');
    expect(res.data.ingestArticle.bytes).toBeGreaterThan(4_000);
    expect(await articleCount()).toBe(before);
  });

  it('checks the token before the input: no token and empty text is still NotAuthorizedError', async () => {
    const res = await api.gql(INGEST, { input: { ...input, text: '' } });
    expect(res.data.ingestArticle.__typename).toBe('NotAuthorizedError');
  });
});
