// Builds ExtractResult values for loader tests from a compact description, computing
// every offset, so tests do not depend on the extractor's current quality.
//   article({ id, sentences: ['Sở A nhận giải B.'], entities: [org('org:a', 'Sở A', [[0, 'Sở A']])], facts: [...] })
import { createHash } from 'node:crypto';
import type { EntityOut, ExtractResult, FactOut, Qualifiers, QuantityValue } from '../../../../src/domain/extraction.ts';
import { foldKey } from '../../../../src/domain/fold.ts';
import type { EntityType, Predicate } from '../../../../src/domain/ontology.ts';

export interface EntitySpec {
  id: string;
  type: EntityType;
  name: string;
  aliases?: string[];
  /** [sentence index, surface text]: the text must occur in that sentence. */
  mentions: Array<[number, string]>;
}

export interface FactSpec {
  subject: string;
  predicate: Predicate;
  object: string | QuantityValue;
  /** Sentence indexes that state it. */
  sentences: number[];
  qualifiers?: Qualifiers;
  confidence?: number;
}

export interface ArticleSpec {
  id: string;
  title?: string;
  publishedAt?: string | null;
  source?: string | null;
  url?: string | null;
  sentences: string[];
  entities: EntitySpec[];
  facts?: FactSpec[];
}

export function buildExtract(spec: ArticleSpec): ExtractResult {
  const text = spec.sentences.join(' ');
  const sentences = spec.sentences.reduce<ExtractResult['sentences']>((list, s, index) => {
    const start = index === 0 ? 0 : (list[index - 1]?.end ?? 0) + 1;
    return [...list, { index, start, end: start + s.length, text: s }];
  }, []);
  const sentenceAt = (i: number) => {
    const s = sentences[i];
    if (!s) throw new Error(`no sentence ${i}`);
    return s;
  };
  const entities: EntityOut[] = spec.entities.map((e) => ({
    id: e.id,
    type: e.type,
    name: e.name,
    aliases: e.aliases ?? [],
    nameKey: foldKey(e.name),
    mentions: e.mentions.map(([i, surface]) => {
      const s = sentenceAt(i);
      const at = s.text.indexOf(surface);
      if (at < 0) throw new Error(`"${surface}" is not in sentence ${i}`);
      return { sentence: i, start: s.start + at, end: s.start + at + surface.length, text: surface };
    }),
  }));
  const facts: FactOut[] = (spec.facts ?? []).map((f) => ({
    subject: f.subject,
    predicate: f.predicate,
    object: f.object,
    qualifiers: f.qualifiers ?? {},
    confidence: f.confidence ?? 0.9,
    extractor: 'test@1',
    evidence: f.sentences.map((i) => {
      const s = sentenceAt(i);
      return { sentence: i, start: s.start, end: s.end, quote: s.text };
    }),
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
