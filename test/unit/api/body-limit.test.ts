// The request body limit: refused by its stated Content-Length before anything is read, and
// counted as it streams in when no length is stated (chunked).
import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { limitBodySize } from '../../../src/api/body-limit.ts';

const yoga = createYoga({
  schema: createSchema({ typeDefs: 'type Query { echo(text: String): String }', resolvers: { Query: { echo: (_: unknown, { text }: { text: string }) => text } } }),
  maxRequestBodySize: false,
  plugins: [limitBodySize(200)],
  logging: false,
});

const body = (size: number) => JSON.stringify({ query: `{ echo(text: "${'x'.repeat(Math.max(0, size - 30))}") }` });

function post(payload: string, headers: Record<string, string>, chunked = false) {
  const bytes = new TextEncoder().encode(payload);
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let i = 0; i < bytes.length; i += 50) controller.enqueue(bytes.slice(i, i + 50));
      controller.close();
    },
  });
  return yoga.fetch('http://kg.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: chunked ? stream : payload,
    ...(chunked ? { duplex: 'half' } : {}),
  } as RequestInit);
}

describe('limitBodySize', () => {
  it('answers a body within the limit, stated or streamed', async () => {
    const small = body(150);
    const stated = await post(small, { 'content-length': String(Buffer.byteLength(small)) });
    expect(stated.status).toBe(200);
    expect(((await stated.json()) as { data: { echo: string } }).data.echo).toHaveLength(120);
    expect((await post(small, {}, true)).status).toBe(200);
  });

  it('refuses a stated length above the limit with 413, and a malformed one with 400', async () => {
    const big = body(300);
    expect((await post(big, { 'content-length': String(Buffer.byteLength(big)) })).status).toBe(413);
    expect((await post(body(100), { 'content-length': '100, 100' })).status).toBe(400);
  });

  it('refuses a streamed body once it passes the limit', async () => {
    const response = await post(body(300), {}, true);
    expect(response.status).toBe(413);
    expect(JSON.stringify(await response.json())).toContain('Request body too large');
  });
});
