// Collects candidate facts; one fact per (subject, predicate, object): a fact stated in
// several sentences (the seed repeats its lead) keeps one entry with every sentence as evidence.
import type { EvidenceOut, FactOut, QuantityValue, Qualifiers } from '../../domain/extraction.ts';
import type { Predicate } from '../../domain/ontology.ts';
import type { Sentence } from '../../domain/pipeline.ts';
import { debugRelate } from './debug.ts';

export interface Candidate {
  subject: string;
  predicate: Predicate;
  object: string | QuantityValue;
  qualifiers: Qualifiers;
  confidence: number;
  sentence: Sentence;
  rule: string;
}

function objectKey(object: string | QuantityValue): string {
  return typeof object === 'string' ? object : `${object.kind}|${object.value}|${object.unit}`;
}

function evidenceOf(sentence: Sentence): EvidenceOut {
  return { sentence: sentence.index, start: sentence.start, end: sentence.end, quote: sentence.text };
}

export class FactStore {
  private readonly facts = new Map<string, FactOut>();
  /** Sentences already cited per fact: keeps adding evidence O(1) on long articles. */
  private readonly cited = new Map<string, Set<number>>();

  constructor(private readonly extractor: string) {}

  add(c: Candidate): void {
    debugRelate('sentence %d, rule %s: %s %s %j %j', c.sentence.index, c.rule, c.subject, c.predicate, c.object, c.qualifiers);
    const key = `${c.subject}|${c.predicate}|${objectKey(c.object)}`;
    const existing = this.facts.get(key);
    if (!existing) {
      this.facts.set(key, {
        subject: c.subject,
        predicate: c.predicate,
        object: c.object,
        qualifiers: { ...c.qualifiers },
        confidence: round(c.confidence),
        evidence: [evidenceOf(c.sentence)],
        extractor: this.extractor,
      });
      this.cited.set(key, new Set([c.sentence.index]));
      return;
    }
    existing.confidence = round(Math.max(existing.confidence, c.confidence));
    for (const [k, v] of Object.entries(c.qualifiers) as Array<[keyof Qualifiers, never]>) {
      if (existing.qualifiers[k] === undefined && v !== undefined) existing.qualifiers[k] = v;
    }
    const cited = this.cited.get(key);
    if (cited && !cited.has(c.sentence.index)) {
      cited.add(c.sentence.index);
      existing.evidence.push(evidenceOf(c.sentence));
    }
  }

  has(subject: string, predicate: Predicate, object: string): boolean {
    return this.facts.has(`${subject}|${predicate}|${object}`);
  }

  /** The amount a fact already carries, if it is stored with one. */
  amountOf(subject: string, predicate: Predicate, object: string): number | undefined {
    return this.facts.get(`${subject}|${predicate}|${object}`)?.qualifiers.amount;
  }

  /** Every fact, its evidence in text order. */
  list(): FactOut[] {
    const facts = [...this.facts.values()];
    for (const f of facts) f.evidence.sort((a, b) => a.start - b.start);
    return facts;
  }
}

const round = (x: number): number => Math.round(Math.min(1, Math.max(0, x)) * 100) / 100;
