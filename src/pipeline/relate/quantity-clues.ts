// Where a number's own words say whose it is, before any "nearest name" guess:
//   "28 tập thể được tặng ⟨Cờ thi đua⟩"        → the award (how many received it);
//   "3 sản phẩm của ⟨Viettel Post⟩"            → the organisation named right after "của/thuộc";
//   "Với hơn 400 đại lý …, ⟨HDBank⟩ có …"      → the subject of the main clause after a fronted phrase.
import type { QuantityMention } from '../../domain/pipeline.ts';
import type { SentenceFrame, Slot } from './sentence-frame.ts';

/** The words right before an award that say it was received: "được tặng", "vinh dự nhận". */
const RECEIVED_BEFORE_AWARD =
  /(?:^|\s)(?:được|đã được|vừa được|sẽ được|vinh dự được|đã|vừa|cùng)?\s*(?:tặng thưởng|tặng|trao tặng|trao|phong tặng|truy tặng|nhận|nhận được|đón nhận|giành|đoạt|giành được)\s*["“]?\s*$/iu;
/** "29 tập thể và 44 cá nhân được tặng …": a count joined to the next one. */
const JOINED = /^\s*(?:,|và|,\s*và)\s*$/u;
const MAX_RECEIVE_GAP = 100;

/** "N tập thể (thuộc ⟨X⟩) được tặng ⟨A⟩": the count of those who received the award. */
export function recipientsOf(frame: SentenceFrame, q: QuantityMention, quantities: QuantityMention[]): Slot | undefined {
  if (q.kind !== 'count') return undefined;
  const award = frame.slots.find((s) => s.start >= q.end && s.type === 'Award');
  if (!award) return undefined;
  // Skip the counts joined to this one ("29 tập thể và 44 cá nhân"): the verb follows the last.
  let from = q.end;
  for (const next of quantities) {
    if (next.start >= from && next.end <= award.start && JOINED.test(textBetween(frame, from, next.start))) from = next.end;
  }
  const between = textBetween(frame, from, award.start);
  if (between.length > MAX_RECEIVE_GAP || /[;.]/u.test(between)) return undefined;
  if (quantities.some((other) => other !== q && other.start >= from && other.end <= award.start)) return undefined;
  return RECEIVED_BEFORE_AWARD.test(between) ? award : undefined;
}

const MEMBER_OF = /^\s*(?:khác\s+|đầu tiên\s+)?(?:của|thuộc|trực thuộc)\s*$/iu;
const MEMBER_TYPES = new Set(['Organization', 'Project', 'Event']);

/** "3 sản phẩm của ⟨O⟩", "3 cá nhân thuộc ⟨O⟩": counted things that belong to the name after them. */
export function memberOf(frame: SentenceFrame, q: QuantityMention): Slot | undefined {
  if (q.kind !== 'count') return undefined;
  const next = frame.slots.find((s) => s.start >= q.end);
  if (!next || !MEMBER_TYPES.has(next.type)) return undefined;
  return MEMBER_OF.test(textBetween(frame, q.end, next.start)) ? next : undefined;
}

// "Với việc …, X", "Từ mức vốn ban đầu …, X", "Thay mặt cho …, X": a phrase put before the subject.
const FRONTED_OPENER = /^(?:với|từ|sau|trải qua|qua|nhờ|bằng|thay mặt cho|thay mặt|khởi đầu với|bắt đầu với|từ chỗ)(?![\p{L}\p{M}])/iu;
/** Whose the main clause is: not a partner ("cùng, với ⟨X⟩") or an agent ("do, bởi ⟨X⟩"). */
const OBLIQUE_BEFORE = /(?:^|\s)(?:với|cùng|cùng với|cho|do|bởi|từ|tại|ở)\s*$/iu;
const SUBJECT_AFTER_COMMA = 40;

/** The subject of the main clause when the number stands in a phrase fronted before it. */
export function frontedSubjectOf(frame: SentenceFrame, q: QuantityMention, ownerTypes: ReadonlySet<string>): Slot | undefined {
  const s0 = frame.sentence.start;
  const text = frame.sentence.text;
  if (!FRONTED_OPENER.test(text)) return undefined;
  if (frame.slots.some((s) => s.end <= q.start)) return undefined;
  const comma = text.indexOf(',', q.end - s0);
  if (comma < 0) return undefined;
  const subject = frame.slots.find((s) => s.start - s0 > comma);
  if (!subject || !ownerTypes.has(subject.type)) return undefined;
  const lead = text.slice(comma + 1, subject.start - s0);
  if (lead.length > SUBJECT_AFTER_COMMA || /[;:]/u.test(lead) || OBLIQUE_BEFORE.test(lead)) return undefined;
  return subject;
}

/** A slot governed by a preposition ("phối hợp với ⟨X⟩", "do ⟨X⟩"): no subject of its sentence. */
export function isOblique(frame: SentenceFrame, slot: Slot): boolean {
  return OBLIQUE_BEFORE.test(frame.sentence.text.slice(0, slot.start - frame.sentence.start));
}

const PARTNER_BEFORE = /(?:^|\s)(?:với|cùng|cùng với)\s*$/iu;

/** "… phối hợp với ⟨Bộ Công an⟩": a partner named after "với", not who the sentence is about. */
export function isPartner(frame: SentenceFrame, slot: Slot): boolean {
  return PARTNER_BEFORE.test(frame.sentence.text.slice(0, slot.start - frame.sentence.start));
}

function textBetween(frame: SentenceFrame, start: number, end: number): string {
  const s0 = frame.sentence.start;
  return frame.sentence.text.slice(start - s0, end - s0);
}
