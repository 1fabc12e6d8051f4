// Checks an ExtractResult against the contract of src/domain/extraction.ts before anything
// is written, so that a broken extraction fails as one clear sentence instead of a
// half-understood Cypher error. Throws LoadError('invalid').
import type { ExtractResult, FactOut, SentenceOut } from '../../domain/extraction.ts';
import { isEntityType, isPredicate, QUANTITY_KINDS } from '../../domain/ontology.ts';
import { LoadError } from './load-error.ts';

export function validateExtract(result: ExtractResult): void {
  const fail = (message: string): never => {
    throw new LoadError('invalid', message);
  };
  const { article } = result;
  if (typeof article?.id !== 'string' || article.id === '') fail('article.id is missing');
  if (typeof article.contentHash !== 'string' || article.contentHash === '') fail('article.contentHash is missing');
  const sentences = new Map<number, SentenceOut>();
  for (const s of result.sentences) {
    if (!Number.isInteger(s.index) || sentences.has(s.index)) fail(`sentence index ${s.index} is not a unique integer`);
    if (result.text.slice(s.start, s.end) !== s.text) fail(`sentence ${s.index} does not match text[${s.start}, ${s.end})`);
    sentences.set(s.index, s);
  }
  const types = new Map<string, string>();
  for (const entity of result.entities) {
    if (!isEntityType(entity.type)) fail(`entity ${entity.id} has unknown type ${JSON.stringify(entity.type)}`);
    if (typeof entity.id !== 'string' || entity.id === '') fail('an entity has no id');
    if (types.has(entity.id) && types.get(entity.id) !== entity.type) fail(`entity ${entity.id} has two types`);
    if (typeof entity.name !== 'string' || entity.name.trim() === '') fail(`entity ${entity.id} has no name`);
    types.set(entity.id, entity.type);
    // Updates find an article's facts through its mentions: an entity must have one.
    if (entity.mentions.length === 0) fail(`entity ${entity.id} has no mention`);
    for (const m of entity.mentions) {
      const s = sentences.get(m.sentence);
      if (!s) fail(`a mention of ${entity.id} points to unknown sentence ${m.sentence}`);
      else if (m.start < s.start || m.end > s.end || m.start >= m.end) fail(`a mention of ${entity.id} lies outside sentence ${m.sentence}`);
      else if (result.text.slice(m.start, m.end) !== m.text) fail(`a mention of ${entity.id} does not match text[${m.start}, ${m.end})`);
    }
  }
  for (const fact of result.facts) validateFact(fact, types, sentences, fail);
}

function validateFact(
  fact: FactOut,
  types: Map<string, string>,
  sentences: Map<number, SentenceOut>,
  fail: (message: string) => never,
): void {
  const label = `fact ${fact.subject} ${fact.predicate}`;
  if (!isPredicate(fact.predicate)) fail(`${label}: unknown predicate`);
  if (!types.has(fact.subject)) fail(`${label}: subject is not one of the article's entities`);
  if (fact.predicate === 'HAS_QUANTITY') {
    const q = fact.object;
    if (typeof q !== 'object' || q === null) fail(`${label}: object must be a quantity`);
    else if (!(QUANTITY_KINDS as readonly string[]).includes(q.kind) || !Number.isFinite(q.value) || typeof q.unit !== 'string')
      fail(`${label}: quantity needs a kind, a finite value and a unit`);
  } else if (typeof fact.object !== 'string' || !types.has(fact.object)) {
    fail(`${label}: object is not one of the article's entities`);
  }
  if (!(fact.confidence >= 0 && fact.confidence <= 1)) fail(`${label}: confidence ${fact.confidence} is not within 0..1`);
  if (fact.evidence.length === 0) fail(`${label}: no evidence`);
  for (const e of fact.evidence) {
    if (!sentences.has(e.sentence)) fail(`${label}: evidence points to unknown sentence ${e.sentence}`);
  }
}
