// Places from the gazetteers ("Đà Nẵng", "TP Đà Nẵng", "Hàn Quốc", "châu Á - Thái Bình Dương"),
// plus "TP/tỉnh/xã + capitalised name" for towns the gazetteers lack ("TP Pleiku").
// Capitalisation is required; "Bình Dương" inside "Thái Bình Dương" loses to the longer match.
import { TIER, span, type Candidate, type SentenceContext } from './candidate.ts';
import { PLACE_PREFIXES } from './gazetteer.ts';
import { HONORIFICS, NAME_STOPS, NEED_CONTEXT_PLACES, SURNAMES } from './lexicons.ts';
import { headAt, placeAt, titleAt } from './names.ts';
import { isSpaceGap, type Token } from './tokens.ts';

/** Prefixes after which any capitalised name is a place (not "nước": "nước Anh" needs the gazetteer). */
const OPEN_PREFIXES = new Set(['tp', 'thanhpho', 'tinh', 'huyen', 'quan', 'xa', 'phuong', 'thixa', 'thitran']);

export function recognizePlaces(ctx: SentenceContext): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const c = gazetteerPlace(ctx, i) ?? prefixedName(ctx, i);
    if (c) out.push(c);
  }
  return out;
}

function gazetteerPlace(ctx: SentenceContext, i: number): Candidate | null {
  const { tokens } = ctx;
  const m = placeAt(tokens, i);
  if (!m) return null;
  const first = tokens[i]!;
  const next = tokens[m.end];
  if (!m.prefixed) {
    if (!tokens.slice(i, m.end).some((t) => t.cap)) return null;
    const prev = tokens[i - 1];
    // "Lê Hồng Phong", "Ngân hàng TMCP Đông Nam Á": inside a longer capitalised name.
    if (first.cap && prev && prev.cap && isSpaceGap(first.gap) && !NAME_STOPS.has(prev.lower)) return null;
    if (next && next.cap && isSpaceGap(next.gap) && !startsSomethingElse(tokens, m.end) && !afterTitle(tokens, i)) return null;
    if (NEED_CONTEXT_PLACES.has(tokens.slice(i, m.end).map((t) => t.fold).join(''))) {
      if (i === 0 || (prev && (HONORIFICS.has(prev.lower) || SURNAMES.has(prev.lower)))) return null;
    }
  }
  const s = span(ctx, i, m.end);
  return { type: 'Place', ...s, name: m.canonical, aliases: [], confidence: m.prefixed ? 0.9 : 0.8, rule: 'place-gazetteer', tier: m.prefixed ? TIER.prefixedPlace : TIER.place };
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
