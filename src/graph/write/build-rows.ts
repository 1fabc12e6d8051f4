// ExtractResult → the parameter rows of the loader's statements (statements.ts). Pure:
// no database, so the rows are snapshot-tested in test/unit/graph/. The rows hold plain
// values only (strings, numbers, bigints for integers, ISO dates; neo4j-values.ts), already
// nested (mentions under their sentence) and in lock order: an extraction worker builds them
// (src/ingest/), and the thread that writes them has nothing left to compute.
import { createHash } from 'node:crypto';
import type { EntityOut, ExtractResult, FactOut, QuantityValue } from '../../domain/extraction.ts';
import { foldKey, foldText } from '../../domain/fold.ts';
import { bandsOf, simhash } from '../../dedupe/simhash.ts';
import type { EntityPredicate, EntityType } from '../../domain/ontology.ts';
import { compareLockKeys, entityLockKey, factLockKey } from './lock-order.ts';
import { toIsoDate, toNeo4jNumber } from './neo4j-values.ts';
import { qualifierProperties } from './qualifier-properties.ts';

export interface EntityRow {
  id: string;
  type: EntityType;
  name: string;
  nameKey: string;
  aliases: string[];
  searchForms: string[];
}

export interface FactRow {
  /** The articles stating it in this write, with the confidence each gave (parallel lists). */
  articleIds: string[];
  confidences: number[];
  subject: string;
  /** Entity id, or for HAS_QUANTITY the Quantity id. */
  object: string;
  evidence: string[];
  extractor: string;
  qualifiers: Record<string, unknown>;
  /** HAS_QUANTITY only: the Quantity node's properties. */
  quantity?: Record<string, unknown>;
}

/** A mention, under its sentence: offsets Sentence-relative (start, end) and in the article. */
export interface MentionRow {
  entityId: string;
  start: bigint;
  end: bigint;
  text: string;
  articleStart: bigint;
  articleEnd: bigint;
}

export interface SentenceRow {
  id: string;
  articleId: string;
  index: bigint;
  text: string;
  start: bigint;
  end: bigint;
  mentions: MentionRow[];
}

export interface ArticleRows {
  articleId: string;
  contentHash: string;
  /** The Article node's properties (publishedAt an ISO date, stored as a Date). */
  article: Record<string, unknown>;
  sentences: SentenceRow[];
  /** Per label, in lock order (by id). */
  entities: Partial<Record<EntityType, EntityRow[]>>;
  /** Per type, in lock order (by subject, then object). */
  facts: Partial<Record<EntityPredicate, FactRow[]>>;
  quantityFacts: FactRow[];
  /** The text's SimHash fingerprint (dedupe/simhash.ts), null when too short to compare. */
  simhash: string | null;
}

/** "art:1f2e…" + 3 → "art:1f2e…:s3" */
/** "subject|TYPE|object": a fact's identity. */
export const factKey = (subject: string, type: string, object: string): string => `${subject}|${type}|${object}`;

export const sentenceId = (articleId: string, index: number): string => `${articleId}:s${index}`;

export function buildRows(result: ExtractResult): ArticleRows {
  const { article } = result;
  const facts = factRows(result);
  const fingerprint = simhash(result.text);
  return {
    simhash: fingerprint,
    articleId: article.id,
    contentHash: article.contentHash,
    article: {
      id: article.id,
      title: article.title,
      publishedAt: toIsoDate(article.publishedAt),
      source: article.source ?? null,
      url: article.url ?? null,
      language: article.language,
      contentHash: article.contentHash,
      ...sourceProperties(article),
      ...fingerprintProperties(fingerprint),
    },
    sentences: sentenceRows(result),
    entities: groupBy(inLockOrder(entityRows(result.entities), entityLockKey), (e) => e.type),
    facts: groupBy(
      inLockOrder(facts.filter(([p]) => p !== 'HAS_QUANTITY'), ([, row]) => factLockKey(row)),
      ([p]) => p as EntityPredicate,
      ([, row]) => row,
    ),
    quantityFacts: inLockOrder(
      facts.filter(([p]) => p === 'HAS_QUANTITY').map(([, row]) => row),
      factLockKey,
    ),
  };
}

const inLockOrder = <T>(items: T[], key: (item: T) => string): T[] => items.sort((a, b) => compareLockKeys(key(a), key(b)));

/** An archive's own id and topic, when the input had them (not written as nulls). */
function sourceProperties(article: ExtractResult['article']): Record<string, string> {
  const out: Record<string, string> = {};
  if (typeof article.externalId === 'string' && article.externalId !== '') out.externalId = article.externalId;
  if (typeof article.topic === 'string' && article.topic !== '') out.topic = article.topic;
  return out;
}

/** Article.simhash and its four indexed bands simhash0…simhash3, looked up by link-duplicates.ts. */
function fingerprintProperties(fingerprint: string | null): Record<string, string> {
  if (!fingerprint) return {};
  return Object.fromEntries([['simhash', fingerprint], ...bandsOf(fingerprint).map((band, i) => [`simhash${i}`, band])]);
}

