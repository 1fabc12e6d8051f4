// The matching rules of the gold files' header, ported from the evaluation's scorer
// (score_extract.py, which `npm run eval` runs): names folded, types equal; a fact matches when its
// predicate is one of the gold's and both ends match; quantities on kind, value ±0.5 %, unit.
import type { EntityOut, ExtractResult, FactOut } from '../../../../src/domain/extraction.ts';

export interface GoldEntity {
  type: string;
  names: string[];
  optional?: boolean;
}
export interface GoldFact {
  subject: string[];
  predicate: string[];
  object: string[];
  optional?: boolean;
  qualifiers?: Record<string, unknown>;
}
export interface GoldQuantity {
  of?: string[];
  kind?: string;
  value: number;
  unit?: string;
  unit_contains?: string;
  optional?: boolean;
}
export interface GoldFile {
  entities: Record<string, GoldEntity>;
  facts: GoldFact[];
  quantities: GoldQuantity[];
  must_not: string[];
}

const CONTAIN_MIN_RATIO = 0.8;
const VALUE_REL_TOLERANCE = 0.005;

/** NFC; Ð/Đ/đ → d; lower case; drop combining marks; keep letters and digits only. */
export function fold(value: string): string {
  return value
    .normalize('NFC')
    .replace(/[\u00D0\u00F0\u0110\u0111\u0189]/gu, 'd')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

export function foldsMatch(a: string, b: string): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.includes(short) && short.length >= CONTAIN_MIN_RATIO * long.length;
}

export function entityFolds(e: EntityOut): string[] {
  return [...new Set([e.name, ...e.aliases, ...e.mentions.map((m) => m.text)].map(fold).filter(Boolean))];
}

export function entityMatches(e: EntityOut, g: GoldEntity): boolean {
  const golds = g.names.map(fold);
  return e.type === g.type && entityFolds(e).some((a) => golds.some((b) => foldsMatch(a, b)));
}

/** Gold keys each predicted entity id stands for. */
export function goldKeysById(result: ExtractResult, gold: GoldFile): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const e of result.entities) {
    const keys = Object.entries(gold.entities).filter(([, g]) => entityMatches(e, g)).map(([k]) => k);
    out.set(e.id, new Set(keys));
  }
  return out;
}

export function factMatches(f: FactOut, g: GoldFact, keys: Map<string, Set<string>>): boolean {
  if (!g.predicate.includes(f.predicate) || typeof f.object !== 'string') return false;
  const s = [...(keys.get(f.subject) ?? [])].filter((k) => g.subject.includes(k));
  const o = [...(keys.get(f.object) ?? [])].filter((k) => g.object.includes(k));
  return s.some((a) => o.some((b) => a !== b));
}

function valueClose(pred: number, gold: number): boolean {
  return gold === 0 ? pred === 0 : Math.abs(pred - gold) <= VALUE_REL_TOLERANCE * Math.abs(gold);
}

function unitOk(g: GoldQuantity, unit: string | undefined): boolean {
  const u = unit ? fold(unit) : '';
  const conds: boolean[] = [];
  if (g.unit !== undefined) conds.push(Boolean(u) && u === fold(g.unit));
  if (g.unit_contains !== undefined) conds.push(Boolean(u) && u.includes(fold(g.unit_contains)));
  return conds.length === 0 || conds.some(Boolean);
}

/** HAS_QUANTITY objects and money amounts on facts, as (subject, kind, value, unit). */
export function quantityCandidates(result: ExtractResult) {
  return result.facts.flatMap((f) => {
    const out: Array<{ subject: string; kind: string; value: number; unit?: string }> = [];
    if (f.predicate === 'HAS_QUANTITY' && typeof f.object !== 'string') {
      out.push({ subject: f.subject, kind: f.object.kind, value: f.object.value, unit: f.object.unit });
    }
    if (f.qualifiers.amount !== undefined) {
      out.push({ subject: f.subject, kind: 'money', value: f.qualifiers.amount, unit: f.qualifiers.currency });
    }
    return out;
  });
}

export function quantityFound(result: ExtractResult, g: GoldQuantity, keys: Map<string, Set<string>>): boolean {
  return quantityCandidates(result).some(
    (c) =>
      (g.kind === undefined || c.kind === g.kind) &&
      valueClose(c.value, g.value) &&
      unitOk(g, c.unit) &&
      (g.of === undefined || [...(keys.get(c.subject) ?? [])].some((k) => g.of?.includes(k))),
  );
}
