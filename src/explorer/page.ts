// The Explorer's HTML shell and the Content-Security-Policy that goes with it: scripts,
// styles, fonts and GraphQL from this origin only; no inline script or style, no framing.
import type { ExplorerBundle } from './bundle.ts';

export const EXPLORER_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "font-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function explorerHtml(bundle: ExplorerBundle): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>kg Explorer</title>
<link rel="icon" href="data:,">
<!-- The id tells Cytoscape.js its container rule is already here (styles.css), so it does not
     inject an inline <style>, which this page's CSP refuses. -->
<link rel="stylesheet" id="__________cytoscape_stylesheet" href="${bundle.stylesheet}">
<script type="module" src="${bundle.script}"></script>
</head>
<body>
<noscript>The kg Explorer needs JavaScript. The GraphQL API is at <a href="/graphql">/graphql</a>.</noscript>
<div id="app"></div>
</body>
</html>
`;
}
