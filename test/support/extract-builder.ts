// Builds loader input (an ExtractResult, src/domain/extraction.ts) from a readable spec, with
// every offset computed from the text. Loader, API and graph tests load these through the
// real writer, so they test the graph and the API on known data whatever the extractor's
// current quality: a fixture of the loader's input, NOT of the extractor's output.
//
// Entities come as a list with explicit mentions ([sentence index, surface]), or as a record
// whose keys facts can use, mentioned wherever their name, aliases or `surfaces` occur.
// Facts name their evidence by sentence indexes, or by words of the sentence(s) that state it.
//   buildExtract({ id: 'art:x', sentences: ['Sở A nhận giải B.'],
//     entities: { a: { type: 'Organization', name: 'Sở A' }, b: { type: 'Award', name: 'giải B' } },
//     facts: [{ subject: 'a', predicate: 'WON', object: 'b', evidence: 'nhận giải' }] })
import { createHash } from 'node:crypto';
import type { EntityOut, EvidenceOut, ExtractResult, FactOut, QuantityValue, Qualifiers, SentenceOut } from '../../src/domain/extraction.ts';
import { foldKey, slugify } from '../../src/domain/fold.ts';
import { ID_PREFIX, type EntityType, type Predicate } from '../../src/domain/ontology.ts';

export interface EntitySpec {
  type: EntityType;
  name: string;
  aliases?: string[];
  /** Default: ID_PREFIX + slug of the name ("org:ngan-hang-the-gioi"). */
  id?: string;
  /** [sentence index, surface text]: the text must occur in that sentence. */
  mentions?: Array<[number, string]>;
  /** Without `mentions`: every occurrence of these in every sentence (default: name and aliases). */
  surfaces?: string[];
}

export interface FactSpec {
  /** An entity id, or a key of `entities` when they are a record. */
  subject: string;
  predicate: Predicate;
  /** Like `subject`, or a quantity. */
  object: string | QuantityValue;
  /** Indexes of the sentences that state it… */
  sentences?: number[];
  /** …or words of the sentence(s) that state it. */
  evidence?: string;
  qualifiers?: Qualifiers;
  confidence?: number;
}

export interface ArticleSpec {
  id: string;
  /** Default: the first sentence. */
  title?: string;
  publishedAt?: string | null;
  source?: string | null;
  url?: string | null;
  /** Joined by single spaces into the article's text. */
  sentences: string[];
  entities: EntitySpec[] | Record<string, EntitySpec>;
  facts?: FactSpec[];
}

export function entityId(spec: EntitySpec): string {
  return spec.id ?? `${ID_PREFIX[spec.type]}:${slugify(spec.name)}`;
}

export function buildExtract(spec: ArticleSpec): ExtractResult {
  const text = spec.sentences.join(' ');
  const sentences = spec.sentences.reduce<SentenceOut[]>((list, s, index) => {
    const start = index === 0 ? 0 : (list[index - 1]?.end ?? 0) + 1;
    return [...list, { index, start, end: start + s.length, text: s }];
  }, []);
  const keyed = Array.isArray(spec.entities) ? {} : spec.entities;
  const entities: EntityOut[] = Object.values(spec.entities).map((e) => ({
    id: entityId(e),
    type: e.type,
    name: e.name,
    aliases: e.aliases ?? [],
    nameKey: foldKey(e.name),
    mentions: mentionsOf(e, sentences),
  }));
  const ref = (key: string) => (Object.hasOwn(keyed, key) ? entityId(keyed[key]!) : key);
  const facts: FactOut[] = (spec.facts ?? []).map((f) => ({
    subject: ref(f.subject),
    predicate: f.predicate,
    object: typeof f.object === 'string' ? ref(f.object) : f.object,
    qualifiers: f.qualifiers ?? {},
    confidence: f.confidence ?? 0.9,
    extractor: 'test@1',
    evidence: evidenceOf(f, sentences),
  }));
  const title = spec.title ?? spec.sentences[0] ?? '';
  return {
    article: {
      id: spec.id,
      title,
      publishedAt: spec.publishedAt ?? null,
      source: spec.source ?? null,
      url: spec.url ?? null,
      language: 'vi',
      contentHash: createHash('sha256').update(`${title}\n${spec.publishedAt ?? ''}\n${text}`).digest('hex'),
    },
    text,
    sentences,
    entities,
    facts,
    quantities: [],
    warnings: [],
  };
}

function mentionsOf(entity: EntitySpec, sentences: SentenceOut[]): EntityOut['mentions'] {
  const spans: Array<[number, number, number]> = entity.mentions
    ? entity.mentions.map(([i, surface]) => {
        const at = sentenceAt(sentences, i).text.indexOf(surface);
        if (at < 0) throw new Error(`fixture: "${surface}" is not in sentence ${i}`);
        return [i, at, at + surface.length];
      })
    : sentences.flatMap((s) => findAll(s.text, entity.surfaces ?? [entity.name, ...(entity.aliases ?? [])]).map(([start, end]) => [s.index, start, end] as [number, number, number]));
  if (spans.length === 0) throw new Error(`fixture: no mention of ${entity.name}`);
  return spans.map(([i, start, end]) => {
    const s = sentenceAt(sentences, i);
    return { sentence: i, start: s.start + start, end: s.start + end, text: s.text.slice(start, end) };
  });
}

function evidenceOf(fact: FactSpec, sentences: SentenceOut[]): EvidenceOut[] {
  const stating = fact.sentences
    ? fact.sentences.map((i) => sentenceAt(sentences, i))
    : sentences.filter((s) => fact.evidence !== undefined && s.text.includes(fact.evidence));
  if (stating.length === 0) throw new Error(`fixture: no sentence states ${fact.subject} ${fact.predicate} (${fact.evidence ?? 'no evidence given'})`);
  return stating.map((s) => ({ sentence: s.index, start: s.start, end: s.end, quote: s.text }));
}

function sentenceAt(sentences: SentenceOut[], i: number): SentenceOut {
  const s = sentences[i];
  if (!s) throw new Error(`fixture: no sentence ${i}`);
  return s;
}

/** Non-overlapping occurrences of any surface, longest first: [[start, end], …]. */
function findAll(text: string, surfaces: string[]): Array<[number, number]> {
  const taken: Array<[number, number]> = [];
  for (const surface of [...surfaces].sort((a, b) => b.length - a.length)) {
    for (let at = text.indexOf(surface); at !== -1; at = text.indexOf(surface, at + 1)) {
      const end = at + surface.length;
      if (!taken.some(([s, e]) => at < e && end > s)) taken.push([at, end]);
    }
  }
  return taken.sort((a, b) => a[0] - b[0]);
}