/** Same id twice in one article → one row, aliases united. */
function entityRows(entities: EntityOut[]): EntityRow[] {
  const byId = new Map<string, EntityRow>();
  for (const entity of entities) {
    const forms = [entity.name, ...entity.aliases].map((x) => x.normalize('NFC').trim()).filter((x) => x !== '');
    const row = byId.get(entity.id) ?? {
      id: entity.id,
      type: entity.type,
      name: entity.name.normalize('NFC').trim(),
      nameKey: foldText(entity.name),
      aliases: [],
      searchForms: [],
    };
    row.aliases = unique([...row.aliases, ...forms]);
    // "Future Gov" → ["future gov", "futuregov"]: spaced and unspaced both searchable.
    row.searchForms = unique([...row.searchForms, ...forms.flatMap((x) => [foldText(x), foldKey(x)])]).filter((x) => x !== '');
    byId.set(entity.id, row);
  }
  return [...byId.values()];
}

/** Sentences, each with its mentions; mention offsets Sentence-relative: sentence.text.slice(start, end) === text. */
function sentenceRows(result: ExtractResult): SentenceRow[] {
  const { id } = result.article;
  const sentences = new Map<number, SentenceRow>();
  for (const s of result.sentences) {
    const row = { id: sentenceId(id, s.index), articleId: id, index: toInteger(s.index), text: s.text, start: toInteger(s.start), end: toInteger(s.end) };
    sentences.set(s.index, { ...row, mentions: [] });
  }
  const starts = new Map(result.sentences.map((s) => [s.index, s.start]));
  // One row per entity and span: a repeat keeps the first one's place and the last one's values.
  const mentions = new Map<string, { sentence: number; row: MentionRow }>();
  for (const entity of result.entities) {
    for (const m of entity.mentions) {
      const offset = starts.get(m.sentence) ?? 0;
      const row = {
        entityId: entity.id,
        start: toInteger(m.start - offset),
        end: toInteger(m.end - offset),
        text: m.text,
        articleStart: toInteger(m.start),
        articleEnd: toInteger(m.end),
      };
      mentions.set(`${entity.id}\u0000${m.start}\u0000${m.end}`, { sentence: m.sentence, row });
    }
  }
  for (const { sentence, row } of mentions.values()) sentences.get(sentence)?.mentions.push(row);
  return [...sentences.values()];
}

/** An offset or index (integers, validated) as the Integer it is stored as. */
const toInteger = (value: number): bigint => toNeo4jNumber(value) as bigint;

/**
 * One row per (subject, predicate, object) in the article: the fact's identity. Repeats
 * within the article unite their evidence, keep the highest confidence and the first
 * value of each qualifier.
 */
function factRows(result: ExtractResult): Array<[FactOut['predicate'], FactRow]> {
  const rows = new Map<string, [FactOut['predicate'], FactRow]>();
  for (const fact of result.facts) {
    const quantity = typeof fact.object === 'string' ? null : fact.object;
    const object = quantity ? quantityId(fact.subject, quantity) : (fact.object as string);
    const key = `${fact.subject}\u0000${fact.predicate}\u0000${object}`;
    const evidence = fact.evidence.map((e) => sentenceId(result.article.id, e.sentence));
    const qualifiers = qualifierProperties(fact.qualifiers ?? {});
    const seen = rows.get(key)?.[1];
    if (seen) {
      seen.evidence = unique([...seen.evidence, ...evidence]);
      seen.confidences = [Math.max(seen.confidences[0] ?? 0, fact.confidence)];
      seen.qualifiers = { ...qualifiers, ...seen.qualifiers };
      continue;
    }
    const row: FactRow = {
      articleIds: [result.article.id],
      confidences: [fact.confidence],
      subject: fact.subject,
      object,
      evidence: unique(evidence),
      extractor: fact.extractor,
      qualifiers,
    };
    if (quantity) row.quantity = quantityProperties(object, quantity);
    rows.set(key, [fact.predicate, row]);
  }
  return [...rows.values()];
}

/** One Quantity node per subject and number: ("org:wb", 29300000 USD investment) → "qty:…". */
export function quantityId(subject: string, q: QuantityValue): string {
  const basis = [subject, q.kind, String(q.value), q.unit, q.measure ?? ''].join('\u0000');
  return `qty:${createHash('sha256').update(basis).digest('hex').slice(0, 20)}`;
}

function quantityProperties(id: string, q: QuantityValue): Record<string, unknown> {
  return {
    id,
    kind: q.kind,
    value: toNeo4jNumber(q.value),
    unit: q.unit,
    measure: q.measure ?? null,
    text: q.text,
    year: q.year === undefined ? null : toNeo4jNumber(q.year),
  };
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

function groupBy<T, K extends string, V = T>(items: T[], key: (item: T) => K, value?: (item: T) => V): Partial<Record<K, V[]>> {
  const groups: Partial<Record<K, V[]>> = {};
  for (const item of items) {
    const k = key(item);
    (groups[k] ??= []).push(value ? value(item) : (item as unknown as V));
  }
  return groups;
}
