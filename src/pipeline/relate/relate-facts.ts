// relate: facts of the ontology between resolved entities, sentence by sentence.
// Each sentence becomes a frame (mentions → slots), every rule's regex runs over it, and
// each match states facts with a confidence; qualifiers come from the same sentence.
import type { FactOut } from '../../domain/extraction.ts';
import type { DateMention, Mention, QuantityMention, Resolution, Sentence } from '../../domain/pipeline.ts';
import { attachQuantities } from './attach-quantities.ts';
import { RULES } from './compiled-rules.ts';
import { FactStore } from './fact-store.ts';
import { nameLocations } from './name-locations.ts';
import { nameParts } from './name-parts.ts';
import { qualifiersFor } from './qualifiers.ts';
import type { CompiledRule, FactSpec, MatchContext } from './rule-types.ts';
import { buildFrames, slotsIn, TYPE_LETTER, type SentenceFrame, type Slot } from './sentence-frame.ts';

export interface RelateInput {
  text: string;
  sentences: Sentence[];
  mentions: Mention[];
  resolution: Resolution;
  quantities: QuantityMention[];
  dates: DateMention[];
  /** Written into every fact's `extractor`: EXTRACTOR_VERSION of extract.ts. */
  extractor: string;
}

function outsideSlots<T extends { start: number; end: number }>(items: T[], frame: SentenceFrame): T[] {
  const { start, end } = frame.sentence;
  return items.filter(
    (x) => x.start >= start && x.end <= end && !frame.slots.some((s) => x.start < s.end && s.start < x.end),
  );
}

function slotsFor(ctx: MatchContext, group: string, types: string | undefined): Slot[] {
  let slots: Slot[];
  if (group.startsWith('first:')) {
    const letters = group.slice('first:'.length);
    const first = ctx.frame.slots.find((s) => letters.includes(TYPE_LETTER[s.type]));
    slots = first ? [first] : [];
  } else slots = slotsIn(ctx.frame, ctx.match.groups?.[group]);
  return types ? slots.filter((s) => types.includes(TYPE_LETTER[s.type])) : slots;
}

function pairsOf(spec: FactSpec, ctx: MatchContext): Array<[Slot, Slot]> {
  const subjects = slotsFor(ctx, spec.s, spec.sTypes);
  if (spec.pairs) {
    return subjects.flatMap((a, i) => subjects.slice(i + 1).map((b): [Slot, Slot] => [a, b]));
  }
  const objects = slotsFor(ctx, spec.o, spec.oTypes);
  return subjects.flatMap((s) => objects.map((o): [Slot, Slot] => [s, o]));
}

function canTry(rule: CompiledRule, letters: string): boolean {
  return rule.needs.every((need) => need === '*' || [...need].some((l) => letters.includes(l)));
}

function applyRules(frame: SentenceFrame, ctxBase: Omit<MatchContext, 'match'>, store: FactStore): void {
  const letters = frame.slots.map((s) => TYPE_LETTER[s.type]).join('');
  for (const rule of RULES) {
    if (!canTry(rule, letters)) continue;
    for (const match of frame.template.matchAll(rule.re)) {
      const ctx: MatchContext = { ...ctxBase, match };
      if (rule.when && !rule.when(ctx)) continue;
      for (const spec of rule.facts) {
        for (const [subject, object] of pairsOf(spec, ctx)) {
          if (subject.entityId === object.entityId) continue;
          if (spec.when && !spec.when(ctx, subject, object)) continue;
          store.add({
            subject: subject.entityId,
            predicate: spec.p,
            object: object.entityId,
            qualifiers: { ...qualifiersFor(spec.p, ctx, subject, object), ...spec.q },
            confidence: spec.c,
            sentence: frame.sentence,
            rule: rule.id,
          });
        }
      }
    }
  }
}

export function relateFacts(input: RelateInput): { facts: FactOut[]; warnings: string[] } {
  const warnings: string[] = [];
  const store = new FactStore(input.extractor);
  const frames = buildFrames(input.sentences, input.mentions, input.resolution);
  for (const frame of frames) {
    const quantities = outsideSlots(input.quantities, frame);
    const dates = outsideSlots(input.dates, frame);
    applyRules(frame, { frame, quantities, dates }, store);
    const amountOwners = amountOwnersOf(store.list(), frame, quantities);
    for (const c of attachQuantities(frame, quantities, { amountOwners }, warnings)) store.add(c);
  }
  for (const c of nameLocations(frames, input.mentions, input.resolution)) store.add(c);
  for (const c of nameParts(frames, input.resolution)) store.add(c);
  return { facts: store.list(), warnings };
}

/**
 * Money carried as a fact's amount in this sentence: a FUNDED_BY amount belongs to the funded
 * subject (its investment); a price or a donation (ACQUIRED, DONATED_TO) stays on its fact (null).
 */
function amountOwnersOf(facts: FactOut[], frame: SentenceFrame, quantities: QuantityMention[]) {
  const owners = new Map<QuantityMention, string | null>();
  for (const f of facts) {
    if (f.qualifiers.amount === undefined) continue;
    if (!f.evidence.some((e) => e.sentence === frame.sentence.index)) continue;
    const q = quantities.find((x) => x.kind === 'money' && x.value === f.qualifiers.amount);
    if (q && !owners.has(q)) owners.set(q, f.predicate === 'FUNDED_BY' ? f.subject : null);
  }
  return owners;
}
