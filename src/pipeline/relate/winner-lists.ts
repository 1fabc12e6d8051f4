// Winners listed after the award they received, across the list's ";"-separated groups:
//   "Các đơn vị được tặng ⟨Bằng khen X⟩ gồm: nhóm A: ⟨O1⟩, ⟨O2⟩; nhóm B: ⟨O3⟩ và ⟨O4⟩."
//   → O1…O4 WON ⟨Bằng khen X⟩.
// The relation patterns stop at ";" (one clause each), so a list of this shape is read here: an
// award right after a receiving verb, then "gồm/bao gồm/là" and a colon, then the winners.
import { cueAlternation } from './cues.ts';
import type { Candidate } from './fact-store.ts';
import type { SentenceFrame } from './sentence-frame.ts';

const LIST_OF_WINNERS = new RegExp(
  `(?<![^ ])(?:${cueAlternation('won')}|được ${cueAlternation('give')}) \uE000A(\\d+)\uE001 [^\uE000:;]{0,60}?(?<![^ ])(?:gồm có|bao gồm|gồm|là) :`,
  'u',
);
/** A winner is named as a list item: not inside brackets ("⟨O⟩ (⟨parent⟩)"), not after "thuộc/của". */
const NOT_AN_ITEM = /(?:\(|thuộc|của|trực thuộc) $/u;
const CONFIDENCE = 0.75;

export function winnerLists(frames: SentenceFrame[]): Candidate[] {
  const out: Candidate[] = [];
  for (const frame of frames) {
    const m = LIST_OF_WINNERS.exec(frame.lower);
    if (!m || m.index === undefined) continue;
    const award = frame.slots[Number(m[1])];
    if (!award) continue;
    const listStart = m.index + m[0].length;
    const templateOffsets = [...frame.lower.matchAll(/\uE000[A-Z](\d+)\uE001/gu)];
    for (const slotMatch of templateOffsets) {
      if (slotMatch.index === undefined || slotMatch.index < listStart) continue;
      const slot = frame.slots[Number(slotMatch[1])];
      if (!slot || (slot.type !== 'Organization' && slot.type !== 'Person')) continue;
      if (NOT_AN_ITEM.test(frame.lower.slice(Math.max(listStart, slotMatch.index - 14), slotMatch.index))) continue;
      out.push({ subject: slot.entityId, predicate: 'WON', object: award.entityId, qualifiers: {}, confidence: CONFIDENCE, sentence: frame.sentence, rule: 'winner-list' });
    }
  }
  return out;
}
