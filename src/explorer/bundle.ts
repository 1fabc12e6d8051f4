// The Explorer's browser code, bundled by esbuild when the server first needs it (no build
// step, no generated files in the repository): src/explorer/client/main.ts with Cytoscape.js,
// and styles.css with the Noto Sans faces of @fontsource/noto-sans. One build per process,
// kept in memory; the file names carry a content hash so browsers may cache them forever.
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { REPO_ROOT } from '../config.ts';

export const ASSET_PREFIX = '/explore/assets/';
const CLIENT_DIR = path.join(REPO_ROOT, 'src', 'explorer', 'client');
const OUT_DIR = path.join(REPO_ROOT, '.explorer-build'); // virtual: write is false

export interface Asset {
  contentType: string;
  body: Uint8Array<ArrayBuffer>;
  /** The body gzipped, for script and stylesheet (fonts are compressed already). */
  gzipped: Uint8Array<ArrayBuffer> | null;
}

export interface ExplorerBundle {
  /** Served paths ("/explore/assets/main-ABC.js") to their bytes. */
  assets: Map<string, Asset>;
  script: string;
  stylesheet: string;
}

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

let building: Promise<ExplorerBundle> | null = null;

/** The bundle, built once per process (a failed build is retried on the next call). */
export function explorerBundle(): Promise<ExplorerBundle> {
  building ??= buildBundle().catch((error: unknown) => {
    building = null;
    throw error;
  });
  return building;
}

async function buildBundle(): Promise<ExplorerBundle> {
  const result = await build({
    absWorkingDir: REPO_ROOT,
    entryPoints: [path.join(CLIENT_DIR, 'main.ts'), path.join(CLIENT_DIR, 'styles.css')],
    bundle: true,
    minify: true,
    format: 'esm',
    target: ['chrome109', 'firefox115', 'safari16'],
    outdir: OUT_DIR,
    entryNames: '[name]-[hash]',
    assetNames: '[name]-[hash]',
    publicPath: ASSET_PREFIX,
    loader: { '.woff2': 'file', '.woff': 'file' },
    legalComments: 'linked',
    write: false,
    logLevel: 'silent',
  });
  const assets = new Map<string, Asset>();
  let script = '';
  let stylesheet = '';
  for (const file of result.outputFiles) {
    const name = path.basename(file.path);
    const served = ASSET_PREFIX + name;
    const extension = path.extname(name);
    const body = new Uint8Array(file.contents);
    const gzipped = extension === '.js' || extension === '.css' ? new Uint8Array(gzipSync(body, { level: 9 })) : null;
    assets.set(served, { contentType: CONTENT_TYPES[extension] ?? 'text/plain; charset=utf-8', body, gzipped });
    if (extension === '.js' && name.startsWith('main-')) script = served;
    if (extension === '.css' && name.startsWith('styles-')) stylesheet = served;
  }
  if (!script || !stylesheet) throw new Error('the Explorer bundle lacks its script or stylesheet');
  return { assets, script, stylesheet };
}

/** Builds the bundle now, so the first visit to /explore does not wait; a failure is told, not fatal (the API still serves). */
export async function warmExplorer(say: (message: string) => void): Promise<void> {
  await explorerBundle().catch((error: unknown) => say(`The Explorer page could not be built: ${error instanceof Error ? error.message : String(error)}`));
}
