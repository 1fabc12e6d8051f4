// What a relation rule is: a pattern over a sentence frame plus the facts a match states.
import type { EntityPredicate } from '../../domain/ontology.ts';
import type { Qualifiers } from '../../domain/extraction.ts';
import type { DateMention, QuantityMention } from '../../domain/pipeline.ts';
import type { SentenceFrame, Slot } from './sentence-frame.ts';

export interface MatchContext {
  frame: SentenceFrame;
  match: RegExpMatchArray;
  /** Quantities and dates of this sentence that lie outside every entity mention. */
  quantities: QuantityMention[];
  dates: DateMention[];
}

export interface FactSpec {
  /** Capture group of the subject; "first:JE" = the sentence's first slot of those types, "all:O" every one. */
  s: string;
  p: EntityPredicate;
  /** Capture group of the object; equal to `s` with `pairs` = every pair inside one list. */
  o: string;
  /** Confidence of a fact stated this way (0..1). */
  c: number;
  /** Fixed qualifiers, e.g. { finalist: true }. */
  q?: Qualifiers;
  pairs?: boolean;
  /** Keep only subject/object slots of these type letters (from a mixed list). */
  sTypes?: string;
  oTypes?: string;
  when?: (ctx: MatchContext, subject: Slot, object: Slot) => boolean;
  /** Said in `warnings` when `when` turns a match down: why the fact was skipped. */
  doubt?: string;
}

export interface RuleDef {
  id: string;
  pattern: string;
  facts: FactSpec[];
  /** Sentence-level guard, e.g. "the sentence speaks of an agreement". */
  when?: (ctx: MatchContext) => boolean;
  /** Said in `warnings` when `when` turns a match down. */
  doubt?: string;
}

export interface CompiledRule extends RuleDef {
  /** Global regex, or sticky when `anchor` says where matches can start. */
  re: RegExp;
  anchor: { slot: true } | { cue: string } | null;
  /** Type letters that must all be present in the template for the rule to be tried. */
  needs: string[];
  /** Cue lists that must occur in the sentence for the rule to be tried. */
  cues: string[];
}
