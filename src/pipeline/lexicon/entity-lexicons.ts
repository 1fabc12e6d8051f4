// The entity lexicons (data/entity-*.json) and the Viet74K word list, loaded once at module
// load into the Sets and Maps the rules look up. Nothing here runs per article.
import { foldText } from '../../domain/fold.ts';
import { loadLexicon as lexicon } from './load-lexicon.ts';
import { loadViet74k } from './viet74k.ts';

/** "Sở Thông tin" → "so thong tin": the key lexicon phrases are stored under. */
export function phraseKey(value: string): string {
  return foldText(value);
}

const orgHeads = lexicon<{
  heads: string[];
  companyHeads: string[];
  personNamedHeads: string[];
  givenNameHeads: string[];
  anaphorHeads: string[];
  standalone: string[];
  standaloneNotBefore: string[];
  countryBodies: string[];
  subtypeWords: string[];
  nameWords: string[];
  nameVerbs: string[];
  degreeHeads: string[];
  degreeBefore: string[];
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
  statePrefixes: string[];
}>('entity-places');
export const CUES = lexicon<{
  award: string[];
  englishAwardEnds: string[];
  englishEventEnds: string[];
  englishEventStarts: string[];
  englishSoftwareEnds: string[];
  awardGeneric: string[];
  project: string[];
  projectNeedsQuote: string[];
  event: string[];
  document: string[];
  documentNumbered: string[];
  plural: string[];
  nameStops: string[];
  clauseOpeners: string[];
  anaphorDemonstratives: string[];
  anaphorSubjectVerbs: string[];
  anaphorTypes: Record<string, string>;
}>('entity-cues');
export const ENGLISH_AWARD_ENDS = new Set(CUES.englishAwardEnds);
export const ENGLISH_EVENT_ENDS = new Set(CUES.englishEventEnds);
export const ENGLISH_EVENT_STARTS = new Set(CUES.englishEventStarts);
export const ENGLISH_SOFTWARE_ENDS = new Set(CUES.englishSoftwareEnds);
export const CLAUSE_OPENERS = new Set(CUES.clauseOpeners);
export const ABBREVIATIONS = lexicon<{ expand: Record<string, string>; placePrefixes: string[]; corporateSuffixes: string[]; englishOrgWords: string[] }>(
  'entity-abbreviations',
);
const stopwords = lexicon<{ notEntities: string[] }>('entity-stopwords');

export const ORG_HEADS = orgHeads.heads;
export const COMPANY_HEADS = new Set(orgHeads.companyHeads.map(phraseKey));
export const PERSON_NAMED_HEADS = new Set(orgHeads.personNamedHeads.map(phraseKey));
export const GIVEN_NAME_HEADS = new Set(orgHeads.givenNameHeads.map(phraseKey));
export const ANAPHOR_HEADS = new Set(orgHeads.anaphorHeads.map(phraseKey));
export const STANDALONE_ORGS = orgHeads.standalone;
export const STANDALONE_NOT_BEFORE = new Set(orgHeads.standaloneNotBefore.map(phraseKey));
/** "Chính phủ", "Quốc hội": named with a country after them, the foreign body ("Chính phủ Nhật Bản"). */
export const COUNTRY_BODIES = new Set(orgHeads.countryBodies);
/** Both "tieu hoc" (phrase) and "tieuhoc" (token) forms. */
export const SUBTYPE_WORDS = new Set(orgHeads.subtypeWords.flatMap((w) => [phraseKey(w), phraseKey(w).replace(/ /g, '')]));
/** "ĐH", "Cao đẳng": also a level of study, after "đào tạo", "hệ"… (the words before, lower-cased). */
export const DEGREE_HEADS = new Set(orgHeads.degreeHeads.map(phraseKey));
export const DEGREE_BEFORE = new Set(orgHeads.degreeBefore);
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

const viet74k = loadViet74k();
/** Multi-syllable words, lower case with diacritics (new tone style): "thông tin", "thế giới". */
export const WORDS = new Set<string>(viet74k.words);
for (const word of lexicon<{ words: string[] }>('words-not-in-viet74k').words) WORDS.add(word.normalize('NFC').toLowerCase());
/** Every Vietnamese syllable, lower case with its diacritics: "thông", "sở", "an". */
export const SYLLABLES = new Set<string>(viet74k.syllables);
// Family names are Vietnamese syllables even where the word list lacks them ("Nguyễn").
for (const s of SURNAMES) SYLLABLES.add(s);
