// Places from the gazetteers ("Đà Nẵng", "TP Đà Nẵng", "Hàn Quốc", "châu Á - Thái Bình Dương"),
// plus "TP/tỉnh/xã + capitalised name" for towns the gazetteers lack ("TP Pleiku").
// Capitalisation is required; "Bình Dương" inside "Thái Bình Dương" loses to the longer match.
import { TIER, span, type Candidate, type SentenceContext } from './candidate.ts';
import { PLACE_PREFIXES, PLACES } from '../../lexicon/gazetteer.ts';
import { HONORIFICS, NAME_STOPS, NEED_CONTEXT_PLACES, NOT_PLACE_AFTER, PLURALS, SURNAMES, SYLLABLES, WORDS } from '../../lexicon/entity-lexicons.ts';
import { headAt, placeAt, titleAt } from './names.ts';
import { isSpaceGap, type Token } from '../../lexicon/tokens.ts';

/** Prefixes after which any capitalised name is a place (not "nước": "nước Anh" needs the gazetteer). */
const OPEN_PREFIXES = new Set(['tp', 'thanhpho', 'tinh', 'huyen', 'quan', 'xa', 'phuong', 'thixa', 'thitran']);

export function recognizePlaces(ctx: SentenceContext): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const c = gazetteerPlace(ctx, i) ?? prefixedName(ctx, i) ?? districtOfNamedProvince(ctx, i);
    if (c) out.push(c);
    out.push(...listedAfterPrefix(ctx, i));
  }
  return out;
}

/** Longest list of places read after one plural prefix. */
const MAX_LISTED = 20;

/**
 * "các xã Vạn Thọ, Đại Lãnh, Vạn Phước và Xuân Sơn", "ba phường Hòa Minh, Hòa Khánh": one plural
 * prefix for a list of names, each a place. Only after "các", "những" or a count, and only
 * names of one to three capitalised Vietnamese syllables; the list ends at anything else.
 */
function listedAfterPrefix(ctx: SentenceContext, i: number): Candidate[] {
  const { tokens } = ctx;
  const prev = tokens[i - 1];
  // Cheap tests first: this runs at every token.
  if (!prev || tokens[i]!.cap || !(PLURALS.has(prev.lower) || /^\d+$/.test(prev.text))) return [];
  const prefix = PLACE_PREFIXES.match(tokens, i, () => true);
  if (!prefix) return [];
  if (!LIST_PREFIXES.has(tokens.slice(i, prefix.end).map((t) => t.fold).join(''))) return [];
  const out: Candidate[] = [];
  let j = listedName(tokens, prefix.end);
  while (j !== null && out.length < MAX_LISTED) {
    const sep = tokens[j];
    let from = j;
    if (sep && /^, $/.test(sep.gap) && sep.cap) from = j;
    else if (sep && sep.lower === 'và' && isSpaceGap(sep.gap) && tokens[j + 1]?.cap && isSpaceGap(tokens[j + 1]!.gap)) from = j + 1;
    else break;
    const end = listedName(tokens, from);
    // "…, Nguyễn Văn Hùng cho biết": three syllables after a family name are a person, not the next place.
    if (end === null || (end - from === 3 && SURNAMES.has(tokens[from]!.lower))) break;
    const s = span(ctx, from, end);
    out.push({ type: 'Place', ...s, name: s.text, aliases: [], confidence: 0.7, rule: 'place-listed', tier: TIER.place });
    j = end;
  }
  return out;
}

/** Administrative prefixes a list of names may share: "các xã", "hai huyện", "các tỉnh". */
const LIST_PREFIXES = new Set(['tinh', 'huyen', 'quan', 'xa', 'phuong', 'thixa', 'thitran']);

/** End of a listed place name at tokens[i]: one to three capitalised Vietnamese syllables, else null. */
function listedName(tokens: Token[], i: number): number | null {
  let j = i;
  while (j < tokens.length && j - i < 3) {
    const t = tokens[j]!;
    if (!t.cap || t.acronym || !SYLLABLES.has(t.lower) || (j > i && !isSpaceGap(t.gap))) break;
    if (headAt(tokens, j) !== null || titleAt(tokens, j) !== null || PLACE_PREFIXES.match(tokens, j, () => true) !== null) break;
    j++;
  }
  return j > i ? j : null;
}

function gazetteerPlace(ctx: SentenceContext, i: number): Candidate | null {
  const { tokens } = ctx;
  const m = placeAt(tokens, i);
  if (!m) return null;
  if (!m.prefixed && !standsAlone(tokens, i, m.end)) return null;
  const s = span(ctx, i, m.end);
  return { type: 'Place', ...s, name: m.canonical, aliases: [], confidence: m.prefixed ? 0.9 : 0.8, rule: 'place-gazetteer', tier: m.prefixed ? TIER.prefixedPlace : TIER.place };
}

