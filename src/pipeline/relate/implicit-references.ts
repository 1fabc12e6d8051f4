// Links through a bare head noun that names no entity itself, to the last entity of its kind
// named before it (an inferred link, so a low confidence); also "Khoản tín dụng … do ⟨X⟩ cấp" and
// "Đây là học bổng do ⟨X⟩ tài trợ" after the project or award they speak of:
//   "… cho Dự án ⟨P⟩ …. Dự án của ⟨Sở X⟩ là đề cử duy nhất lọt vào vòng chung kết."
//   → ⟨P⟩ IMPLEMENTED_BY ⟨Sở X⟩; ⟨P⟩ NOMINATED_FOR the last award named { finalist: true }.
import type { EntityType } from '../../domain/ontology.ts';
import { cueAlternation } from './cues.ts';
import { isDonorOrg, isSubProject } from './heads.ts';
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

// "Khoản tài chính bổ sung … được tài trợ bởi ⟨IDA⟩", "Khoản tín dụng 200 triệu USD … do ⟨IDA⟩ cấp":
// the financing of the project just named, in a sentence that names no project.
const TRANCHE_FUNDED = /^(?:cụ thể , )?(?:khoản|gói) (?:tài chính|tín dụng|vay|viện trợ|tài trợ)[^\uE000;]{0,80}?(?:được tài trợ bởi|do|từ) (\uE000O\d+\uE001)/u;
// "Đây là học bổng do ⟨Ngân hàng X⟩ tài trợ", "Đây là dự án do ⟨Y⟩ thực hiện"
// (the noun right before "do": "Đây là chương trình cho vay thứ hai do X tài trợ" describes a new thing)
const THIS_IS = /^(?:đây|đó) là (?:một )?(học bổng|giải thưởng|giải|chương trình|dự án|đề án) do (\uE000O\d+\uE001) (tài trợ|trao|trao tặng|tổ chức|thực hiện|triển khai)/u;
const THIS_IS_TYPE: Record<string, EntityType> = { 'học bổng': 'Award', ...NOUN_TYPE };

/** The project of the last funding fact stated before sentence `index` (within a few sentences). */
function lastFunded(funded: Array<{ id: string; sentence: number }>, index: number): string | undefined {
  for (let k = funded.length - 1; k >= 0; k--) {
    const f = funded[k]!;
    if (f.sentence < index) return index - f.sentence <= TRANCHE_REACH ? f.id : undefined;
  }
  return undefined;
}
const TRANCHE_REACH = 8;

function referenceFacts(frame: SentenceFrame, last: Map<EntityType, Slot>, funded: Array<{ id: string; sentence: number }>): Candidate[] {
  const out: Candidate[] = [];
  const tranche = TRANCHE_FUNDED.exec(frame.lower);
  // the financing spoken of is that of the project funded last, not of any project named since
  const project = tranche ? lastFunded(funded, frame.sentence.index) : undefined;
  const funder = slotsIn(frame, tranche?.[1])[0];
  if (tranche && project && funder && project !== funder.entityId && !frame.slots.some((s) => s.type === 'Project')) {
    out.push(candidate(project, 'FUNDED_BY', funder.entityId, frame));
  }
  const thisIs = THIS_IS.exec(frame.lower);
  const type = thisIs?.[1] ? THIS_IS_TYPE[thisIs[1]] : undefined;
  const referent = type ? last.get(type) : undefined;
  const agent = slotsIn(frame, thisIs?.[2])[0];
  if (thisIs && referent && agent && referent.entityId !== agent.entityId && !frame.slots.some((s) => s.type === type)) {
    const verb = thisIs[3] ?? '';
    const predicate = type === 'Award' ? (verb === 'tổ chức' ? 'ORGANIZED_BY' : 'AWARDED_BY') : verb === 'tài trợ' ? 'FUNDED_BY' : 'IMPLEMENTED_BY';
    out.push(candidate(referent.entityId, predicate, agent.entityId, frame));
  }
  return out;
}

// "Khoản viện trợ này sẽ tài trợ cho ⟨Dự án X⟩": the grant just spoken of funds X; its giver is the
// donor named last (a development bank, an aid agency), a few sentences back at most.
const THIS_GRANT_FUNDS =
  /^(?:khoản|gói) (?:viện trợ|tài trợ|vay|tín dụng|hỗ trợ)(?: không hoàn lại)? (?:này|trên|nói trên) (?:sẽ |được )?(?:được )?(?:dùng để |dành để )?(?:tài trợ|hỗ trợ|dành|dùng) cho (?:dự án |chương trình )?(\uE000J\d+\uE001)/u;
const GRANT_REACH = 4;

function grantFacts(frame: SentenceFrame, donor: { slot: Slot; sentence: number } | undefined): Candidate[] {
  const grant = THIS_GRANT_FUNDS.exec(frame.lower);
  const project = slotsIn(frame, grant?.[1])[0];
  if (!project || !donor || frame.sentence.index - donor.sentence > GRANT_REACH) return [];
  if (frame.slots.some((s) => s.type === 'Organization')) return []; // the sentence names its own giver
  return [candidate(project.entityId, 'FUNDED_BY', donor.slot.entityId, frame)];
}

export function implicitReferences(frames: SentenceFrame[], funded: Array<{ id: string; sentence: number }> = []): Candidate[] {
  const last = new Map<EntityType, Slot>();
  let donor: { slot: Slot; sentence: number } | undefined;
  const out: Candidate[] = [];
  for (const frame of frames) {
    out.push(...referenceFacts(frame, last, funded));
    out.push(...grantFacts(frame, donor));
    const donors = frame.slots.filter((s) => s.type === 'Organization' && isDonorOrg(s));
    const lastDonor = donors[donors.length - 1];
    if (lastDonor) donor = { slot: lastDonor, sentence: frame.sentence.index };
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
