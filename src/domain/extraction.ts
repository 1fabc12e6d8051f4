// What `kg extract --format json` prints: the contract of docs/extract-json.md.
// Add fields freely; never rename or remove these. Offsets are UTF-16 code units into
// `ExtractResult.text`, half-open [start, end).
import type { EntityType, Predicate, QuantityKind } from './ontology.ts';

export interface ArticleMeta {
  /** Stable: same normalized content (or same URL) → same id. "art:…" */
  id: string;
  title: string;
  /** ISO date "2022-01-24" or null. */
  publishedAt: string | null;
  source: string | null;
  url?: string | null;
  language: 'vi';
  /** sha256 of the normalized text; tells an updated article from an unchanged one. */
  contentHash: string;
  /** The archive's own id for the article (a corpus record's `id`), when the input had one. */
  externalId?: string | null;
  /** The archive's topic or section ("business"), when the input had one. */
  topic?: string | null;
}

export interface SentenceOut {
  index: number;
  start: number;
  end: number;
  text: string;
}

export interface MentionOut {
  sentence: number;
  start: number;
  end: number;
  text: string;
}

export interface EntityOut {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  /** Folded key used for search and resolution (see pipeline/resolve/fold.ts). */
  nameKey: string;
  mentions: MentionOut[];
}

export interface QuantityValue {
  kind: QuantityKind;
  value: number;
  /** ISO 4217 for money ("USD", "VND"); the counted noun for counts ("máy tính"); "%" for percent. */
  unit: string;
  /** What is measured: "investment", "nominations", "computers"… or null when unknown. */
  measure: string | null;
  text: string;
  year?: number;
}

export interface EvidenceOut {
  sentence: number;
  start: number;
  end: number;
  quote: string;
}

export type Qualifiers = {
  year?: number;
  date?: string;
  amount?: number;
  currency?: string;
  role?: string;
  via?: string;
  document?: string;
  finalist?: boolean;
};

export interface FactOut {
  subject: string;
  predicate: Predicate;
  /** An entity id, or for HAS_QUANTITY the quantity itself. */
  object: string | QuantityValue;
  qualifiers: Qualifiers;
  confidence: number;
  evidence: EvidenceOut[];
  /** e.g. "rules-vi@1" */
  extractor: string;
}

export interface ExtractResult {
  article: ArticleMeta;
  text: string;
  sentences: SentenceOut[];
  entities: EntityOut[];
  facts: FactOut[];
  /** Every quantity found, attached or not (attached ones also appear as HAS_QUANTITY facts). */
  quantities: Array<QuantityValue & { start: number; end: number; sentence: number }>;
  warnings: string[];
}
