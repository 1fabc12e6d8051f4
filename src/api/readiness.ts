// GET /health: 200 {"status":"ok"} while the process serves requests (liveness).
// GET /ready: 200 {"status":"ready","neo4j":"up"} when Neo4j answers, else
// 503 {"status":"unavailable","neo4j":"down","reason":"…"} (readiness).
// Small JSON bodies, so a person with curl or a probe's log sees what was checked. Yoga's own
// health and readiness plugins answer with empty bodies, and its useReadinessCheck tests every
// request's URL against a URLPattern (~70 µs of CPU per GraphQL request on this machine); a
// path comparison does the same job.
import type { Plugin } from 'graphql-yoga';

/** Where Yoga's built-in (empty-bodied) health check listens: a path no client asks for. */
export const YOGA_HEALTH_ENDPOINT = '/.yoga-health-unused';

export function healthChecks(endpoints: { health: string; ready: string }, check: () => Promise<void>): Plugin {
  return {
    onRequest({ url, endResponse, fetchAPI }) {
      const json = (status: number, body: Record<string, string>) =>
        endResponse(new fetchAPI.Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8' } }));
      if (url.pathname === endpoints.health) return json(200, { status: 'ok' });
      if (url.pathname !== endpoints.ready) return;
      return check().then(
        () => json(200, { status: 'ready', neo4j: 'up' }),
        (error: unknown) => {
          const reason = error instanceof Error ? error.message : String(error);
          json(503, { status: 'unavailable', neo4j: 'down', reason });
        },
      );
    },
  };
}