/** An unprefixed gazetteer name at tokens[i..end) that is a place on its own, not part of another name. */
function standsAlone(tokens: Token[], i: number, end: number): boolean {
  const first = tokens[i]!;
  const next = tokens[end];
  if (!tokens.slice(i, end).some((t) => t.cap)) return false;
  const prev = tokens[i - 1];
  // "Lê Hồng Phong", "Ngân hàng TMCP Đông Nam Á": inside a longer capitalised name.
  if (first.cap && prev && prev.cap && isSpaceGap(first.gap) && !NAME_STOPS.has(prev.lower)) return false;
  if (next && next.cap && isSpaceGap(next.gap) && !startsSomethingElse(tokens, end) && !afterTitle(tokens, i)) return false;
  // "Ý kiến …", "Mỹ phẩm …" opening a sentence or a clause: a one-syllable place that starts a word
  // of the word list is that word in sentence case (mid-sentence "sang Mỹ học tập" stays a place).
  const clauseStart = i === 0 || /[:;"“(]\s*$/.test(first.gap);
  if (clauseStart && end === i + 1 && next && !next.cap && isSpaceGap(next.gap) && WORDS.has(`${first.lower} ${next.lower}`)) return false;
  if (NEED_CONTEXT_PLACES.has(tokens.slice(i, end).map((t) => t.fold).join(''))) {
    if (i === 0 || (prev && (HONORIFICS.has(prev.lower) || SURNAMES.has(prev.lower)))) return false;
  }
  return true;
}

/**
 * "… quà cho ba huyện (Núi Thành, Phú Ninh, Hiệp Đức)": a district named without
 * "huyện/quận" is a place when the article also names its province ("Quảng Nam").
 */
function districtOfNamedProvince(ctx: SentenceContext, i: number): Candidate | null {
  const end = districtEnd(ctx, i);
  if (end === null) return null;
  const prev = ctx.tokens[i - 1];
  if ((prev && NOT_PLACE_AFTER.has(prev.lower)) || !standsAlone(ctx.tokens, i, end)) return null;
  const s = span(ctx, i, end);
  return { type: 'Place', ...s, name: s.text, aliases: [], confidence: 0.7, rule: 'place-district', tier: TIER.place };
}

/** End of a capitalised district name at tokens[i] whose province the article names, or null. */
export function districtEnd(ctx: SentenceContext, i: number): number | null {
  if (ctx.provinces.size === 0) return null;
  const m = PLACES.match(ctx.tokens, i);
  const value = m?.entry.value;
  if (!m || !value?.needsPrefix || !value.provinces?.some((p) => ctx.provinces.has(p))) return null;
  return ctx.tokens.slice(i, m.end).every((t) => t.cap) ? m.end : null;
}

/** A capitalised word after the place may start the next thing: a place, an organization, a title. */
function startsSomethingElse(tokens: Token[], i: number): boolean {
  return placeAt(tokens, i) !== null || headAt(tokens, i) !== null || titleAt(tokens, i) !== null;
}

/** "TP Pleiku", "xã Cư M’gar", "TP Ban Mê Thuột": up to three capitalised syllables after an administrative prefix. */
function prefixedName(ctx: SentenceContext, i: number): Candidate | null {
  const { tokens } = ctx;
  const prefix = PLACE_PREFIXES.match(tokens, i, () => true);
  if (!prefix) return null;
  const key = tokens.slice(i, prefix.end).map((t) => t.fold).join('');
  if (!OPEN_PREFIXES.has(key)) return null;
  let j = prefix.end;
  while (j < tokens.length && j - prefix.end < 3) {
    const t = tokens[j]!;
    if (!t.cap || t.acronym || /\d/.test(t.text) || !(isSpaceGap(t.gap) || (j === prefix.end && /^\.\s?$/.test(t.gap)))) break;
    if (j > prefix.end && (headAt(tokens, j) !== null || titleAt(tokens, j) !== null)) break;
    j++;
  }
  if (j === prefix.end) return null;
  // "UBND tỉnh | Nguyễn Tự Công Hoàng": a person's name, not a town.
  if (SURNAMES.has(tokens[prefix.end]!.lower) && j - prefix.end >= 2) return null;
  const s = span(ctx, i, j);
  const name = ctx.text.slice(tokens[prefix.end]!.start, tokens[j - 1]!.end);
  return { type: 'Place', ...s, name, aliases: [], confidence: 0.75, rule: 'place-prefixed', tier: TIER.prefixedPlace };
}

/** "Tổng thống Hàn Quốc Moon Jae In", "Đại sứ Mỹ John …": the place qualifies the title before it. */
function afterTitle(tokens: Token[], i: number): boolean {
  for (let k = Math.max(0, i - 3); k < i; k++) if (titleAt(tokens, k) === i) return true;
  return false;
}
