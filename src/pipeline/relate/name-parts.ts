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

export function nameParts(frames: SentenceFrame[], resolution: Resolution): Candidate[] {
  const brands = resolution.entities
    .filter((e) => e.type === 'Organization')
    .map((e) => ({ entity: e, names: brandNames(e) }))
    .filter((b) => b.names.length > 0);
  if (brands.length === 0) return [];
  const out: Candidate[] = [];
  for (const frame of frames) {
    for (const slot of frame.slots) {
      if (slot.type !== 'Organization') continue;
      const own = foldText(slot.name);
      for (const { entity, names } of brands) {
        if (entity.id === slot.entityId || !names.some((b) => own.startsWith(`${b} `))) continue;
        out.push({
          subject: slot.entityId,
          predicate: 'PART_OF',
          object: entity.id,
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
