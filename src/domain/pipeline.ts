// Types that flow between the extractor's stages (src/pipeline/*). Plain data only.
import type { EntityType, QuantityKind } from './ontology.ts';

/** Output of normalize: the text every later offset points into, plus metadata. */
export interface NormalizedArticle {
  text: string;
  title: string;
  publishedAt: string | null;
  source: string | null;
  url: string | null;
  warnings: string[];
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
}

/**
 * One span of text that names (or points back to) an entity.
 * Offsets are into the article's normalized text.
 */
export interface Mention {
  type: EntityType;
  start: number;
  end: number;
  /** Exact text.slice(start, end). */
  text: string;
  sentence: number;
  /** Display name this mention suggests, e.g. without quotes or a leading "Dự án". */
  name: string;
  /** Other names this mention states, e.g. the acronym in "Ngân hàng Thế giới (WB)". */
  aliases: string[];
  /** 0..1: how sure the recognizer is that this span is an entity of this type. */
  confidence: number;
  /** A back-reference ("Dự án trên", "giải thưởng này", "Sở"): resolve links it to an earlier entity. */
  anaphor?: boolean;
  /** Which rule produced it, for DEBUG=kg:extract. */
  rule: string;
}

/** A number with its unit found in the text ("29,3 triệu USD" → 29300000 USD). */
export interface QuantityMention {
  kind: QuantityKind;
  value: number;
  unit: string;
  measure: string | null;
  start: number;
  end: number;
  text: string;
  sentence: number;
  year?: number;
}

/** A date or year stated in the text ("năm 2011", "ngày 06/9/2019"). */
export interface DateMention {
  start: number;
  end: number;
  text: string;
  sentence: number;
  year: number;
  /** ISO date when day and month are known. */
  date?: string;
}

/** Mentions grouped into entities: resolve's output. */
export interface ResolvedEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  nameKey: string;
  /** Indexes into the mentions array given to resolve. */
  mentionIndexes: number[];
}

export interface Resolution {
  entities: ResolvedEntity[];
  /** mentions[i] belongs to entities[entityOfMention[i]] (or -1 when dropped). */
  entityOfMention: number[];
  warnings: string[];
}
