// The extraction worker's code as one plain JavaScript module, built by esbuild from the
// TypeScript sources when the first pool starts (no build step, nothing generated in the
// repository). A worker booted through tsx instead (extraction-worker-boot.mjs) registers
// the TypeScript loader, which in Node 20 starts a loader thread of its own and compiles
// every module again in each worker: about 25 MB more per worker and a second slower start.
// The module is written under node_modules/.cache/kg/, named by a hash of its content, so
// concurrent processes and old runs never see a half-written or stale file; packages stay
// imports (resolved from node_modules beside it). When the build or the write fails, the
// pool falls back to the tsx boot file: slower, never broken.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { REPO_ROOT } from '../config.ts';

const ENTRY = path.join(REPO_ROOT, 'src', 'ingest', 'extraction-worker.ts');
const CACHE_DIR = path.join(REPO_ROOT, 'node_modules', '.cache', 'kg');
export const TSX_BOOT = new URL('./extraction-worker-boot.mjs', import.meta.url);

/**
 * Modules that find their data files next to themselves (`new URL('./data/…', import.meta.url)`)
 * keep doing so from inside the bundle: each source's `import.meta.url` becomes its own URL.
 */
const ownMetaUrl: Plugin = {
  name: 'own-import-meta-url',
  setup(builder) {
    builder.onLoad({ filter: /\.ts$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
      loader: 'ts',
    }));
  },
};

let script: Promise<URL> | null = null;

/** The URL a worker runs: the bundled module, or the tsx boot file if it could not be built. */
export function extractionWorkerScript(): Promise<URL> {
  script ??= bundleWorker().catch(() => TSX_BOOT);
  return script;
}

async function bundleWorker(): Promise<URL> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    write: false,
    logLevel: 'silent',
    plugins: [ownMetaUrl],
  });
  const code = result.outputFiles[0]!.contents;
  const file = path.join(CACHE_DIR, `extraction-worker-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`);
  if (!existsSync(file)) {
    mkdirSync(CACHE_DIR, { recursive: true });
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, code);
    renameSync(partial, file);
    removeOldBuilds(file);
  }
  return pathToFileURL(file);
}

const A_DAY = 86_400_000;

/** Builds of earlier sources, a day old (a pool that outlives its build boots new workers through tsx). */
function removeOldBuilds(current: string): void {
  for (const name of readdirSync(CACHE_DIR)) {
    const file = path.join(CACHE_DIR, name);
    if (!name.startsWith('extraction-worker-') || file === current) continue;
    if (Date.now() - statSync(file).mtimeMs > A_DAY) rmSync(file, { force: true });
  }
}
