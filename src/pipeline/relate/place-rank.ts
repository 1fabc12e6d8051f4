// How big a place is, so that "A, B" is read as containment only when A is smaller than B:
// "Lục Ngạn, Bắc Giang" (a district, a province) and "xã Tân Minh, huyện Hàm Thuận" are;
// "Bắc Ninh, Hưng Yên", "Thái Lan, Singapore", "châu Mỹ, châu Âu" (items of a list) are not.
// The size comes from the word before the name ("xã", "huyện", "tỉnh"…) or from the gazetteer.
import { PLACE_LEXICON } from '../lexicon/entity-lexicons.ts';
import { PLACES, PROVINCES } from '../lexicon/gazetteer.ts';
import { sameWords } from '../lexicon/phrase-index.ts';
import { tokenize } from '../lexicon/tokens.ts';
import type { MatchContext } from './rule-types.ts';
import type { Slot } from './sentence-frame.ts';

/** Commune or ward < district < city < province < country or region. Unknown names rank as communes. */
const RANK = { commune: 0, unknown: 0.5, district: 1, city: 1.5, province: 2, country: 3 } as const;

const HEADS: Array<[RegExp, number]> = [
  [/(?:^|\s)(?:ấp|thôn|bản|xã|phường|thị trấn|khu phố)\s*$/iu, RANK.commune],
  [/(?:^|\s)(?:huyện|quận|thị xã)\s*$/iu, RANK.district],
  [/(?:^|\s)(?:thành phố|tp\.?)\s*$/iu, RANK.city],
  [/(?:^|\s)tỉnh\s*$/iu, RANK.province],
];
const HEAD_AT_START = /^(?:ấp|thôn|bản|xã|phường|thị trấn|khu phố|huyện|quận|thị xã|thành phố|tp\.?|tỉnh)\s+/iu;

const CITIES = new Set(PLACE_LEXICON.cities);
const REGIONS = new Set(PLACE_LEXICON.regions);

function headRank(before: string): number | undefined {
  for (const [re, rank] of HEADS) if (re.test(before)) return rank;
  return undefined;
}

/** The gazetteer's idea of the place's size, whatever word stood before it. */
export function gazetteerRank(name: string): number {
  const bare = name.replace(HEAD_AT_START, '');
  const tokens = tokenize(bare, 0, bare.length);
  const hit = PLACES.match(tokens, 0, sameWords);
  if (!hit || hit.end !== tokens.length) return RANK.unknown;
  const { canonical, provinces } = hit.entry.value;
  if (PROVINCES.has(canonical) || PROVINCES.has(canonical.replace(/^(?:Thành phố|Tỉnh)\s+/u, ''))) return RANK.province;
  if (provinces) return RANK.district;
  if (CITIES.has(canonical)) return RANK.district;
  if (REGIONS.has(canonical)) return RANK.country;
  return RANK.country;
}

/** The word before the mention (or opening it) says its size; else the gazetteer does. */
function slotRank(ctx: MatchContext, slot: Slot, container: boolean): number {
  const { text, start } = ctx.frame.sentence;
  const opening = slot.text.match(HEAD_AT_START)?.[0];
  const head = headRank(text.slice(Math.max(0, slot.start - start - 12), slot.start - start)) ?? (opening ? headRank(opening) : undefined);
  const known = Math.max(gazetteerRank(slot.text), gazetteerRank(slot.name));
  if (head === undefined) return known;
  // A container named "TP Hồ Chí Minh" is a province though "TP" says city; a contained
  // "quận Tân Phú" is a district whatever else bears that name.
  return container ? Math.max(head, known) : head;
}

/** "⟨A⟩, ⟨B⟩" states A LOCATED_IN B only when A is the smaller place. */
export function smallerPlace(ctx: MatchContext, a: Slot, b: Slot): boolean {
  return slotRank(ctx, a, false) < slotRank(ctx, b, true);
}

/** A province, district or commune, not a country or a region: "hỗ trợ ⟨Quảng Nam⟩", not "giúp ⟨Việt Nam⟩". */
export function localPlace(_ctx: MatchContext, _x: Slot, place: Slot): boolean {
  return Math.max(gazetteerRank(place.text), gazetteerRank(place.name)) < RANK.country;
}
