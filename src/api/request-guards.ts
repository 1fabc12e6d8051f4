// Who may talk to the API from a browser (issue #12 item 9). By default only pages of the
// server's own origin (GraphiQL): no CORS headers are sent, so a page elsewhere cannot read
// an answer. KG_CORS_ORIGINS lists the other origins allowed, without credentials. And a
// POST must carry JSON: form-encoded and multipart bodies are what a hostile page can send
// cross-origin without a preflight, so they are refused (415) before they are parsed.
import type { CORSOptions, Plugin } from 'graphql-yoga';

/** Yoga's `cors` option for the allow-list. */
export function corsFor(allowedOrigins: readonly string[]): (request: Request) => CORSOptions {
  return (request) => {
    const origin = request.headers.get('origin');
    if (origin === null || !allowedOrigins.includes(origin)) return false;
    return { origin: [origin], credentials: false, methods: ['GET', 'POST'], allowedHeaders: ['content-type', 'authorization', 'accept'] };
  };
}

export function jsonPostsOnly(): Plugin {
  return {
    onRequest({ request, fetchAPI, endResponse }) {
      if (request.method !== 'POST') return;
      const mediaType = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      if (mediaType === 'application/json') return;
      const message = `POST bodies must be JSON (Content-Type: application/json); got ${JSON.stringify(mediaType || 'none')}.`;
      endResponse(
        new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' } }] }), {
          status: 415,
          headers: { 'content-type': 'application/json' },
        }),
      );
    },
  };
}
