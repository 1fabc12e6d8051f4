// Links through a bare head noun that names no entity itself, to the last entity of its kind
// named before it (an inferred link, so a low confidence):
//   "… cho Dự án ⟨P⟩ …. Dự án của ⟨Sở X⟩ là đề cử duy nhất lọt vào vòng chung kết."
//   → ⟨P⟩ IMPLEMENTED_BY ⟨Sở X⟩; ⟨P⟩ NOMINATED_FOR the last award named { finalist: true }.
import type { EntityType } from '../../domain/ontology.ts';
import { cueAlternation } from './cues.ts';
import { isSubProject } from './heads.ts';
import type { Candidate } from './fact-store.ts';
import { slotsIn, type SentenceFrame, type Slot } from './sentence-frame.ts';

const BARE_OF = /^(dự án|chương trình|đề án|giải thưởng|giải) (?:này |trên |đó )?của (?:tổ chức )?(\uE000O\d+\uE001)/u;
const FINALIST = new RegExp(`(?<![^ ])${cueAlternation('finalist')}(?![^ ])`, 'u');
const NOUN_TYPE: Record<string, EntityType> = {
  'dự án': 'Project',
  'chương trình': 'Project',
  'đề án': 'Project',
  'giải thưởng': 'Award',
  giải: 'Award',
};
const CONFIDENCE = 0.5;

function candidate(subject: string, predicate: Candidate['predicate'], object: string, frame: SentenceFrame): Candidate {
  return { subject, predicate, object, qualifiers: {}, confidence: CONFIDENCE, sentence: frame.sentence, rule: 'implicit-reference' };
}

export function implicitReferences(frames: SentenceFrame[]): Candidate[] {
  const last = new Map<EntityType, Slot>();
  const out: Candidate[] = [];
  for (const frame of frames) {
    const bare = BARE_OF.exec(frame.lower);
    const type = bare?.[1] ? NOUN_TYPE[bare[1]] : undefined;
    const referent = type ? last.get(type) : undefined;
    const owner = slotsIn(frame, bare?.[2])[0];
    if (referent && owner && referent.entityId !== owner.entityId) {
      out.push(candidate(referent.entityId, type === 'Award' ? 'AWARDED_BY' : 'IMPLEMENTED_BY', owner.entityId, frame));
      const award = last.get('Award');
      if (type === 'Project' && award && FINALIST.test(frame.lower) && !frame.slots.some((s) => s.type === 'Award')) {
        out.push({ ...candidate(referent.entityId, 'NOMINATED_FOR', award.entityId, frame), qualifiers: { finalist: true } });
      }
    }
    // A bare "Dự án" means a whole project, never a "tiểu dự án".
    for (const slot of frame.slots) if (!isSubProject(slot)) last.set(slot.type, slot);
  }
  return out;
}
