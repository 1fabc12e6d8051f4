// relate: facts of the ontology between resolved entities, sentence by sentence.
// Each sentence becomes a frame (mentions → slots), every rule's regex runs over it, and
// each match states facts with a confidence; qualifiers come from the same sentence.
import type { FactOut } from '../../domain/extraction.ts';
import type { DateMention, Mention, QuantityMention, Resolution, Sentence } from '../../domain/pipeline.ts';
import { attachQuantities, topicOf } from './attach-quantities.ts';
import { bothSides } from './both-sides.ts';
import { RULES } from './compiled-rules.ts';
import { cueOccurs, cueStarts } from './cues.ts';
import { debugRelate } from './debug.ts';
import { FactStore, type Candidate } from './fact-store.ts';
import { implicitReferences } from './implicit-references.ts';
import { nameLocations } from './name-locations.ts';
import { qualifiersFor } from './qualifiers.ts';
import { winnerLists } from './winner-lists.ts';
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

function bySentence<T extends { sentence: number }>(items: T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const x of items) {
    const list = out.get(x.sentence);
    if (list) list.push(x);
    else out.set(x.sentence, [x]);
  }
  return out;
}

/** A sentence's numbers and dates that are not part of a name ("đến năm 2015" in a project). */
function outsideSlots<T extends { start: number; end: number }>(items: T[] | undefined, frame: SentenceFrame): T[] {
  const { start, end } = frame.sentence;
  return (items ?? []).filter(
    (x) => x.start >= start && x.end <= end && !frame.slots.some((s) => x.start < s.end && s.start < x.end),
  );
}

