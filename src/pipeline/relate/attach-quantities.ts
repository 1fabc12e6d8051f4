// HAS_QUANTITY: each number is attached to the entity it is about, or skipped with a warning.
//   "… thông qua tiểu dự án ⟨S⟩ với tổng vốn đầu tư là 29,3 triệu USD" → ⟨S⟩ (nearest project
//    before an investment word); "⟨Giải thưởng FutureGov⟩ có 498 đề cử" → the sentence's subject.
import type { QuantityValue } from '../../domain/extraction.ts';
import type { QuantityMention } from '../../domain/pipeline.ts';
import { cueAlternation } from './cues.ts';
import type { Candidate } from './fact-store.ts';
import type { SentenceFrame, Slot } from './sentence-frame.ts';

const INVEST_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}])${cueAlternation('invest_measure')}(?:\\s+(?:là|khoảng|gần|hơn|trên|lên tới|lên đến|đạt|:))*\\s*$`,
  'iu',
);
/** How far into the sentence its subject may start: "Trên cơ sở đó, TP Đà Nẵng …" */
const SUBJECT_WITHIN = 40;
const OWNER_TYPES = new Set(['Organization', 'Project', 'Award', 'Place', 'Event']);
const PROJECT_TYPES = new Set(['Project', 'Event']);

export function quantityValue(q: QuantityMention): QuantityValue {
  const value: QuantityValue = { kind: q.kind, value: q.value, unit: q.unit, measure: q.measure, text: q.text };
  if (q.year !== undefined) value.year = q.year;
  return value;
}

/** The sentence's subject: its first slot, near the start, before the quantity, not a person. */
function subjectOf(frame: SentenceFrame, q: QuantityMention): Slot | undefined {
  const first = frame.slots[0];
  if (!first || first.end > q.start) return undefined;
  if (first.start - frame.sentence.start > SUBJECT_WITHIN) return undefined;
  return OWNER_TYPES.has(first.type) ? first : undefined;
}

function investmentOwner(frame: SentenceFrame, q: QuantityMention): Slot | undefined {
  const before = frame.sentence.text.slice(0, q.start - frame.sentence.start);
  if (!INVEST_BEFORE.test(before)) return undefined;
  const projects = frame.slots.filter((s) => s.end <= q.start && PROJECT_TYPES.has(s.type));
  return projects[projects.length - 1];
}

export interface AttachOptions {
  /** Quantities already carried by a fact as its amount: subject of that fact. */
  amountOwners: Map<QuantityMention, string>;
}

export function attachQuantities(
  frame: SentenceFrame,
  quantities: QuantityMention[],
  options: AttachOptions,
  warnings: string[],
): Candidate[] {
  const out: Candidate[] = [];
  for (const q of quantities) {
    const owner = investmentOwner(frame, q)?.entityId ?? options.amountOwners.get(q) ?? subjectOf(frame, q)?.entityId;
    if (!owner) {
      warnings.push(`relate: quantity "${q.text}" in sentence ${frame.sentence.index} has no clear owner; not attached`);
      continue;
    }
    out.push({
      subject: owner,
      predicate: 'HAS_QUANTITY',
      object: quantityValue(q),
      qualifiers: {},
      confidence: 0.6,
      sentence: frame.sentence,
      rule: 'has-quantity',
    });
  }
  return out;
}
