// PART_OF read off a brand name: "Intel Việt Nam" and "Microsoft Anh" are the country units of
// "Intel" and "Microsoft" when the article names those too. Only a brand followed by a country
// or province is a unit: one name merely starting with another ("Newcastle United" and
// "Newcastle", "AutoFit Window" and "AutoFit", "Daniel Radcliffe" and "Daniel") says nothing.
// Names headed by a generic noun ("Công ty …", "Bộ …") are left alone: "Bộ Y tế" is no parent
// of "Bộ Y tế Lào".
import { foldText } from '../../domain/fold.ts';
import type { Resolution, ResolvedEntity } from '../../domain/pipeline.ts';
import { cueAlternation } from './cues.ts';
import { gazetteerRank, PROVINCE_RANK } from './place-rank.ts';
import type { Candidate } from './fact-store.ts';
import type { SentenceFrame } from './sentence-frame.ts';

const GENERIC_HEAD = new RegExp(
  `^(?:${cueAlternation('unit_head')}|${cueAlternation('parent_head')}|${cueAlternation('office_head')})(?![\\p{L}\\p{M}\\p{N}])`,
  'iu',
);
/** A brand is short: "Intel", "Yahoo", "Samsung", "MobiFone". */
const MAX_BRAND_WORDS = 2;

function brandNames(entity: ResolvedEntity): string[] {
  return [entity.name, ...entity.aliases]
    .filter((n) => !GENERIC_HEAD.test(n.trim()))
    .map(foldText)
    .filter((n) => n.length >= 2 && n.split(' ').length <= MAX_BRAND_WORDS);
}

/** Folded brand name → organisation ids: a name is looked up by its first words only. */
function brandIndex(resolution: Resolution): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const e of resolution.entities) {
    if (e.type !== 'Organization') continue;
    for (const n of brandNames(e)) index.set(n, [...new Set([...(index.get(n) ?? []), e.id])]);
  }
  return index;
}

/** "Intel Việt Nam" → brands named "intel" followed by a country or province ("Việt Nam"). */
function brandsAtStart(name: string, index: Map<string, string[]>): string[] {
  const words = name.trim().split(/\s+/u);
  const out: string[] = [];
  for (let i = 1; i < words.length && i <= MAX_BRAND_WORDS; i += 1) {
    const brand = index.get(foldText(words.slice(0, i).join(' ')));
    if (brand && gazetteerRank(words.slice(i).join(' ')) >= PROVINCE_RANK) out.push(...brand);
  }
  return out;
}

export function nameParts(frames: SentenceFrame[], resolution: Resolution): Candidate[] {
  const index = brandIndex(resolution);
  if (index.size === 0) return [];
  const names = new Map(resolution.entities.map((e) => [e.id, [e.name, ...e.aliases].map(foldText)]));
  // "Cargill VN" and "Công ty TNHH Cargill VN" are one firm named twice, no unit and parent.
  const namedWithin = (unit: string, parent: string) => (names.get(parent) ?? []).some((n) => n.includes(unit));
  const out: Candidate[] = [];
  for (const frame of frames) {
    for (const slot of frame.slots) {
      if (slot.type !== 'Organization') continue;
      for (const brand of new Set(brandsAtStart(slot.name, index))) {
        if (brand === slot.entityId || namedWithin(foldText(slot.name), brand)) continue;
        out.push({
          subject: slot.entityId,
          predicate: 'PART_OF',
          object: brand,
          qualifiers: {},
          confidence: 0.55,
          sentence: frame.sentence,
          rule: 'brand-unit-name',
        });
      }
    }
  }
  return out;
}
