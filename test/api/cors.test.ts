// Issue #12 item 9: a web page of another origin cannot read the graph. No CORS headers
// unless the origin is on KG_CORS_ORIGINS (then without credentials); POST bodies must be
// JSON, so the form and multipart posts a page can send without a preflight are refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createYogaApp } from '../../src/api/server.ts';
import { apiConfig, startHarness, type ApiHarness } from './support/api-harness.ts';

let api: ApiHarness;
let allowing: ReturnType<typeof createYogaApp>;
beforeAll(async () => {
  api = await startHarness();
  allowing = createYogaApp({ config: apiConfig({ corsOrigins: ['https://app.example'] }), driver: api.driver });
});
afterAll(() => api.close());

const QUERY = JSON.stringify({ query: '{ stats { articles } }' });
const preflight = (app: ReturnType<typeof createYogaApp>, origin: string) =>
  app.fetch('http://kg.test/graphql', {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' },
  });
const post = (app: ReturnType<typeof createYogaApp>, headers: Record<string, string>, body: BodyInit = QUERY) =>
  app.fetch('http://kg.test/graphql', { method: 'POST', headers, body });

describe('CORS: same origin by default', () => {
  it.each(['https://evil.example', 'null', 'http://localhost:4000.evil.example'])('a preflight from %s gets no CORS headers', async (origin) => {
    const response = await preflight(api.yoga, origin);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('a JSON POST from another origin is answered without CORS headers (the browser hides it from the page)', async () => {
    const response = await post(api.yoga, { origin: 'https://evil.example', 'content-type': 'application/json' });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('an origin on KG_CORS_ORIGINS is allowed, without credentials; others still are not', async () => {
    const allowed = await preflight(allowing, 'https://app.example');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example');
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
    const other = await preflight(allowing, 'https://evil.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('POST bodies must be JSON', () => {
  it.each<[string, Record<string, string>, BodyInit]>([
    ['form-encoded', { 'content-type': 'application/x-www-form-urlencoded' }, `query=${encodeURIComponent('{ stats { articles } }')}`],
    ['text/plain', { 'content-type': 'text/plain' }, QUERY],
    ['no content type', {}, QUERY],
  ])('%s: 415 with a message naming application/json', async (_kind, headers, body) => {
    const response = await post(api.yoga, headers, body);
    expect(response.status).toBe(415);
    expect(JSON.stringify(await response.json())).toMatch(/application\/json/);
  });

  it('multipart: 415', async () => {
    const form = new FormData();
    form.set('operations', QUERY);
    form.set('map', '{}');
    const response = await api.yoga.fetch('http://kg.test/graphql', { method: 'POST', body: form });
    expect(response.status).toBe(415);
  });

  it('JSON (with a charset) and GET queries still work, and GraphiQL is served', async () => {
    const json = await post(api.yoga, { 'content-type': 'application/json; charset=utf-8' });
    expect(json.status).toBe(200);
    expect(((await json.json()) as { data: unknown }).data).toBeTruthy();
    const get = await api.yoga.fetch(`http://kg.test/graphql?query=${encodeURIComponent('{ stats { articles } }')}`, { headers: { accept: 'application/json' } });
    expect(get.status).toBe(200);
    const page = await api.yoga.fetch('http://kg.test/graphql', { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/graphiql/i);
  });
});
