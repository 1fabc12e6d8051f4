// What a rule proposes before overlaps are settled: a span, a type and how much to trust it.
import type { EntityType } from '../../../domain/ontology.ts';
import type { Sentence } from '../../../domain/pipeline.ts';
import type { Token } from '../../lexicon/tokens.ts';

export interface Candidate {
  type: EntityType;
  start: number;
  end: number;
  /** Exact text.slice(start, end). */
  text: string;
  name: string;
  aliases: string[];
  confidence: number;
  rule: string;
  /** Settles overlaps: a higher tier wins, then the longer span. */
  tier: number;
  anaphor?: boolean;
  /**
   * "Viện Nghiên cứu", "Công ty Đầu tư": a head and an activity name a kind of body, not one. The
   * miner still counts them (what follows them in the archive may complete them); they are
   * never entities.
   */
  kindOnly?: boolean;
}

export interface SentenceContext {
  text: string;
  sentence: Sentence;
  tokens: Token[];
  /** Acronyms defined earlier in the article ("Ngân hàng Thế giới (WB)" → "wb" ↦ name). */
  acronyms: Map<string, string>;
  /** How often each capitalised Latin word occurs in the article: a brand named once is doubtful. */
  latinCounts: Map<string, number>;
  /** Why a likely name was skipped (precision first), one line per distinct case: becomes warnings. */
  skipped: Map<string, string>;
  /** Provinces the article names anywhere: their districts count as places without "huyện". */
  provinces: Set<string>;
  /** Headed names of the article by their last word when it is an acronym ("ssi" → "Công ty Chứng khoán SSI"). */
  namesByLastWord?: Map<string, string>;
  /** Foreign words the article itself names as a person ("tiền đạo X") or a product ("sâu X") somewhere: so they are everywhere in it. */
  namedAsNonOrganisation?: Map<string, 'person' | 'not-organisation'>;
}

export const TIER = { quoted: 5, known: 4, titled: 4, headed: 3, cue: 3, prefixedPlace: 3, brand: 2, place: 2, person: 1, anaphor: 0 } as const;

export function span(ctx: SentenceContext, from: number, to: number): { start: number; end: number; text: string } {
  const first = ctx.tokens[from];
  const last = ctx.tokens[to - 1];
  if (!first || !last) throw new Error(`empty span ${from}..${to}`);
  return { start: first.start, end: last.end, text: ctx.text.slice(first.start, last.end) };
}
