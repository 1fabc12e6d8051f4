// Cypher projections shared by the read queries, and their mapping to the row types.
// Projections name every property (never `.*`) so the folded searchText stays in the database.
import neo4j from 'neo4j-driver';
import { isEntityType, isPredicate, type EntityType, type QuantityKind } from '../../domain/ontology.ts';
import type { ArticleRow, EntityRow, EvidencePage, FactRow, MentionRow, QuantityRow, QualifierValues, SentenceRow } from './models.ts';

export const ENTITY_MAP = (v: string) => `${v} {.id, .type, .name, .aliases, .nameKey}`;
export const ARTICLE_MAP = (v: string) => `${v} {.id, .title, .publishedAt, .source, .url, .language, .contentHash, .externalId, .topic}`;
export const SENTENCE_MAP = (v: string) => `${v} {.id, .articleId, .index, .text, .start, .end}`;
export const QUANTITY_MAP = (v: string) => `${v} {.id, .value, .unit, .kind, .measure, .text, .year}`;

const ENTITY_KEYS = ['id', 'type', 'name', 'aliases', 'nameKey'];
const QUANTITY_KEYS = ['value', 'unit', 'kind', 'measure', 'text', 'year'];
/** `{id: x.id, …}` for any expression x (map projection needs a variable; these need not be one). */
const pick = (expr: string, keys: string[]) => `{${keys.map((k) => `${k}: ${expr}.${k}`).join(', ')}}`;

const OBJECT_KEYS = [...ENTITY_KEYS, ...QUANTITY_KEYS];

/**
 * The evidence sentences of fact `r` (those in `ids`, a list expression), and (when
 * `articles`) their articles; with `quotesOnly` only each sentence's text, as `quote`.
 */
function evidenceRows(r: string, { articles, quotesOnly }: FactReadShape, ids = `${r}.evidence`): string {
  const [s, a] = [`${r}s`, `${r}a`];
  if (quotesOnly) return `COLLECT { UNWIND ${ids} AS sid MATCH (${s}:Sentence {id: sid}) RETURN {quote: ${s}.text} }`;
  if (!articles) return `COLLECT { UNWIND ${ids} AS sid MATCH (${s}:Sentence {id: sid}) RETURN {sentence: ${SENTENCE_MAP(s)}} }`;
  return `COLLECT { UNWIND ${ids} AS sid MATCH (${s}:Sentence {id: sid})
    OPTIONAL MATCH (${a}:Article {id: ${s}.articleId})
    RETURN {sentence: ${SENTENCE_MAP(s)}, article: ${ARTICLE_MAP(a)}} }`;
}

/** What a read of facts fetches besides the facts' own values (the query's selection decides). */
export interface FactReadShape {
  /** The evidence's articles (`evidence { article }`); otherwise the article resolver loads them by id. */
  articles: boolean;
  /** The evidence and article id lists (for supportCount, articleCount, storyCount), which run to hundreds of ids on a hub's facts. */
  lists: boolean;
  /**
   * Which evidence sentences: 'none' (evidence not selected), 'all', or 'window': the
   * slice between parameters `$<param>Skip` and `$<param>End`, echoed in `evidencePage` with
   * `$<param>Limit` (null: to the end).
   */
  evidence: 'none' | 'all' | 'window';
  /**
   * Only the evidence's `quote` is selected: each sentence's text is all that is read. On a
   * hub's page the sentences' other fields (two ids, three integers each) were a sixth of
   * the driver's decoding for nothing.
   */
  quotesOnly: boolean;
  /** The ends' aliases (a place like Việt Nam has dozens, repeated on each of its facts). */
  aliases: boolean;
}

/** What a read fetches of the evidence, for a window of it ({skip: 0, limit: 0}: none). */
export function evidenceReadOf(page: EvidencePage): FactReadShape['evidence'] {
  if (page.limit === 0) return 'none';
  return page.skip === 0 && page.limit === null ? 'all' : 'window';
}

/** Past any evidence list's end (a Cypher list slice needs an end). */
const TO_THE_END = 2 ** 31 - 1;

