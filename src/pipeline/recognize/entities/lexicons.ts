// Loads the entity lexicons (src/pipeline/lexicon/entity-*.json) once, at module load,
// into the Sets and Maps the rules look up. Nothing here runs per article.
import { readFileSync } from 'node:fs';
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
  awardGeneric: string[];
  project: string[];
  projectNeedsQuote: string[];
  event: string[];
  document: string[];
  documentNumbered: string[];
  plural: string[];
  nameStops: string[];
  anaphorDemonstratives: string[];
  anaphorTypes: Record<string, string>;
}>('entity-cues');
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
// would also parse an 11 MB definitions file we do not need. Built with a few whole-text
// operations rather than per-line trimming and splitting (that cost ~60 ms of start-up).
const viet74k = readFileSync(require.resolve('@vntk/dictionary/data/Viet74K.txt'), 'utf8').toLowerCase();

/**
 * Multi-syllable words, lower case with diacritics (new tone style): "thông tin", "thế giới".
 * Holds every line of the list: rules only ask about space-joined token forms (no hyphen, no
 * old tone style), so single syllables, hyphenated loanwords and raw old-style lines never match.
 */
export const WORDS = new Set<string>(viet74k.split('\n'));
/** Every Vietnamese syllable, lower case with its diacritics: "thông", "sở", "an". */
export const SYLLABLES = new Set<string>(viet74k.replace(/^.*-.*$/gm, '').match(/\S+/g));
// Lines in the old tone style ("hoà bình") also go in under the new style ("hòa bình").
// (No `u` flag: the list is NFC, each of these letters is one code unit; twice as fast.)
const OLD_STYLE_LINE = /^.*[ou][àáảãạèéẻẽẹỳýỷỹỵ](?: .*)?$/gm;
for (const line of viet74k.match(OLD_STYLE_LINE) ?? []) {
  const entry = line.trim();
  if (entry.includes('-')) continue;
  const converted = entry.split(' ').map(newToneStyle);
  WORDS.add(converted.join(' '));
  for (const s of converted) SYLLABLES.add(s);
}
// A few lines end in a space ("xuân thu ").
for (const line of viet74k.match(/^.* +$/gm) ?? []) WORDS.add(line.trim());
// Family names are Vietnamese syllables even where the word list lacks them ("Nguyễn").
for (const s of SURNAMES) SYLLABLES.add(s);
