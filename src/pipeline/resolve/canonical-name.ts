// The name an entity's id and identity key are computed from, chosen so that the same real
// thing gets the same one in any article:
//   "Sở TT&TT TP Đà Nẵng"      → "Sở Thông tin và Truyền thông Đà Nẵng"  (abbreviations, TP prefix)
//   "WB", "World Bank"          → "Ngân hàng Thế giới"                   (known-org lexicon)
//   "Ford Motor"                → "Ford"                                 (corporate suffix)
//   "Tổng cục Du lịch VN"       → "Tổng cục Du lịch"                     (national suffix of a headed org)
//   "Quyết định số 2534/QĐ-BCT" → "Quyết định 2534/QĐ-BCT"
import type { Mention } from '../../domain/pipeline.ts';
import { ABBREVIATIONS, NAME_WORDS, phraseKey } from '../lexicon/entity-lexicons.ts';
import { KNOWN_ORG_INDEX } from '../lexicon/known-orgs.ts';
import { tokenize } from '../lexicon/tokens.ts';

/** Public bodies whose names may add or drop "Việt Nam" (the country is implied). */
const NATIONAL_HEADS = /^(Bộ|Tổng cục|Cục|Vụ|Hiệp hội|Hội|Liên hiệp|Liên đoàn|Công đoàn|Đài|Thông tấn xã|Ủy ban|Uỷ ban|Viện|Học viện|Kho bạc)\s/u;
const EXPAND = new Map(Object.entries(ABBREVIATIONS.expand));
const PLACE_PREFIX = new Set(ABBREVIATIONS.placePrefixes.map(phraseKey));
const SUFFIXES = new Set(ABBREVIATIONS.corporateSuffixes.map(phraseKey));

/** The known organization a name stands for ("WB" → "Ngân hàng Thế giới"), if any. */
export function knownOrg(name: string): string | null {
  const tokens = tokenize(name, 0, name.length);
  const m = KNOWN_ORG_INDEX.match(tokens, 0, () => true);
  return m && m.end === tokens.length ? m.entry.value : null;
}

export function canonicalName(m: Mention): string {
  if (m.type === 'Place') return m.name;
  if (m.type === 'Document') return m.name.replace(/\s+số\s+/u, ' ');
  if (m.type !== 'Organization') return m.name;
  const known = knownOrg(m.name) ?? m.aliases.map(knownOrg).find((k) => k !== null);
  if (known) return known;
  const companyCore = m.rule === 'org-head' ? m.aliases.find((a) => !/^[\p{Lu}\p{N}&-]+$/u.test(a) && m.name.endsWith(a)) : undefined;
  if (companyCore) return stripSuffixes(companyCore);
  // "Trường Đại học X" = "Đại học X" = "Trường ĐH X".
  const expanded = expandOrgName(m.name).replace(/^Trường\s+(?=(Đại học|Cao đẳng|Học viện)\s)/u, '');
  // "Tổng cục Du lịch VN" = "Tổng cục Du lịch"; but "Công ty Cổ phần Sữa Việt Nam" keeps its country.
  return m.rule === 'org-head' && NATIONAL_HEADS.test(expanded) ? expanded.replace(/\s+Việt Nam$/u, '') : m.rule === 'org-head' ? expanded : stripSuffixes(expanded);
}

/** "Sở TT&TT TP Đà Nẵng" → "Sở Thông tin và Truyền thông Đà Nẵng". */
export function expandOrgName(name: string): string {
  const tokens = tokenize(name, 0, name.length);
  const parts: string[] = [];
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    if (i > 0 && PLACE_PREFIX.has(t.fold) && next?.cap) return;
    const prev = tokens[i - 1];
    if (prev && DASH.test(t.gap)) {
      // "Bộ GD – ĐT" = "Bộ GD-ĐT"; "Bộ Giáo dục - Đào tạo" = "Bộ Giáo dục và Đào tạo".
      if (prev.acronym && t.acronym) {
        const joined = `${prev.text}-${t.text}`;
        parts[parts.length - 1] = EXPAND.get(joined) ?? joined;
        return;
      }
      if (NAME_WORDS.has(phraseKey([t.lower, next?.lower ?? ''].join(' ').trim())) || NAME_WORDS.has(t.fold)) parts.push('và');
    }
    parts.push(EXPAND.get(t.text) ?? t.text);
  });
  return parts.join(' ');
}

const DASH = /^ [-–] $/u;

/** "Ford Motor" → "Ford", "Samsung Electronics Co.Ltd" → "Samsung Electronics". */
function stripSuffixes(name: string): string {
  const tokens = tokenize(name, 0, name.length);
  let end = tokens.length;
  while (end > 1 && SUFFIXES.has(tokens[end - 1]!.fold)) end--;
  const last = tokens[end - 1];
  return last ? name.slice(0, last.end) : name;
}