/** The parameters of an evidence window (see FactReadShape.evidence); none unless it is one. */
export function evidenceParams(param: string, page: EvidencePage): Record<string, unknown> {
  if (evidenceReadOf(page) !== 'window') return {};
  const { skip, limit } = page;
  return {
    [`${param}Skip`]: neo4j.int(skip),
    [`${param}End`]: neo4j.int(limit === null ? TO_THE_END : Math.min(skip + limit, TO_THE_END)),
    [`${param}Limit`]: limit === null ? null : neo4j.int(limit),
  };
}

const QUALIFIER_KEYS = ['year', 'date', 'amount', 'currency', 'role', 'via', 'document', 'finalist'];
const SCALAR_FACT_KEYS = ['confidence', 'extractor', ...QUALIFIER_KEYS];

/** The fact's evidence rows and the window they are, as map entries. */
function evidenceEntries(r: string, shape: FactReadShape, param: string): string {
  if (shape.evidence === 'none') return 'evidenceRows: [], evidencePage: {skip: 0, limit: 0}';
  if (shape.evidence === 'all') return `evidenceRows: ${evidenceRows(r, shape)}, evidencePage: null`;
  const [skip, end, limit] = [`$${param}Skip`, `$${param}End`, `$${param}Limit`];
  return `evidenceRows: ${evidenceRows(r, shape, `${r}.evidence[${skip}..${end}]`)}, evidencePage: {skip: ${skip}, limit: ${limit}}`;
}

/** Everything of a fact: what a read without a query's selection to go by fetches. */
export const WHOLE_FACT: FactReadShape = { articles: true, lists: true, evidence: 'all', aliases: true, quotesOnly: false };

/** A fact's map for `toFact`, given map expressions for its two ends. */
function factMap(r: string, subject: string, object: string, shape: FactReadShape, param: string, extra: string): string {
  const keys = shape.lists ? [...SCALAR_FACT_KEYS, 'evidence', 'articleIds'] : SCALAR_FACT_KEYS;
  return `{predicate: type(${r}), props: ${r} {${keys.map((k) => `.${k}`).join(', ')}}, ${evidenceEntries(r, shape, param)},
  subject: ${subject}, object: ${object}${extra}}`;
}

/**
 * Given a fact relationship expression (default `r`): a map with its ends, ready for
 * `toFact`. By default the whole fact, evidence sentences and their articles included:
 * resolving `evidence { quote article }` then costs no further round trip.
 */
export const FACT_MAP = (r = 'r', shape: FactReadShape = WHOLE_FACT, param = 'evidence') => {
  const object = pick(`endNode(${r})`, OBJECT_KEYS).slice(0, -1);
  return factMap(r, pick(`startNode(${r})`, ENTITY_KEYS), `${object}, isQuantity: endNode(${r}):Quantity}`, shape, param, '');
};

/**
 * FACT_MAP for a fact `r` whose ends are bound to variables `s` (start) and `o` (end): map
 * projections of variables cost Neo4j less than a property lookup through startNode(r)/
 * endNode(r) per key (≈0.1 ms a statement for the seed shape). Only what `shape` asks is
 * read: on a hub's facts the id lists and every evidence sentence were most of the work
 * (bench/RESULTS.md). `param` prefixes the evidence window's parameters.
 */
export const BOUND_FACT_MAP = (r: string, s: string, o: string, shape: FactReadShape, param: string, extra = '') => {
  // nameKey is the loader's and the filters' (never an API field): left in the database.
  const entityKeys = shape.aliases ? ['id', 'type', 'name', 'aliases'] : ['id', 'type', 'name'];
  const projection = (keys: string[]) => keys.map((k) => `.${k}`).join(', ');
  return factMap(r, `${s} {${projection(entityKeys)}}`, `${o} {${projection([...entityKeys, ...QUANTITY_KEYS])}, isQuantity: ${o}:Quantity}`, shape, param, extra);
};

type Raw = Record<string, unknown>;
const str = (v: unknown): string | null => (typeof v === 'string' ? v : v == null ? null : String(v));
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

