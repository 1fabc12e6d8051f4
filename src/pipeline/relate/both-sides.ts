// "Tại cuộc họp, hai bên đã trao đổi và ký kết Ý định thư …": "hai bên" (the two sides) are the two
// organisations the sentence before named, whose people met there:
//   "ông ⟨A⟩, Quốc vụ khanh ⟨Bộ X⟩ đã họp trực tuyến với ông ⟨B⟩, Thứ trưởng ⟨Bộ Y⟩."
//   → ⟨Bộ X⟩ AGREEMENT_WITH ⟨Bộ Y⟩ (an inferred link, so a low confidence).
import { cueAlternation } from './cues.ts';
import type { Candidate } from './fact-store.ts';
import type { SentenceFrame } from './sentence-frame.ts';

const BOTH_SIDES_SIGN = new RegExp(`(?<![^ ])hai bên (?:[^\uE000;.]{0,30} )?${cueAlternation('agree_verb')}(?![^ ])`, 'u');
const CONFIDENCE = 0.55;

/** The distinct organisations of a sentence, in order. */
function organisationsOf(frame: SentenceFrame): string[] {
  return [...new Set(frame.slots.filter((s) => s.type === 'Organization').map((s) => s.entityId))];
}

export function bothSides(frames: SentenceFrame[]): Candidate[] {
  const out: Candidate[] = [];
  frames.forEach((frame, i) => {
    const before = frames[i - 1];
    const signing = BOTH_SIDES_SIGN.exec(frame.lower);
    // "⟨A⟩ và ⟨B⟩, hai bên ký …" names its sides itself (the sentence's own rules read it)
    if (!before || !signing || /\uE000O/u.test(frame.lower.slice(0, signing.index))) return;
    const sides = organisationsOf(before);
    if (sides.length !== 2) return;
    const [a = '', b = ''] = sides;
    out.push({ subject: a, predicate: 'AGREEMENT_WITH', object: b, qualifiers: {}, confidence: CONFIDENCE, sentence: frame.sentence, rule: 'both-sides' });
  });
  return out;
}
