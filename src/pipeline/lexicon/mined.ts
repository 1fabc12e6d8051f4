// Names and counts mined from a news archive (`kg lexicon mine`, code in src/mining/; data in
// data/mined/). Loaded once. The rules consult them with guards: a count is evidence, never
// a name list to match blindly.
import { existsSync } from 'node:fs';
import { foldKey } from '../../domain/fold.ts';
import { loadLexicon } from './load-lexicon.ts';

interface Mined<Row> {
  articles: number;
  rows: Row[];
}

/** A mined file, or no rows when it is absent (a checkout that has not mined yet still extracts). */
function loadMined<Row>(name: string): Mined<Row> {
  if (!existsSync(new URL(`./data/mined/${name}.json`, import.meta.url))) return { articles: 0, rows: [] };
  return loadLexicon<Mined<Row>>(`mined/${name}`);
}

let enabled = true;

/**
 * The miner turns the mined data off while it counts, so that a re-mine counts the rules' own
 * reading of the text, not a reading already shaped by the previous mined data.
 */
export function useMinedData(on: boolean): void {
  enabled = on;
}

/** How often a capitalised Latin-script run was seen, and in which contexts. */
export interface LatinEvidence {
  total: number;
  organisation: number;
  person: number;
  place: number;
  software: number;
  product: number;
  event: number;
}

const latinRows = loadMined<[string, number, number, number, number, number, number, number]>('latin-runs');
const LATIN = new Map<string, LatinEvidence>();
for (const [name, total, organisation, person, place, software, product, event] of latinRows.rows) {
  LATIN.set(name, { total, organisation, person, place, software, product, event });
}

export function latinEvidence(run: string): LatinEvidence | undefined {
  return enabled ? LATIN.get(run) : undefined;
}

export type LatinVerdict = 'organisation' | 'person' | 'not-organisation' | 'unknown';

/** Least sightings in a context before it tells what a run is. */
const MIN_SEEN = 3;

/**
 * What the archive says a capitalised Latin run is: an organisation when organisation contexts
 * ("hãng X", "ngân hàng X", "X (ABC)") are seen three times at least, in one sighting in a hundred
 * at least, outnumber person and place ones together and outweigh software and product ones; a person when person contexts ("ông X", "Tổng thống X")
 * clearly win; not an organisation when it is never in an organisation's context but is seen in
 * a software, product, person or place one ("Page Setup" after "chọn mục", "Kerry" after "ông").
 */
export function latinVerdict(run: string): LatinVerdict {
  const e = enabled ? LATIN.get(run) : undefined;
  if (!e) return 'unknown';
  if (e.organisation >= MIN_SEEN && 100 * e.organisation >= e.total && e.organisation > e.person + e.place && 2 * e.organisation >= e.software + e.product) return 'organisation';
  if (e.person >= MIN_SEEN && e.person > 2 * e.organisation && e.person >= e.place) return 'person';
  // Never in an organisation's context, and seen in another kind often enough to tell.
  if (e.organisation === 0 && (e.software >= 2 || e.software + e.product >= MIN_SEEN || e.person + e.place + e.event >= MIN_SEEN)) return 'not-organisation';
  // A word, not an acronym, far more often a place ("sân vận động San Siro", "thành phố
  // Birmingham"), a menu item ("chọn mục Next") or an event ("hội chợ Expro") than an
  // organisation: a stray "hãng X" does not make it a company. Products are left out: makers are
  // named by their products ("xe Honda", "máy bay Boeing"). Acronyms are left to the rules above
  // ("BHXH" follows "mục" too).
  if (/\p{Ll}/u.test(run)) {
    if (e.place >= MIN_SEEN && e.place > PLACE_OVER_ORGANISATION * e.organisation && e.place >= e.person) return 'not-organisation';
    if (e.software >= MIN_SEEN && e.software > SOFTWARE_OVER_ORGANISATION * e.organisation) return 'not-organisation';
    if (e.event >= MIN_SEEN && e.event > EVENT_OVER_ORGANISATION * e.organisation) return 'not-organisation';
  }
  // Seen often and (almost) never after "hãng", "công ty", "tập đoàn"…: a footballer or a
  // politician named by surname ("Ballack", "Deco"), not a company. Acronyms are left alone:
  // bodies such as "IEA" are rarely written with a head noun.
  // Only one-word runs: a footballer's surname; "Vietnam Report" or "Moody's" are spelled as brands.
  if (e.total >= WELL_SEEN && NEVER_SHARE * e.organisation < e.total && /^\p{Lu}\p{Ll}+$/u.test(run)) return 'not-organisation';
  return 'unknown';
}

/**
 * Place contexts per organisation context before a run is a place: "Milan" (28 to 9) is also a
 * club, "San Siro" (39 to 1) and "Stamford Bridge" (19 to 2) are stadiums.
 */
const PLACE_OVER_ORGANISATION = 4;
/** The same for menu and program contexts, which a bank's card also gets ("thẻ Incombank": 3 to 1). */
const SOFTWARE_OVER_ORGANISATION = 4;
/**
 * Events, storms and contests ("hội chợ Expro", "bão Katrina") need only outnumber organisation
 * contexts: the words seen so in the archive ("Olympic" 21 to 15, "Cannes" 31 to 1, "Covid",
 * "Comdex") are no organisations; a body's meeting ("hội nghị APEC") is named by an acronym,
 * left to the rules above.
 */
const EVENT_OVER_ORGANISATION = 1;

