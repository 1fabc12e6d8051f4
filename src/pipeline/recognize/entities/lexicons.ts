// Loads the entity lexicons (src/pipeline/lexicon/entity-*.json) once, at module load,
// into the Sets and Maps the rules look up. Nothing here runs per article.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { createRequire } from 'node:module';
import { foldText } from '../../../domain/fold.ts';
import { newToneStyle } from './tokens.ts';

const require = createRequire(import.meta.url);

function lexicon<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../../lexicon/${name}.json`, import.meta.url), 'utf8')) as T;
}

/** "Sở Thông tin" → "so thong tin": the key lexicon phrases are stored under. */
export function phraseKey(value: string): string {
  return foldText(value);
}

const orgHeads = lexicon<{
  heads: string[];
  companyHeads: string[];
  personNamedHeads: string[];
  anaphorHeads: string[];
  standalone: string[];
  standaloneNotBefore: string[];
  subtypeWords: string[];
  nameWords: string[];
  nameVerbs: string[];
}>('entity-org-heads');
const titles = lexicon<{ titles: string[]; honorifics: string[]; notNames: string[] }>('entity-titles');
const surnames = lexicon<{ surnames: string[] }>('entity-surnames');
export const KNOWN_ORGS = lexicon<{ orgs: Array<{ name: string; aliases: string[] }> }>('entity-known-orgs').orgs;
export const PLACE_LEXICON = lexicon<{
  aliases: Array<{ name: string; aliases: string[] }>;
  regions: string[];
  cities: string[];
  notPlacesAfter: string[];
  needContext: string[];
  prefixes: string[];
}>('entity-places');
export const CUES = lexicon<{
  award: string[];
  englishAwardEnds: string[];
  awardGeneric: string[];
  project: string[];
  projectNeedsQuote: string[];
  event: string[];
  document: string[];
  documentNumbered: string[];
  plural: string[];
  nameStops: string[];
  anaphorDemonstratives: string[];
  anaphorSubjectVerbs: string[];
  anaphorTypes: Record<string, string>;
}>('entity-cues');
export const ENGLISH_AWARD_ENDS = new Set(CUES.englishAwardEnds);
export const ABBREVIATIONS = lexicon<{ expand: Record<string, string>; placePrefixes: string[]; corporateSuffixes: string[]; englishOrgWords: string[] }>(
  'entity-abbreviations',
);
const stopwords = lexicon<{ notEntities: string[] }>('entity-stopwords');

export const ORG_HEADS = orgHeads.heads;
export const COMPANY_HEADS = new Set(orgHeads.companyHeads.map(phraseKey));
export const PERSON_NAMED_HEADS = new Set(orgHeads.personNamedHeads.map(phraseKey));
export const ANAPHOR_HEADS = new Set(orgHeads.anaphorHeads.map(phraseKey));
export const STANDALONE_ORGS = orgHeads.standalone;
export const STANDALONE_NOT_BEFORE = new Set(orgHeads.standaloneNotBefore.map(phraseKey));
/** Both "tieu hoc" (phrase) and "tieuhoc" (token) forms. */
export const SUBTYPE_WORDS = new Set(orgHeads.subtypeWords.flatMap((w) => [phraseKey(w), phraseKey(w).replace(/ /g, '')]));
export const NAME_WORDS = new Set(orgHeads.nameWords.map(phraseKey));
export const NAME_VERBS = new Set(orgHeads.nameVerbs.map(phraseKey));
export const TITLES = titles.titles;
export const HONORIFICS = new Set(titles.honorifics.map((h) => h.toLowerCase()));
export const NOT_NAME_WORDS = new Set(titles.notNames.map((w) => w.toLowerCase()));
export const SURNAMES = new Set(surnames.surnames.map((s) => s.toLowerCase()));
export const NOT_ENTITIES = new Set(stopwords.notEntities.map(phraseKey));
export const NAME_STOPS = new Set(CUES.nameStops.map((s) => s.toLowerCase()));
export const PLURALS = new Set(CUES.plural.map((s) => s.toLowerCase()));
export const NOT_PLACE_AFTER = new Set(PLACE_LEXICON.notPlacesAfter.map((s) => s.toLowerCase()));
export const NEED_CONTEXT_PLACES = new Set(PLACE_LEXICON.needContext.map(phraseKey));
export const ENGLISH_ORG_WORDS = new Set(ABBREVIATIONS.englishOrgWords.map(phraseKey));
export const CORPORATE_SUFFIXES = new Set(ABBREVIATIONS.corporateSuffixes.map(phraseKey));

// Viet74K (MIT, @vntk/dictionary): read the text file directly; the package's index.js
// would also parse an 11 MB definitions file we do not need.

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
function loadViet74k(): { words: string[]; syllables: string[] } {
  const listPath = require.resolve('@vntk/dictionary/data/Viet74K.txt');
  const { version } = JSON.parse(readFileSync(require.resolve('@vntk/dictionary/package.json'), 'utf8')) as { version: string };
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

const viet74k = loadViet74k();
/** Multi-syllable words, lower case with diacritics (new tone style): "thông tin", "thế giới". */
export const WORDS = new Set<string>(viet74k.words);
for (const word of lexicon<{ words: string[] }>('words-not-in-viet74k').words) WORDS.add(word.normalize('NFC').toLowerCase());
/** Every Vietnamese syllable, lower case with its diacritics: "thông", "sở", "an". */
export const SYLLABLES = new Set<string>(viet74k.syllables);
// Family names are Vietnamese syllables even where the word list lacks them ("Nguyễn").
for (const s of SURNAMES) SYLLABLES.add(s);
