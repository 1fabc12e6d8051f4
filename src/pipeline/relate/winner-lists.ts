// Lists introduced by "gồm:", read across their ";"-separated groups and the category lines
// that continue them (the relation patterns stop at ";", one clause each):
//   "Các đơn vị được tặng ⟨Bằng khen X⟩ gồm: nhóm A: ⟨O1⟩, ⟨O2⟩; nhóm B: ⟨O3⟩."
//   "5 doanh nghiệp dịch vụ: ⟨O4⟩, ⟨O5⟩."          (the next line goes on with the same award)
//   → O1…O5 WON ⟨Bằng khen X⟩.
//   "6 đơn vị thuộc ⟨Tổng cục X⟩ được tặng … gồm: ⟨Vụ A⟩; ⟨Cục B⟩" → A, B PART_OF ⟨Tổng cục X⟩.
import { cueAlternation } from './cues.ts';
import type { Candidate } from './fact-store.ts';
import type { SentenceFrame, Slot } from './sentence-frame.ts';

const LIST_OF_WINNERS = new RegExp(
  `(?<![^ ])(?:${cueAlternation('won')}|được ${cueAlternation('give')}) \uE000A(\\d+)\uE001 [^\uE000:;]{0,60}?(?<![^ ])(?:gồm có|bao gồm|gồm|là) :`,
  'u',
);
/** "6 đơn vị thuộc và trực thuộc ⟨Tổng cục X⟩ … gồm:": the listed units belong to X. */
const UNITS_OF = /(?<![^ ])(?:đơn vị|cơ quan|chi nhánh|công ty) (?:thuộc|trực thuộc|thuộc và trực thuộc) \uE000O(\d+)\uE001 [^:;]{0,120}?(?<![^ ])(?:gồm có|bao gồm|gồm|là) :/u;
/** "7 doanh nghiệp sản xuất nhỏ và vừa: …": a count and a category, then the next group. */
const CONTINUED_GROUP = /^[0-9]+ [^\uE000:;.]{1,60}:/u;
/** A listed item is not inside brackets ("⟨O⟩ (⟨parent⟩)") nor after "thuộc/của". */
const NOT_AN_ITEM = /(?:\(|thuộc|của|trực thuộc) $/u;
/** "… là: ⟨Lý Thường Kiệt⟩ của ⟨tác giả⟩": an item followed by its author is a work's title. */
const TITLE_OF_WORK = /^\uE001 của /u;
const SLOT = /\uE000[A-Z](\d+)\uE001/gu;
const MAX_CONTINUED = 6;
const CONFIDENCE = 0.75;

/** Organisation and person slots listed after template offset `from`. */
function listedAfter(frame: SentenceFrame, from: number): Slot[] {
  const out: Slot[] = [];
  for (const m of frame.lower.matchAll(SLOT)) {
    if (m.index === undefined || m.index < from) continue;
    const slot = frame.slots[Number(m[1])];
    if (!slot || (slot.type !== 'Organization' && slot.type !== 'Person')) continue;
    if (NOT_AN_ITEM.test(frame.lower.slice(Math.max(from, m.index - 14), m.index))) continue;
    if (TITLE_OF_WORK.test(frame.lower.slice(m.index + m[0].length - 1, m.index + m[0].length + 6))) continue;
    out.push(slot);
  }
  return out;
}

function fact(subject: Slot, predicate: 'WON' | 'PART_OF', object: Slot, frame: SentenceFrame): Candidate {
  return { subject: subject.entityId, predicate, object: object.entityId, qualifiers: {}, confidence: CONFIDENCE, sentence: frame.sentence, rule: 'listed-after-gom' };
}

export function winnerLists(frames: SentenceFrame[]): Candidate[] {
  const out: Candidate[] = [];
  let award: { slot: Slot; parent?: Slot; continued: number } | undefined;
  for (const frame of frames) {
    const m = LIST_OF_WINNERS.exec(frame.lower);
    const units = UNITS_OF.exec(frame.lower);
    const parent = units ? frame.slots[Number(units[1])] : undefined;
    let from: number;
    if (m && frame.slots[Number(m[1])]) {
      award = { slot: frame.slots[Number(m[1])]!, parent, continued: 0 };
      from = m.index + m[0].length;
    } else if (award && award.continued < MAX_CONTINUED && CONTINUED_GROUP.test(frame.lower)) {
      award.continued += 1;
      from = 0;
    } else {
      award = undefined;
      if (units && parent) for (const s of listedAfter(frame, units.index + units[0].length)) if (s !== parent) out.push(fact(s, 'PART_OF', parent, frame));
      continue;
    }
    for (const s of listedAfter(frame, from)) {
      out.push(fact(s, 'WON', award.slot, frame));
      if (award.parent && s.entityId !== award.parent.entityId) out.push(fact(s, 'PART_OF', award.parent, frame));
    }
  }
  return out;
}
