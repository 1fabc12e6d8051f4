// HAS_QUANTITY: each number is attached to the entity it is about, or skipped with a warning.
//   "… thông qua tiểu dự án ⟨S⟩ với tổng vốn đầu tư là 29,3 triệu USD" → ⟨S⟩ (nearest project
//    before an investment word); "⟨Giải thưởng FutureGov⟩ có 498 đề cử" → the sentence's subject.
import type { QuantityValue } from '../../domain/extraction.ts';
import type { QuantityMention } from '../../domain/pipeline.ts';
import { cueAlternation } from './cues.ts';
import type { Candidate } from './fact-store.ts';
import { frontedSubjectOf, isOblique, isPartner, memberOf, recipientsOf } from './quantity-clues.ts';
import type { SentenceFrame, Slot } from './sentence-frame.ts';

const INVEST_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}])${cueAlternation('invest_measure')}(?:\\s+(?:là|khoảng|gần|hơn|trên|lên tới|lên đến|đạt|:))*\\s*$`,
  'iu',
);
/** How far into the sentence its subject may start: "Trên cơ sở đó, TP Đà Nẵng …" */
const SUBJECT_WITHIN = 40;
// "Dự án của ⟨Sở X⟩ là một trong năm đề cử": a slot after "của" is no subject.
const NOT_AFTER = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${cueAlternation('subject_not_after')}\\s*$`, 'iu');
/** A sentence led by a head noun with no name: "Công ty có mục tiêu …", "Hãng này dự kiến …". */
const BARE_HEAD_LEAD = new RegExp(`^${cueAlternation('bare_subject_head')}(?:\\s+(?:này|trên|đó))?\\s+`, 'iu');
const NAME_START = /^[\p{Lu}\p{N}]/u;

function bareHeadLead(text: string): boolean {
  const m = BARE_HEAD_LEAD.exec(text);
  return m !== null && !NAME_START.test(text.slice(m[0].length)); // "Công ty FPT …" is named
}
const OWNER_TYPES = new Set(['Organization', 'Project', 'Award', 'Place', 'Event']);
const PROJECT_TYPES = new Set(['Project', 'Event']);
const NEAREST_TYPES = new Set(['Organization', 'Project', 'Award', 'Event']);

export function quantityValue(q: QuantityMention): QuantityValue {
  const value: QuantityValue = { kind: q.kind, value: q.value, unit: q.unit, measure: q.measure, text: q.text };
  if (q.year !== undefined) value.year = q.year;
  return value;
}

/** The sentence's subject: its first slot, near the start, before the quantity, not a person. */
function subjectOf(frame: SentenceFrame, q: QuantityMention): Slot | undefined {
  const first = frame.slots[0];
  if (!first || first.end > q.start) return undefined;
  const lead = frame.sentence.text.slice(0, first.start - frame.sentence.start);
  if (lead.length > SUBJECT_WITHIN || NOT_AFTER.test(lead) || isAgent(frame, first)) return undefined;
  return OWNER_TYPES.has(first.type) ? first : undefined;
}

/**
 * The nearest organisation, project, award or event before the number in the same clause:
 * "doanh thu của ⟨Yahoo⟩ tăng 34% … trong khi ⟨Google⟩ tăng tới 79%" → 79% is Google's.
 */
function nearestOwner(frame: SentenceFrame, q: QuantityMention): Slot | undefined {
  const before = frame.slots.filter((s) => s.end <= q.start && NEAREST_TYPES.has(s.type) && !isAgent(frame, s) && !continuesAgentList(frame, s));
  let slot = before[before.length - 1];
  if (!slot) return undefined;
  // "⟨Trường Năng khiếu⟩ (⟨ĐH Quốc gia TP.HCM⟩) 161 giải": the bracket names the parent.
  const outer = before[before.length - 2];
  if (outer && inBracketAfter(frame, outer, slot)) slot = outer;
  const subject = appositionSubject(frame, slot, q);
  if (subject) return subject;
  const between = frame.sentence.text.slice(slot.end - frame.sentence.start, q.start - frame.sentence.start);
  return !between.includes(';') || continuesSoleOwner(frame, slot, q) ? slot : undefined;
}

