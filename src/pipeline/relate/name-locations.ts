// LOCATED_IN read off a name: "Sở Thông tin và Truyền thông TP Đà Nẵng" ends in the place
// "Đà Nẵng", so the Sở is LOCATED_IN Đà Nẵng. Only places the article names as entities.
import { foldText } from '../../domain/fold.ts';
import type { Mention, Resolution, ResolvedEntity } from '../../domain/pipeline.ts';
import { PROVINCES } from '../lexicon/gazetteer.ts';
import type { Candidate } from './fact-store.ts';
import type { SentenceFrame } from './sentence-frame.ts';

const LOCATABLE = new Set(['Organization', 'Event', 'Project']);
// "… TP Đà Nẵng", "… tỉnh Gia Lai", "… tại Hà Nội": what may stand right before the place.
const PLACE_LEAD = new Set(['tp', 'thanh pho', 'tinh', 'tai', 'o', 'quan', 'huyen', 'thi xa']);
// "Ngân hàng Đông Á", "Tập đoàn Hoành Sơn": a firm's head noun then a place word is the firm's
// brand, not where it stands ("Ngân hàng Nhà nước TP HCM" has more before the place).
const BRAND_HEAD = new Set(['ngan hang', 'cong ty', 'tap doan', 'hang', 'tong cong ty']);

// "Đại sứ quán Nhật Bản" stands in the host country: the country in its name is the sender's.
const REPRESENTATION = new Set(['dai su quan', 'tong lanh su quan', 'lanh su quan']);

/**
 * Provinces whose names hold another place's: "Thừa Thiên Huế" ends in the city "Huế", "Bà Rịa
 * - Vũng Tàu" in "Vũng Tàu". A name that ends in the province is not in the city. (Not
 * countries: "Liên bang Nga" holds "Nga", the same country.)
 */
const NESTING_PLACES = new Set([...PROVINCES].map(foldText).filter((name) => name.includes(' ')));

function placeNames(entity: ResolvedEntity): string[] {
  return [...new Set([entity.name, ...entity.aliases].map(foldText).filter((n) => n.length >= 2))];
}

/** Folded place name → place ids, so each name is looked up by its endings, not by every place. */
function placeIndex(resolution: Resolution): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const e of resolution.entities) {
    if (e.type !== 'Place') continue;
    for (const n of placeNames(e)) index.set(n, [...(index.get(n) ?? []), e.id]);
  }
  return index;
}

/**
 * "so y te tp da nang" → the places named "da nang" (with enough name before them). Only the
 * place the name ends in counts, not a shorter one inside it: "Sở TDTT Thừa Thiên Huế" is in
 * the province, not in the city of Huế the article may also name, even when the article never
 * names the province. A shorter ending of the same place is that place ("UBND | tỉnh Khánh
 * Hòa" → "Khánh Hòa", where the article's place is also written "tỉnh Khánh Hòa").
 */
function placesAtEnd(own: string, index: Map<string, string[]>): string[] {
  const words = own.split(' ');
  let endsIn: string[] | null = null;
  for (let i = 1; i < words.length; i += 1) {
    const ending = words.slice(i).join(' ');
    const ids = index.get(ending);
    if (!ids) {
      if (endsIn === null && NESTING_PLACES.has(ending)) return [];
      continue;
    }
    if (endsIn !== null && !ids.some((id) => endsIn!.includes(id))) return [];
    const rest = words.slice(0, i);
    const lead = rest.slice(-2).join(' ');
    if (BRAND_HEAD.has(rest.join(' ')) || REPRESENTATION.has(rest.join(' '))) return [];
    if (rest.length >= 2 || PLACE_LEAD.has(rest[rest.length - 1] ?? '') || PLACE_LEAD.has(lead)) return ids;
    endsIn ??= ids;
  }
  return [];
}

export function nameLocations(frames: SentenceFrame[], mentions: Mention[], resolution: Resolution): Candidate[] {
  const index = placeIndex(resolution);
  if (index.size === 0) return [];
  const out: Candidate[] = [];
  for (const frame of frames) {
    for (const slot of frame.slots) {
      if (!LOCATABLE.has(slot.type)) continue;
      const own = foldText(mentions[slot.mention]?.text ?? slot.text);
      for (const place of new Set(placesAtEnd(own, index))) {
        if (place === slot.entityId) continue;
        out.push({
          subject: slot.entityId,
          predicate: 'LOCATED_IN',
          object: place,
          qualifiers: {},
          confidence: 0.7,
          sentence: frame.sentence,
          rule: 'name-ends-in-place',
        });
      }
    }
  }
  return out;
}
