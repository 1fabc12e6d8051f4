// The Explorer's routes, as one Yoga plugin: `/` → `/explore`, the page itself (every
// /explore/… path that is not an asset serves the same shell: the state lives in the query
// string), and its bundled assets. Everything else goes on to GraphQL.
import type { Plugin } from 'graphql-yoga';
import { ASSET_PREFIX, explorerBundle } from './bundle.ts';
import { EXPLORER_CSP, explorerHtml } from './page.ts';

export const EXPLORER_PATH = '/explore';

const COMMON_HEADERS = { 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' };

export function explorerRoutes(): Plugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      const { pathname } = url;
      if (pathname !== '/' && pathname !== EXPLORER_PATH && !pathname.startsWith(`${EXPLORER_PATH}/`)) return;
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        endResponse(new fetchAPI.Response('Method not allowed: the Explorer is read with GET.', { status: 405, headers: { allow: 'GET, HEAD' } }));
        return;
      }
      if (pathname === '/') {
        endResponse(new fetchAPI.Response(null, { status: 302, headers: { location: EXPLORER_PATH } }));
        return;
      }
      return explorerBundle().then(
        (bundle) => {
          if (pathname.startsWith(ASSET_PREFIX)) {
            const asset = bundle.assets.get(pathname);
            if (!asset) {
              endResponse(new fetchAPI.Response(`No such Explorer asset: ${pathname}`, { status: 404, headers: COMMON_HEADERS }));
              return;
            }
            const gzip = asset.gzipped !== null && /\bgzip\b/.test(request.headers.get('accept-encoding') ?? '');
            const headers: Record<string, string> = { ...COMMON_HEADERS, 'content-type': asset.contentType, 'cache-control': 'public, max-age=31536000, immutable', vary: 'accept-encoding' };
            if (gzip) headers['content-encoding'] = 'gzip';
            endResponse(new fetchAPI.Response(gzip ? asset.gzipped : asset.body, { headers }));
            return;
          }
          endResponse(
            new fetchAPI.Response(explorerHtml(bundle), {
              headers: {
                ...COMMON_HEADERS,
                'content-type': 'text/html; charset=utf-8',
                'cache-control': 'no-cache',
                'content-security-policy': EXPLORER_CSP,
              },
            }),
          );
        },
        (error: unknown) => {
          const reason = error instanceof Error ? error.message : String(error);
          endResponse(
            new fetchAPI.Response(`The Explorer page could not be built: ${reason}. Run \`npm ci\` and restart kg.`, {
              status: 500,
              headers: { ...COMMON_HEADERS, 'content-type': 'text/plain; charset=utf-8' },
            }),
          );
        },
      );
    },
  };
}

/** GraphiQL's page with a link to the Explorer (GraphiQL has no slot for one; a fixed corner link). */
export function withExplorerLink(graphiqlHtml: string): string {
  const link =
    `<a id="kg-explorer-link" href="${EXPLORER_PATH}" style="position:fixed;right:12px;bottom:10px;z-index:10;` +
    'font:13px system-ui,sans-serif;padding:4px 10px;border-radius:4px;background:#1f4f82;color:#fff;text-decoration:none">' +
    'Open the kg Explorer</a>';
  return graphiqlHtml.replace('<div id="root"></div>', `${link}\n      <div id="root"></div>`);
}
