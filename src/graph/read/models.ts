// What the read queries return, as plain data. The API's types resolve over these rows.
import type { EntityType, Predicate, QuantityKind } from '../../domain/ontology.ts';

export interface EntityRow {
  kind: 'entity';
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  nameKey: string | null;
}

export interface QuantityRow {
  kind: 'quantity';
  id: string;
  value: number;
  unit: string;
  quantityKind: QuantityKind;
  measure: string | null;
  text: string | null;
  year: number | null;
}

export interface ArticleRow {
  kind: 'article';
  id: string;
  title: string | null;
  publishedAt: string | null;
  source: string | null;
  url: string | null;
  language: string | null;
  contentHash: string | null;
  /** The archive's own id for the article, when it came from one. */
  externalId: string | null;
  topic: string | null;
}

export interface SentenceRow {
  kind: 'sentence';
  id: string;
  articleId: string;
  index: number;
  text: string;
  start: number;
  end: number;
}

export interface MentionRow {
  kind: 'mention';
  sentenceId: string;
  entityId: string;
  start: number;
  end: number;
  text: string;
}

/** Qualifier properties of a fact relationship (docs/ontology.md). */
export interface QualifierValues {
  year: number | null;
  date: string | null;
  amount: number | null;
  currency: string | null;
  role: string | null;
  via: string | null;
  document: string | null;
  finalist: boolean | null;
}

/** A window of a fact's evidence sentences, in their stored order; limit null: to the end. */
export interface EvidencePage {
  skip: number;
  limit: number | null;
}

export interface FactRow {
  kind: 'fact';
  /** Stable key of the relationship: "<subject id>|<PREDICATE>|<object id>". */
  key: string;
  predicate: Predicate;
  subject: EntityRow;
  object: EntityRow | QuantityRow;
  confidence: number | null;
  extractor: string | null;
  /**
   * Sentence ids stating the fact, across articles. Empty when read by a query that selected
   * none of the counts built on it (see FactReadShape.lists).
   */
  evidence: string[];
  /** Those sentences and their articles, fetched with the fact: the `evidencePage` of them. */
  /** `sentence` is null when only the quotes were read (FactReadShape.quotesOnly). */
  evidenceRows: Array<{ sentence: SentenceRow | null; quote: string; article: ArticleRow | null }>;
  /** Which window of the evidence `evidenceRows` holds; null: all of it. */
  evidencePage: EvidencePage | null;
  /** Empty when `evidence` is (see above). */
  articleIds: string[];
  qualifiers: QualifierValues;
  /** The object's own facts, when the query asked for them ahead (see FactsLevel). */
  next: FactRow[] | null;
}

/** One page of rows for one parent, from a batched query. */
export interface PageOf<T> {
  id: string;
  items: T[];
}
