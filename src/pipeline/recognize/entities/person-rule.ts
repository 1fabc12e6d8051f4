// Persons: "Bộ trưởng Park Ji Hoon", "ông Nguyễn Văn A", "Thứ trưởng Bộ Y tế Trần Quốc Bảo",
// "Mark Schultz, Giám đốc …", a bare "Lê Văn Cường" (surname + two or three syllables);
// "ông Hùng" later on is a back-reference to the person whose given name is Hùng.
import { TIER, span, type Candidate, type SentenceContext } from './candidate.ts';
import { ENGLISH_ORG_WORDS, HONORIFICS, NOT_ENTITIES, NOT_NAME_WORDS, SURNAMES, SYLLABLES } from '../../lexicon/entity-lexicons.ts';
import { headAt, placeAt, titleAt } from './names.ts';
import { PLACE_PREFIXES } from '../../lexicon/gazetteer.ts';
import { districtEnd } from './place-rule.ts';
import { isSpaceGap, type Token } from '../../lexicon/tokens.ts';

export function recognizePersons(ctx: SentenceContext, orgEnds: Map<number, number>): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const cueEnd = cueAt(tokens, i);
    if (cueEnd !== null) {
      // "Thứ trưởng Bộ Y tế Trần Quốc Bảo", "Tổng thống Chile Andrés Molina": skip the body.
      let after = orgEnds.get(cueEnd) ?? placeAt(tokens, cueEnd)?.end ?? cueEnd;
      // "Phó Chủ tịch UBND tỉnh Nguyễn Tự Công Hoàng": the province left out, the name follows.
      if (PLACE_PREFIXES.match(tokens, after, () => true)?.end === after + 1 && SURNAMES.has(tokens[after + 1]?.lower ?? '')) after++;
      const honorific = honorificAt(tokens, i);
      // "Chủ tịch Hồ Chí Minh": when nothing follows the "place", the place was the name.
      const c = namedAfterCue(ctx, after, honorific) ?? (after !== cueEnd ? namedAfterCue(ctx, cueEnd, honorific) : null);
      if (c) out.push(c);
      continue;
    }
    const bare = bareName(ctx, i);
    if (bare) out.push(bare);
  }
  return out;
}

function honorificAt(tokens: Token[], i: number): boolean {
  return HONORIFICS.has(tokens[i]?.lower ?? '');
}

/** End of a title or honorific at tokens[i] ("Phó Chủ tịch" → i+3), or null. */
function cueAt(tokens: Token[], i: number): number | null {
  if (honorificAt(tokens, i)) return i + 1;
  let end = titleAt(tokens, i);
  if (end === null) return null;
  // "PGS.TS", "GS.TS": a second title right after the first.
  while (end !== null && tokens[end] && /^[ .]*$/.test(tokens[end]!.gap)) {
    const more = titleAt(tokens, end);
    if (more === null) break;
    end = more;
  }
  return end;
}

/** Capitalised syllables that can be part of a name, from tokens[i]: at most 5. */
function nameRun(tokens: Token[], i: number): number {
  let j = i;
  while (j < tokens.length && j - i < 5) {
    const t = tokens[j]!;
    if (j > i && hyphenatedPart(tokens, j)) {
      j++;
      continue;
    }
    if (!t.cap || t.acronym || /\d/.test(t.text) || NOT_NAME_WORDS.has(t.lower) || (j === i && NOT_ENTITIES.has(t.fold))) break;
    if (j > i && !isSpaceGap(t.gap) && !afterInitial(tokens, j)) break;
    // "Trịnh Xuân Trường": a head noun ends the name only when a name follows it ("Trường Lê Quý Đôn").
    const head = headAt(tokens, j);
    if ((head !== null && tokens[head]?.cap && isSpaceGap(tokens[head]!.gap)) || (j > i && titleAt(tokens, j) !== null)) break;
    j++;
  }
  return j - i;
}

/** "Park Noh-Wan", "Kim Jong-un": a foreign given name's second part, after a hyphen with no spaces. */
function hyphenatedPart(tokens: Token[], j: number): boolean {
  const t = tokens[j]!;
  const prev = tokens[j - 1]!;
  if (t.gap !== '-' || !t.latin || !prev.latin || !prev.cap || t.acronym || prev.acronym || /\d/.test(t.text)) return false;
  return !SYLLABLES.has(t.lower) || !SYLLABLES.has(prev.lower);
}

/** "SHIMIZU Akira", "TANAKA Hiroshi": a family name in capitals before a given name (Japanese usage). */
function capitalisedFamilyName(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!t?.acronym || !t.latin || !/^[A-Z]{3,}$/.test(t.text) || !next || !isSpaceGap(next.gap)) return false;
  return next.cap && next.latin && !next.acronym && /^[A-Z][a-z]+$/.test(next.text) && !SYLLABLES.has(next.lower);
}

/** "Mariam J. Sherman": the token after a one-letter middle initial and its dot. */
function afterInitial(tokens: Token[], j: number): boolean {
  const prev = tokens[j - 1];
  return !!prev && /^[A-Z]$/.test(prev.text) && tokens[j]!.gap === '. ' && j >= 2 && tokens[j - 2]!.cap;
}