/**
 * "… của ⟨SSI⟩ đạt 6.000 tỷ đồng; doanh thu đạt 3.300 tỷ đồng; lợi nhuận …": clauses after ";"
 * that name nobody go on about the one organisation the sentence names.
 */
function continuesSoleOwner(frame: SentenceFrame, slot: Slot, q: QuantityMention): boolean {
  const owners = frame.slots.filter((s) => NEAREST_TYPES.has(s.type));
  if (owners.some((s) => s.entityId !== slot.entityId)) return false;
  const clauseStart = frame.sentence.text.lastIndexOf(';', q.start - frame.sentence.start) + frame.sentence.start;
  return !frame.slots.some((s) => s.start > clauseStart && s.end <= q.start);
}

const BRACKET_OPEN = /^\s*\((?:thuộc|trực thuộc|của)?\s*$/iu;

function inBracketAfter(frame: SentenceFrame, outer: Slot, inner: Slot): boolean {
  const s0 = frame.sentence.start;
  const gap = frame.sentence.text.slice(outer.end - s0, inner.start - s0);
  return BRACKET_OPEN.test(gap) && frame.sentence.text.slice(inner.end - s0).startsWith(')');
}

/**
 * A name inside the subject's apposition is not the owner: "⟨Công ty này⟩, có liên doanh với
 * ⟨Suzuki⟩, dự định đạt 1,5 triệu xe" → the subject, the aside closed by its second comma.
 */
function appositionSubject(frame: SentenceFrame, slot: Slot, q: QuantityMention): Slot | undefined {
  const first = frame.slots[0];
  if (!first || first === slot || !OWNER_TYPES.has(first.type)) return undefined;
  const s0 = frame.sentence.start;
  const text = frame.sentence.text;
  if (first.start - s0 > SUBJECT_WITHIN || !/^\s*,/.test(text.slice(first.end - s0))) return undefined;
  // "Hưởng ứng lời kêu gọi của Thủ tướng ⟨Chính phủ⟩, …": a name after "của" or a title is no subject
  if (isAgent(frame, first) || NOT_AFTER.test(text.slice(0, first.start - s0))) return undefined;
  const open = text.indexOf(',', first.end - s0);
  const close = text.indexOf(',', open + 1);
  if (close < 0) return undefined;
  return close + s0 >= slot.end && close + s0 < q.start ? first : undefined;
}

// "⟨Giải thưởng X⟩ do ⟨Hiệp hội Y⟩ tổ chức đã vinh danh 126 sản phẩm": Y is an agent of a
// relative clause; "Bộ trưởng ⟨Bộ Y⟩ ⟨Nguyễn Văn A⟩ cho biết có 150 doanh nghiệp": Y is part of
// a person's title. Neither is who the number is about.
const AGENT_BEFORE = /(?:^|\s)(?:do|bởi)\s*$/iu;
const TITLE_BEFORE = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${cueAlternation('title_prefix')}\\s+)*${cueAlternation('title')}\\s*$`, 'iu');

/** ", ⟨X⟩", "và Trung ương ⟨X⟩": a list item, a few words after its separator. */
const LIST_ITEM_BEFORE = /(?:,|\svà)(?:\s+[\p{L}\p{M}]+){0,3}\s*$/u;

/**
 * "lời kêu gọi của Thủ tướng ⟨Chính phủ⟩, Đoàn Chủ tịch ⟨MTTQ⟩ và Trung ương ⟨Hội Chữ thập đỏ⟩":
 * the items listed after a titled name or an agent are governed as it is.
 */
function continuesAgentList(frame: SentenceFrame, slot: Slot): boolean {
  const index = frame.slots.indexOf(slot);
  const previous = frame.slots[index - 1];
  if (!previous) return false;
  const s0 = frame.sentence.start;
  const gap = frame.sentence.text.slice(previous.end - s0, slot.start - s0);
  if (!LIST_ITEM_BEFORE.test(gap) || /[;.]/u.test(gap)) return false;
  return isAgent(frame, previous) || continuesAgentList(frame, previous);
}

function isAgent(frame: SentenceFrame, slot: Slot): boolean {
  const before = frame.sentence.text.slice(0, slot.start - frame.sentence.start);
  return AGENT_BEFORE.test(before) || TITLE_BEFORE.test(before);
}

function investmentOwner(frame: SentenceFrame, q: QuantityMention): Slot | undefined {
  const before = frame.sentence.text.slice(0, q.start - frame.sentence.start);
  if (!INVEST_BEFORE.test(before)) return undefined;
  const projects = frame.slots.filter((s) => s.end <= q.start && PROJECT_TYPES.has(s.type));
  return projects[projects.length - 1];
}

/** Who a number belongs to, most specific evidence first, with how sure that is (null: nobody). */
function ownerOf(frame: SentenceFrame, q: QuantityMention, quantities: QuantityMention[], options: AttachOptions): [string, number] | null | undefined {
  const investment = investmentOwner(frame, q);
  if (investment) return [investment.entityId, 0.75];
  const funded = options.amountOwners.get(q);
  if (funded) return [funded, 0.7];
  if (funded === null) return null;
  const recipients = recipientsOf(frame, q, quantities);
  if (recipients) return [recipients.entityId, 0.6];
  const member = memberOf(frame, q);
  if (member) return [member.entityId, 0.55];
  const nearest = nearestOwner(frame, q);
  if (nearest) return [nearest.entityId, nearest === frame.slots[0] ? 0.6 : 0.5];
  const subject = subjectOf(frame, q);
  if (subject) return [subject.entityId, 0.55];
  const fronted = frontedSubjectOf(frame, q, OWNER_TYPES);
  if (fronted) return [fronted.entityId, 0.5];
  // No owner in the sentence at all, none before the number in a sentence led by a bare
  // "Công ty …", or only names after a preposition ("… phối hợp với ⟨Bộ Công an⟩"): the topic
  // of the sentences just before, with less trust.
  const owners = frame.slots.filter((s) => OWNER_TYPES.has(s.type));
  const noneBefore = !owners.some((s) => s.end <= q.start);
  const ownerless = owners.length === 0 || (noneBefore && owners.every((s) => isOblique(frame, s)));
  const bareLead = bareHeadLead(frame.sentence.text) && noneBefore;
  if (options.topic && (ownerless || bareLead)) return [options.topic, 0.4];
  return undefined;
}

export interface AttachOptions {
  /** Money already carried by a fact as its amount: the owner, or null when the fact keeps it. */
  amountOwners: Map<QuantityMention, string | null>;
  /**
   * What the previous sentences were about, when this one names no owner:
   * "⟨FAW⟩, hãng xe lớn nhất, giới thiệu 19 mẫu xe. Công ty có mục tiêu đạt 2 triệu xe" → FAW.
   */
  topic?: string;
}

/**
 * The entity a sentence is about, carried to the next sentences that name no owner of their own:
 * not a partner named after "với" ("phối hợp với ⟨X⟩"), and none when a bare "Giải thưởng …",
 * "Công ty …" leads (the sentence goes on about the topic already set).
 */
export function topicOf(frame: SentenceFrame): string | undefined {
  if (bareHeadLead(frame.sentence.text)) return undefined;
  const subject = frame.slots.find((s) => NEAREST_TYPES.has(s.type) && !isTitled(frame, s) && !isPartner(frame, s));
  return subject?.entityId;
}

function isTitled(frame: SentenceFrame, slot: Slot): boolean {
  return TITLE_BEFORE.test(frame.sentence.text.slice(0, slot.start - frame.sentence.start));
}

export function attachQuantities(
  frame: SentenceFrame,
  quantities: QuantityMention[],
  options: AttachOptions,
  warnings: string[],
): Candidate[] {
  const out: Candidate[] = [];
  for (const q of quantities) {
    const owner = ownerOf(frame, q, quantities, options);
    if (owner === null) continue; // a price or a donation: the amount of its fact
    if (!owner) {
      warnings.push(`relate: quantity "${q.text}" in sentence ${frame.sentence.index} has no clear owner; not attached`);
      continue;
    }
    out.push({
      subject: owner[0],
      predicate: 'HAS_QUANTITY',
      object: quantityValue(q),
      qualifiers: {},
      confidence: owner[1],
      sentence: frame.sentence,
      rule: 'has-quantity',
    });
  }
  return out;
}