/** Sightings after which a run's lack of organisation contexts is telling. */
const WELL_SEEN = 20;
/** A run with fewer organisation contexts than one in this many sightings is never named as one. */
const NEVER_SHARE = 200;

const headedRows = loadMined<[string, number]>('headed-names');
const HEADED = new Map<string, number>();
for (const [name, count] of headedRows.rows) HEADED.set(foldKey(name), (HEADED.get(foldKey(name)) ?? 0) + count);

/** How often the archive names an organisation this way after its head noun (0 when below the threshold). */
export function headedCount(name: string): number {
  return enabled ? (HEADED.get(foldKey(name)) ?? 0) : 0;
}

/** Sightings a name needs before its usual continuation is trusted (one reposted story is not enough). */
const MIN_NAME_FOR_CONTINUATION = 10;

const continuationRows = loadMined<[string, string, number]>('continuations');
const CONTINUATIONS = new Map<string, Map<string, number>>();
/**
 * The same continuations by the last two syllables of the names that take them ("Cảnh sát" +
 * "biển": "Bộ Tư lệnh Cảnh sát", "Bộ Tư lệnh Vùng Cảnh sát"), for a name the archive saw
 * too rarely to have its own ("Đảng ủy Cảnh sát | biển").
 */
const CORE_CONTINUATIONS = new Map<string, Set<string>>();
for (const [name, words, count] of continuationRows.rows) {
  const key = foldKey(name);
  const byWords = CONTINUATIONS.get(key) ?? new Map<string, number>();
  byWords.set(words, (byWords.get(words) ?? 0) + count);
  CONTINUATIONS.set(key, byWords);
  const core = nameCore(name);
  if (core) {
    const coreKey = `${core}|${words}`;
    CORE_CONTINUATIONS.set(coreKey, (CORE_CONTINUATIONS.get(coreKey) ?? new Set<string>()).add(key));
  }
}

/** Distinct names (by folded key) that must share a core's continuation before it is trusted. */
const MIN_NAMES_FOR_CORE = 2;

/** The folded last two syllables of a name when they start with a capital ("Cảnh sát"), else null. */
function nameCore(name: string): string | null {
  const syllables = name.split(/\s+/);
  const core = syllables.slice(-2);
  return syllables.length > 2 && /^\p{Lu}/u.test(core[0]!) ? foldKey(core.join(' ')) : null;
}

/** Whether names ending like this one ("… Cảnh sát") go on with these words in the archive ("biển"). */
export function coreContinues(name: string, words: string): boolean {
  const core = enabled ? nameCore(name) : null;
  return core !== null && (CORE_CONTINUATIONS.get(`${core}|${words}`)?.size ?? 0) >= MIN_NAMES_FOR_CORE;
}

/** Share of a name's sightings that must go on the same way before a stop word may open the continuation. */
const SETTLED_CONTINUATION = 0.8;

/**
 * Whether most of the archive's sightings of a name go on with these lowercase words
 * ("Cục Kiểm tra" + "sau thông quan"): then they are part of the name, not of the sentence.
 * With `settled`, nearly all of them must ("Cục Kiểm tra | sau thông quan" starts with "sau",
 * a word that ends most names).
 */
export function continuesName(name: string, words: string, settled = false): boolean {
  const total = headedCount(name);
  if (total < MIN_NAME_FOR_CONTINUATION) return false;
  const count = enabled ? (CONTINUATIONS.get(foldKey(name))?.get(words) ?? 0) : 0;
  return count > 0 && (!settled || count >= SETTLED_CONTINUATION * total);
}

const numberedRows = loadMined<[string, string, number]>('numbered-names');
/** "ban chi dao|389": the numbers the archive names units by, after their names (the miner applied the thresholds). */
const NUMBERED = new Set(numberedRows.rows.map(([name, label]) => `${foldKey(name)}|${label}`));

/** Whether the archive names a unit by this number after this name ("Ban Chỉ đạo" + "389", "Đội Quản lý thị trường" + "số 3"). */
export function numberedUnit(name: string, label: string): boolean {
  return enabled && NUMBERED.has(`${foldKey(name)}|${label}`);
}

const aliasRows = loadMined<[string, string, number]>('aliases');
/** Least count of an alias pair before it is used. */
const MIN_ALIAS = 3;
const ALIASES = new Map<string, string[]>();
const EXPANSIONS = new Map<string, Map<string, number>>();
for (const [name, alias, count] of aliasRows.rows) {
  if (count < MIN_ALIAS) continue;
  const key = foldKey(name);
  ALIASES.set(key, [...(ALIASES.get(key) ?? []), alias]);
  const byName = EXPANSIONS.get(alias) ?? new Map<string, number>();
  byName.set(name, (byName.get(name) ?? 0) + count);
  EXPANSIONS.set(alias, byName);
}

/** Aliases the archive states for a name in brackets ("Ngân hàng Thế giới" → "WB", "World Bank"). */
export function minedAliases(name: string): string[] {
  return enabled ? (ALIASES.get(foldKey(name)) ?? []) : [];
}

/**
 * The one name an acronym or English name stands for, when the archive agrees: at least
 * four in five of its bracketed uses expand it the same way ("NHNN" → "Ngân hàng Nhà nước").
 */
export function minedExpansion(alias: string): string | null {
  const byName = enabled ? EXPANSIONS.get(alias) : undefined;
  if (!byName) return null;
  let best: string | null = null;
  let bestCount = 0;
  let total = 0;
  for (const [name, count] of byName) {
    total += count;
    if (count > bestCount) [best, bestCount] = [name, count];
  }
  return best !== null && bestCount * 5 >= total * 4 ? best : null;
}