/** "Tổng giám đốc Eximbank | Lê Văn Quyết": a one-word brand between the title and a full name. */
function brandBeforeName(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!t || !next || !t.latin || SYLLABLES.has(t.lower) || !isSpaceGap(next.gap) || !SURNAMES.has(next.lower)) return false;
  const rest = nameRun(tokens, i + 1);
  return rest >= 2 && rest <= 4;
}

function namedAfterCue(ctx: SentenceContext, i: number, honorific: boolean): Candidate | null {
  const { tokens } = ctx;
  if (!honorific && brandBeforeName(tokens, i)) i++;
  const first = tokens[i];
  if (!first || !/^[ .]{1,2}$/.test(first.gap)) return null;
  const n = capitalisedFamilyName(tokens, i) ? 1 + nameRun(tokens, i + 1) : nameRun(tokens, i);
  if (n === 0 || n > 4) return null;
  const place = placeAt(tokens, i);
  // "Chủ tịch Hồ Chí Minh" is a person; "Tổng thống Hàn Quốc" is not.
  if (place && place.end >= i + n && !(n >= 3 && SURNAMES.has(first.lower))) return null;
  // "học sinh Núi Thành": a district of a province the article names.
  if (!honorific && districtEnd(ctx, i) === i + n) return null;
  const s = span(ctx, i, i + n);
  if (n === 1) {
    if (!honorific && !SURNAMES.has(first.lower) && first.latin) return null;
    return { type: 'Person', ...s, name: s.text, aliases: [], confidence: 0.6, rule: 'person-given-name', tier: TIER.anaphor, anaphor: true };
  }
  if (!honorific && isOrgLike(tokens, i, n)) return null;
  const vietnamese = SURNAMES.has(first.lower);
  const foreign = tokens.slice(i, i + n).some((t) => t.latin && !SYLLABLES.has(t.lower));
  const confidence = vietnamese ? 0.9 : foreign ? 0.8 : 0.7;
  return { type: 'Person', ...s, name: s.text, aliases: [], confidence, rule: 'person-titled', tier: TIER.titled };
}

/** "Lê Văn Cường" anywhere; "Mai Sung, Giám đốc …" and "Wang Hualin, một lái xe…" before an apposition. */
function bareName(ctx: SentenceContext, i: number): Candidate | null {
  const { tokens } = ctx;
  const first = tokens[i]!;
  const prev = tokens[i - 1];
  if (!first.cap || (prev && prev.cap && isSpaceGap(first.gap))) return null;
  const n = nameRun(tokens, i);
  if (n < 2 || n > 4) return null;
  const run = tokens.slice(i, i + n);
  const next = tokens[i + n];
  // "…, thành viên …" is an apposition; "…, thành phố Đà Nẵng" is an address.
  const apposition = !!next && /^, ?$/.test(next.gap) && (titleAt(tokens, i + n) !== null || (/^(một|thành|người|nhà|chuyên|cựu)$/.test(next.lower) && !PLACE_PREFIXES.match(tokens, i + n, () => true)));
  const vietnamese = SURNAMES.has(first.lower) && run.every((t) => SYLLABLES.has(t.lower));
  if (!apposition && !withInitial(run) && !(vietnamese && (n >= 3 || (n === 2 && inNameList(tokens, i, n))))) return null;
  if (placeAt(tokens, i) !== null || isOrgLike(tokens, i, n)) return null;
  const s = span(ctx, i, i + n);
  // An apposition or a middle initial vouches for the name more than a brand-like word does.
  const strong = apposition || withInitial(run);
  return { type: 'Person', ...s, name: s.text, aliases: [], confidence: strong ? 0.8 : 0.7, rule: 'person-bare', tier: strong ? TIER.titled : TIER.person };
}

/** "Mariam J. Sherman", "John F. Smith": given name, one-letter initial, family name. */
function withInitial(run: Token[]): boolean {
  return run.length === 3 && run.every((t) => t.latin) && /^[A-Z]$/.test(run[1]!.text) && run[2]!.gap === '. ' && run[0]!.text.length > 1 && run[2]!.text.length > 1;
}

/** "Giám đốc Orion Motor", "Chủ tịch Siemens Ấn Độ": a company after the title, not a person. */
function isOrgLike(tokens: Token[], i: number, n: number): boolean {
  if (tokens.slice(i, i + n).some((t) => ENGLISH_ORG_WORDS.has(t.fold))) return true;
  for (let k = i + 1; k < i + n; k++) if (placeAt(tokens, k)?.end === i + n && tokens[i]!.latin) return true;
  const next = tokens[i + n];
  return !!next && isSpaceGap(next.gap) && placeAt(tokens, i + n) !== null;
}

/** "Lê Mạnh, Trần Quốc Việt, Đỗ Thị Hằng": a two-syllable name listed next to full names. */
function inNameList(tokens: Token[], i: number, n: number): boolean {
  const next = tokens[i + n];
  if (next && /^, $/.test(next.gap) && SURNAMES.has(next.lower) && nameRun(tokens, i + n) >= 3) return true;
  const prev = tokens[i - 1];
  if (!prev || !/^, $/.test(tokens[i]!.gap)) return false;
  let k = i - 1;
  while (k > 0 && tokens[k]!.cap && isSpaceGap(tokens[k]!.gap)) k--;
  return i - k >= 3 && SURNAMES.has(tokens[k]!.lower);
}
