// ExtractResult → the parameter rows of the loader's statements (statements.ts). Pure:
// no database, so the rows are snapshot-tested in test/unit/graph/.
import { createHash } from 'node:crypto';
import type { EntityOut, ExtractResult, FactOut, QuantityValue } from '../../domain/extraction.ts';
import { foldKey, foldText } from '../../domain/fold.ts';
import { bandsOf, simhash } from '../../dedupe/simhash.ts';
import type { EntityPredicate, EntityType } from '../../domain/ontology.ts';
import { toNeo4jDate, toNeo4jNumber } from './neo4j-values.ts';
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

export interface ArticleRows {
  articleId: string;
  contentHash: string;
  article: Record<string, unknown>;
  sentences: Array<Record<string, unknown>>;
  entities: Partial<Record<EntityType, EntityRow[]>>;
  mentions: Array<Record<string, unknown>>;
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
      publishedAt: toNeo4jDate(article.publishedAt),
      source: article.source ?? null,
      url: article.url ?? null,
      language: article.language,
      contentHash: article.contentHash,
      ...sourceProperties(article),
      ...fingerprintProperties(fingerprint),
    },
    sentences: result.sentences.map((s) => ({
      id: sentenceId(article.id, s.index),
      articleId: article.id,
      index: toNeo4jNumber(s.index),
      text: s.text,
      start: toNeo4jNumber(s.start),
      end: toNeo4jNumber(s.end),
    })),
    entities: groupBy(entityRows(result.entities), (e) => e.type),
    mentions: mentionRows(result),
    facts: groupBy(
      facts.filter(([p]) => p !== 'HAS_QUANTITY'),
      ([p]) => p as EntityPredicate,
      ([, row]) => row,
    ),
    quantityFacts: facts.filter(([p]) => p === 'HAS_QUANTITY').map(([, row]) => row),
  };
}

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

/** Mention offsets become Sentence-relative: sentence.text.slice(start, end) === text. */
function mentionRows(result: ExtractResult): Array<Record<string, unknown>> {
  const starts = new Map(result.sentences.map((s) => [s.index, s.start]));
  const rows = new Map<string, Record<string, unknown>>();
  for (const entity of result.entities) {
    for (const m of entity.mentions) {
      const offset = starts.get(m.sentence) ?? 0;
      const key = `${entity.id}\u0000${m.start}\u0000${m.end}`;
      rows.set(key, {
        sentenceId: sentenceId(result.article.id, m.sentence),
        entityId: entity.id,
        start: toNeo4jNumber(m.start - offset),
        end: toNeo4jNumber(m.end - offset),
        text: m.text,
        articleStart: toNeo4jNumber(m.start),
        articleEnd: toNeo4jNumber(m.end),
      });
    }
  }
  return [...rows.values()];
}

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