function slotsFor(ctx: MatchContext, group: string, types: string | undefined): Slot[] {
  let slots: Slot[];
  if (group.startsWith('all:')) {
    const letters = group.slice('all:'.length);
    slots = ctx.frame.slots.filter((s) => letters.includes(TYPE_LETTER[s.type]));
  } else if (group.startsWith('first:')) {
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

function canTry(rule: CompiledRule, letters: string, cueSeen: (name: string) => boolean): boolean {
  return rule.needs.every((need) => need === '*' || [...need].some((l) => letters.includes(l))) && rule.cues.every(cueSeen);
}

/** Per sentence, whether each cue list occurs, asked once. */
function cueMemo(lower: string): (name: string) => boolean {
  const seen = new Map<string, boolean>();
  return (name) => {
    let hit = seen.get(name);
    if (hit === undefined) {
      hit = cueOccurs(name, lower);
      seen.set(name, hit);
    }
    return hit;
  };
}

const SLOT_START = /\uE000/gu;
/** How many sentences a topic carries over: the paragraph's next few, not the whole article. */
const TOPIC_REACH = 3;

/** Non-overlapping matches, left to right, like matchAll; anchored rules try their anchors only. */
function* matchesOf(rule: CompiledRule, frame: SentenceFrame): Generator<RegExpMatchArray> {
  if (!rule.anchor) {
    yield* frame.lower.matchAll(rule.re);
    return;
  }
  const starts =
    'slot' in rule.anchor
      ? [...frame.lower.matchAll(SLOT_START)].map((m) => m.index)
      : cueStarts(rule.anchor.cue, frame.lower);
  let from = 0;
  for (const start of starts) {
    if (start < from) continue;
    rule.re.lastIndex = start;
    const match = rule.re.exec(frame.lower);
    if (!match) continue;
    from = start + Math.max(match[0].length, 1);
    yield match;
  }
}

/** "relate: sentence 4: … (“Công ty X trao tặng …”)": a skipped match, in words. */
function doubtOf(doubt: string, frame: SentenceFrame, match: RegExpMatchArray): string {
  const [start = 0, end = 0] = match.indices?.[0] ?? [];
  const words = frame.template.slice(start, end).replace(/\uE000[A-Z](\d+)\uE001/gu, (_m, i: string) => frame.slots[Number(i)]?.text ?? '');
  return `relate: sentence ${frame.sentence.index}: ${doubt} ("${words.trim()}")`;
}

/** Runs every rule that can match on one sentence; returns what it stated. */
function applyRules(frame: SentenceFrame, ctxBase: Omit<MatchContext, 'match'>, warnings: string[]): Candidate[] {
  const out: Candidate[] = [];
  if (frame.slots.length === 0) return out;
  const letters = frame.slots.map((s) => TYPE_LETTER[s.type]).join('');
  const cueSeen = cueMemo(frame.lower);
  for (const rule of RULES) {
    if (!canTry(rule, letters, cueSeen)) continue;
    for (const match of matchesOf(rule, frame)) {
      const ctx: MatchContext = { ...ctxBase, match };
      if (rule.when && !rule.when(ctx)) {
        if (rule.doubt) warnings.push(doubtOf(rule.doubt, frame, match));
        continue;
      }
      for (const spec of rule.facts) {
        for (const [subject, object] of pairsOf(spec, ctx)) {
          if (subject.entityId === object.entityId) continue;
          if (spec.when && !spec.when(ctx, subject, object)) {
            if (spec.doubt) warnings.push(doubtOf(spec.doubt, frame, match));
            continue;
          }
          out.push({
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
  return out;
}

export function relateFacts(input: RelateInput): { facts: FactOut[]; warnings: string[] } {
  const warnings: string[] = [];
  const store = new FactStore(input.extractor);
  const frames = buildFrames(input.sentences, input.mentions, input.resolution);
  const quantitiesOf = bySentence(input.quantities);
  const datesOf = bySentence(input.dates);
  let topic: { id: string; sentence: number } | undefined;
  const funded: Array<{ id: string; sentence: number }> = [];
  for (const frame of frames) {
    const quantities = outsideSlots(quantitiesOf.get(frame.sentence.index), frame);
    const dates = outsideSlots(datesOf.get(frame.sentence.index), frame);
    const stated = applyRules(frame, { frame, quantities, dates }, warnings);
    const amountOwners = amountOwnersOf(stated, quantities, store);
    for (const c of stated) store.add(c);
    for (const c of stated) if (c.predicate === 'FUNDED_BY') funded.push({ id: c.subject, sentence: frame.sentence.index });
    const carried = topic && frame.sentence.index - topic.sentence <= TOPIC_REACH ? topic.id : undefined;
    const attached = attachQuantities(frame, quantities, { amountOwners, topic: carried }, warnings);
    for (const c of attached) store.add(c);
    // A paragraph of figures keeps its topic alive: each sentence that used it carries it on.
    const own = topicOf(frame) ?? (attached.some((c) => c.subject === carried) ? carried : undefined);
    if (own) topic = { id: own, sentence: frame.sentence.index };
  }
  for (const c of nameLocations(frames, input.mentions, input.resolution)) store.add(c);
  for (const c of implicitReferences(frames, funded)) store.add(c);
  for (const c of winnerLists(frames)) store.add(c);
  for (const c of bothSides(frames)) store.add(c);
  return { facts: store.list(), warnings };
}

/**
 * Money carried as a fact's amount in this sentence: a FUNDED_BY amount belongs to the funded
 * subject (its investment); a price or a donation (ACQUIRED, DONATED_TO) stays on its fact (null),
 * unless that fact already carries another amount from an earlier sentence ("đã ủng hộ 280 triệu
 * đồng … Tổng số tiền ủng hộ là 523 triệu đồng"): the second figure is then the giver's own.
 */
function amountOwnersOf(stated: Candidate[], quantities: QuantityMention[], store: FactStore) {
  const owners = new Map<QuantityMention, string | null>();
  for (const c of stated) {
    const { amount } = c.qualifiers;
    if (amount === undefined || typeof c.object !== 'string') continue;
    const q = quantities.find((x) => x.kind === 'money' && x.value === amount);
    if (!q || owners.has(q)) continue;
    const earlier = store.amountOf(c.subject, c.predicate, c.object);
    const keptOnFact = earlier === undefined || earlier === amount;
    owners.set(q, c.predicate === 'FUNDED_BY' || !keptOnFact ? c.subject : null);
  }
  return owners;
}
