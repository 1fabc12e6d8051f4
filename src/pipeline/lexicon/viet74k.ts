// Viet74K (MIT, @vntk/dictionary), the Vietnamese word list that decides where a name's
// continuation stops being a name. Read from the package's text file, cached once derived.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { packageFile } from './load-lexicon.ts';
import { newToneStyle } from './tokens.ts';

// The package's index.js would also parse an 11 MB definitions file we do not need.

/**
 * The two sets the rules query, from the raw list with a few whole-text operations (per-line
 * trimming and splitting cost ~60 ms more): "thông tin" → WORDS, "thông" → SYLLABLES.
 * WORDS keeps the multi-syllable, hyphen-free entries, the form rules build from tokens.
 */
function buildViet74k(listPath: string): { words: string[]; syllables: string[] } {
  const list = readFileSync(listPath, 'utf8').toLowerCase();
  const words = list.split('\n').filter((l) => l.includes(' ') && !l.includes('-')).map((l) => l.trim());
  const syllables: string[] = list.replace(/^.*-.*$/gm, '').match(/\S+/g) ?? [];
  // Lines in the old tone style ("hoà bình") also go in under the new style ("hòa bình").
  // (No `u` flag: the list is NFC, each of these letters is one code unit; twice as fast.)
  for (const line of list.match(/^.*[ou][àáảãạèéẻẽẹỳýỷỹỵ](?: .*)?$/gm) ?? []) {
    const entry = line.trim();
    if (entry.includes('-')) continue;
    const converted = entry.split(' ').map(newToneStyle);
    words.push(converted.join(' '));
    syllables.push(...converted);
  }
  return { words: [...new Set(words)], syllables: [...new Set(syllables)] };
}

// Bump when buildViet74k (or newToneStyle) changes what it derives.
const CACHE_FORMAT = 2;

/**
 * buildViet74k's result, cached under node_modules/.cache/kg/ on first use (~75 ms → ~17 ms
 * of start-up), keyed by the package version and the list's size. Any error reading or
 * writing the cache (read-only install…) just means building it again.
 */
export function loadViet74k(): { words: string[]; syllables: string[] } {
  const listPath = packageFile('@vntk/dictionary/data/Viet74K.txt');
  const { version } = JSON.parse(readFileSync(packageFile('@vntk/dictionary/package.json'), 'utf8')) as { version: string };
  const modules = listPath.slice(0, listPath.lastIndexOf(`${sep}node_modules${sep}`) + `${sep}node_modules`.length);
  const cacheFile = join(modules, '.cache', 'kg', `viet74k-${version}-${statSync(listPath).size}-f${CACHE_FORMAT}.txt`);
  try {
    // "63467 9388\n<words>\n\n<syllables>": the counts tell a whole file from a damaged one.
    const text = readFileSync(cacheFile, 'utf8');
    const head = text.indexOf('\n');
    const cut = text.indexOf('\n\n', head);
    const [wordCount, syllableCount] = text.slice(0, head).split(' ').map(Number);
    const words = text.slice(head + 1, cut).split('\n');
    const syllables = text.slice(cut + 2).split('\n');
    if (cut > 0 && words.length === wordCount && syllables.length === syllableCount) return { words, syllables };
  } catch {
    // not built yet
  }
  const built = buildViet74k(listPath);
  try {
    mkdirSync(dirname(cacheFile), { recursive: true });
    const tmp = `${cacheFile}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(tmp, `${built.words.length} ${built.syllables.length}\n${built.words.join('\n')}\n\n${built.syllables.join('\n')}`);
    renameSync(tmp, cacheFile); // atomic: a concurrent reader sees all of it or nothing
  } catch {
    // no cache this time
  }
  return built;
}