export function toEntity(raw: Raw): EntityRow {
  const type = String(raw.type);
  return {
    kind: 'entity',
    id: String(raw.id),
    type: (isEntityType(type) ? type : 'Organization') as EntityType,
    name: str(raw.name) ?? String(raw.id),
    aliases: strings(raw.aliases),
    nameKey: str(raw.nameKey),
  };
}

export function toQuantity(raw: Raw): QuantityRow {
  return {
    kind: 'quantity',
    id: String(raw.id),
    value: num(raw.value) ?? 0,
    unit: str(raw.unit) ?? '',
    quantityKind: (str(raw.kind) ?? 'count') as QuantityKind,
    measure: str(raw.measure),
    text: str(raw.text),
    year: num(raw.year),
  };
}

export function toArticle(raw: Raw): ArticleRow {
  return {
    kind: 'article',
    id: String(raw.id),
    title: str(raw.title),
    publishedAt: str(raw.publishedAt),
    source: str(raw.source),
    url: str(raw.url),
    language: str(raw.language),
    contentHash: str(raw.contentHash),
    externalId: str(raw.externalId),
    topic: str(raw.topic),
  };
}

export function toSentence(raw: Raw): SentenceRow {
  return {
    kind: 'sentence',
    id: String(raw.id),
    articleId: String(raw.articleId),
    index: num(raw.index) ?? 0,
    text: str(raw.text) ?? '',
    start: num(raw.start) ?? 0,
    end: num(raw.end) ?? 0,
  };
}

export function toMention(raw: Raw): MentionRow {
  return {
    kind: 'mention',
    sentenceId: String(raw.sentenceId),
    entityId: String(raw.entityId),
    start: num(raw.start) ?? 0,
    end: num(raw.end) ?? 0,
    text: str(raw.text) ?? '',
  };
}

function toQualifiers(props: Raw): QualifierValues {
  return {
    year: num(props.year),
    date: str(props.date),
    amount: num(props.amount),
    currency: str(props.currency),
    role: str(props.role),
    via: str(props.via),
    document: str(props.document),
    finalist: typeof props.finalist === 'boolean' ? props.finalist : null,
  };
}

function toEvidenceRow(row: Raw): FactRow['evidenceRows'][number] {
  if (!row.sentence) return { sentence: null, quote: str(row.quote) ?? '', article: null };
  const sentence = toSentence(row.sentence as Raw);
  return { sentence, quote: sentence.text, article: row.article ? toArticle(row.article as Raw) : null };
}

export function toFact(raw: Raw): FactRow {
  const props = (raw.props ?? {}) as Raw;
  const subject = toEntity(raw.subject as Raw);
  const objectRaw = raw.object as Raw;
  const object = objectRaw.isQuantity ? toQuantity(objectRaw) : toEntity(objectRaw);
  const predicate = String(raw.predicate);
  if (!isPredicate(predicate)) throw new Error(`not a fact relationship: ${predicate}`);
  return {
    kind: 'fact',
    key: factKey(subject.id, predicate, object.id),
    predicate,
    subject,
    object,
    confidence: num(props.confidence),
    extractor: str(props.extractor),
    evidence: strings(props.evidence),
    evidenceRows: ((raw.evidenceRows ?? []) as Raw[]).map(toEvidenceRow),
    evidencePage: toEvidencePage(raw.evidencePage),
    articleIds: strings(props.articleIds),
    qualifiers: toQualifiers(props),
    next: Array.isArray(raw.next) ? (raw.next as Raw[]).map(toFact) : null,
  };
}

function toEvidencePage(raw: unknown): EvidencePage | null {
  if (raw == null || typeof raw !== 'object') return null;
  const { skip, limit } = raw as Raw;
  return { skip: num(skip) ?? 0, limit: num(limit) };
}

/** "org:a" WON "award:b" → "org:a|WON|award:b" */
export function factKey(subjectId: string, predicate: string, objectId: string): string {
  return `${subjectId}|${predicate}|${objectId}`;
}

export function parseFactKey(key: string): { subjectId: string; predicate: string; objectId: string } | null {
  const parts = key.split('|');
  if (parts.length !== 3 || parts.some((part) => part === '')) return null;
  return { subjectId: parts[0]!, predicate: parts[1]!, objectId: parts[2]! };
}
