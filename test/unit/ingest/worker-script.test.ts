// The extraction workers run one module built from the TypeScript sources, not the sources
// through tsx (whose loader costs each worker a thread, ~25 MB and a second of start). The
// pool's own tests check that these workers extract exactly what the main thread does.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractionWorkerScript, TSX_BOOT } from '../../../src/ingest/worker-script.ts';

describe('extractionWorkerScript', () => {
  it('builds plain JavaScript that imports no TypeScript and no loader', async () => {
    const script = await extractionWorkerScript();
    expect(script.href).not.toBe(TSX_BOOT.href);
    const code = readFileSync(fileURLToPath(script), 'utf8');
    expect(code).toContain('parentPort');
    expect(code).not.toMatch(/from\s+["'][^"']*\.ts["']/);
    expect(code).not.toMatch(/["']tsx(\/[^"']*)?["']/);
    // The pool (and esbuild with it) belongs to the thread that starts workers, not to each worker.
    expect(code).not.toMatch(/from\s+["']esbuild["']/);
  });

  it('is named by its content, so a changed source never reuses an old build', async () => {
    const script = await extractionWorkerScript();
    expect(script.pathname).toMatch(/\/node_modules\/\.cache\/kg\/extraction-worker-[0-9a-f]{16}\.mjs$/);
  });

  it('keeps each module’s own location, where the lexicons find their data files', async () => {
    const code = readFileSync(fileURLToPath(await extractionWorkerScript()), 'utf8');
    expect(code).toMatch(/new URL\(`\.\/data\/\$\{name\}\.json`, "file:\/\/\/[^"]+\/src\/pipeline\/lexicon\/load-lexicon\.ts"\)/);
  });
});
