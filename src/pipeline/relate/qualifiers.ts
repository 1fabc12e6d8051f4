// Qualifiers a fact takes from its sentence: year (award names, "năm 2011"), amount and
// currency (the money figure), via ("thông qua …"), role, date and document (agreements).
import type { Qualifiers } from '../../domain/extraction.ts';
import type { EntityPredicate } from '../../domain/ontology.ts';
import { cueAlternation } from './cues.ts';
import type { MatchContext } from './rule-types.ts';
import { slotsIn, wordsOnly, type Slot } from './sentence-frame.ts';

const YEAR_IN_NAME = /(?<![\p{L}\p{M}\p{N}])(?:năm\s+)?((?:19|20)\d\d)(?![\p{L}\p{M}\p{N}])/iu;
const YEAR_IN_WORDS = /(?<![\p{L}\p{M}\p{N}])năm\s+((?:19|20)\d\d)(?![\p{L}\p{M}\p{N}])/giu;
const VIA = /thông\s+qua\s*(\uE000[A-Z]\d+\uE001)/u;
const AGREEMENT_NOUN = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${cueAlternation('agree_noun')}(?![\\p{L}\\p{M}\\p{N}])`, 'iu');

const YEAR_PREDICATES = new Set<EntityPredicate>(['WON', 'AWARDED_BY', 'AWARDED_FOR', 'NOMINATED_FOR', 'FUNDED_BY']);
const AMOUNT_PREDICATES = new Set<EntityPredicate>(['FUNDED_BY', 'DONATED_TO', 'ACQUIRED']);

/** "… cộng đồng ASEAN năm 2011" → 2011; else the one "năm YYYY" of the sentence's own words. */
export function yearOf(ctx: MatchContext, award: Slot | undefined): number | undefined {
  const inName = award ? YEAR_IN_NAME.exec(award.name) ?? YEAR_IN_NAME.exec(award.text) : null;
  if (inName?.[1]) return Number(inName[1]);
  const years = new Set([...wordsOnly(ctx.frame.template).matchAll(YEAR_IN_WORDS)].map((m) => Number(m[1])));
  for (const d of ctx.dates) if (!d.date) years.add(d.year);
  return years.size === 1 ? [...years][0] : undefined;
}

/**
 * The money figure of the fact: the only one of the sentence, or, among several, the one
 * nearest before the later of the two names ("vốn ODA là 1,68 triệu USD từ ⟨X⟩, vốn đối ứng là
 * 138.800 USD từ ⟨Y⟩" → 1,68 million for X, 138,800 for Y).
 */
function moneyOf(ctx: MatchContext, subject: Slot, object: Slot): Qualifiers {
  const money = ctx.quantities.filter((q) => q.kind === 'money');
  const from = Math.min(subject.end, object.end);
  const to = Math.max(subject.start, object.start);
  const between = money.filter((q) => q.start >= from && q.end <= to);
  const pick = money.length === 1 ? money[0] : between[between.length - 1];
  return pick ? { amount: pick.value, currency: pick.unit } : {};
}

function dateOf(ctx: MatchContext): string | undefined {
  const full = ctx.dates.filter((d) => d.date);
  return full.length === 1 ? full[0]?.date : undefined;
}

function documentOf(ctx: MatchContext): string | undefined {
  const doc = ctx.frame.slots.find((s) => s.type === 'Document');
  if (doc) return doc.name;
  return AGREEMENT_NOUN.exec(wordsOnly(ctx.frame.template))?.[0];
}

export function qualifiersFor(
  predicate: EntityPredicate,
  ctx: MatchContext,
  subject: Slot,
  object: Slot,
): Qualifiers {
  const q: Qualifiers = {};
  if (YEAR_PREDICATES.has(predicate)) {
    const award = [subject, object].find((s) => s.type === 'Award');
    const year = yearOf(ctx, award);
    if (year !== undefined) q.year = year;
  }
  if (AMOUNT_PREDICATES.has(predicate)) Object.assign(q, moneyOf(ctx, subject, object));
  if (predicate === 'FUNDED_BY') {
    const via = slotsIn(ctx.frame, VIA.exec(ctx.frame.template)?.[1])[0];
    if (via && via.entityId !== subject.entityId && via.entityId !== object.entityId) q.via = via.entityId;
  }
  if (predicate === 'HOLDS_POSITION') {
    // Matched on the lower-case template; the role keeps the article's own case.
    const span = ctx.match.indices?.groups?.role;
    const role = span ? ctx.frame.template.slice(span[0], span[1]).trim() : undefined;
    if (role) q.role = role;
  }
  if (predicate === 'AGREEMENT_WITH') {
    const date = dateOf(ctx);
    if (date) q.date = date;
    const document = documentOf(ctx);
    if (document) q.document = document;
  }
  return q;
}
