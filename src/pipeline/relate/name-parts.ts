// PART_OF read off a brand name: "Intel Việt Nam" and "Yahoo Tech" are units of "Intel" and
// "Yahoo" when the article names those too. Names headed by a generic noun ("Công ty …",
// "Bộ …") are left alone: "Bộ Y tế" is no parent of "Bộ Y tế Lào".
import { foldText } from '../../domain/fold.ts';
import type { Resolution, ResolvedEntity } from '../../domain/pipeline.ts';
import { cueAlternation } from './cues.ts';
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

/** "intel viet nam" → brands named "intel" or "intel viet" (a strict prefix of the name). */
function brandsAtStart(own: string, index: Map<string, string[]>): string[] {
  const words = own.split(' ');
  const out: string[] = [];
  for (let i = 1; i < words.length && i <= MAX_BRAND_WORDS; i += 1) out.push(...(index.get(words.slice(0, i).join(' ')) ?? []));
  return out;
}

export function nameParts(frames: SentenceFrame[], resolution: Resolution): Candidate[] {
  const index = brandIndex(resolution);
  if (index.size === 0) return [];
  const out: Candidate[] = [];
  for (const frame of frames) {
    for (const slot of frame.slots) {
      if (slot.type !== 'Organization') continue;
      for (const brand of new Set(brandsAtStart(foldText(slot.name), index))) {
        if (brand === slot.entityId) continue;
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
