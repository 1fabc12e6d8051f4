// Fact: one relationship of the ontology between two entities (or an entity and a
// Quantity), with qualifiers and the sentences that state it.
import { ENTITY_TYPES, PREDICATES } from '../../domain/ontology.ts';
import { countFacts, listFacts } from '../../graph/read/fact-reads.ts';
import type { FactRow, QualifierValues, SentenceRow } from '../../graph/read/models.ts';
import { builder } from '../builder.ts';
import { evidencePage, pageOfEvidence } from '../evidence-page.ts';
import { entityIdArg } from '../ids.ts';
import { connectionComplexity, planPage, toConnection } from '../pagination.ts';
import { PredicateEnum } from './enums.ts';
import { ArticleRef, EntityRef, EntityTypeRefs, EvidenceRef, FactRef, QuantityRef, SentenceRef, type EvidenceRow } from './refs.ts';

const QualifiersRef = builder.objectRef<QualifierValues>('Qualifiers').implement({
  description: 'What narrows a fact: when, how much, in which role.',
  fields: (t) => ({
    year: t.exposeInt('year', { nullable: true }),
    date: t.exposeString('date', { nullable: true, description: 'ISO date.' }),
    amount: t.exposeFloat('amount', { nullable: true }),
    currency: t.exposeString('currency', { nullable: true, description: 'ISO 4217.' }),
    role: t.exposeString('role', { nullable: true }),
    via: t.exposeString('via', { nullable: true, description: 'Graph id of the entity the fact goes through (see `viaEntity`).' }),
    viaEntity: t.field({
      type: EntityRef,
      nullable: true,
      description: 'The entity the fact goes through, e.g. the sub-project that carried a loan.',
      resolve: (qualifiers, _args, ctx) => (qualifiers.via ? ctx.loaders.entity.load(qualifiers.via) : null),
    }),
    document: t.exposeString('document', { nullable: true }),
    finalist: t.exposeBoolean('finalist', { nullable: true }),
  }),
});

const FactObjectRef = builder.unionType('FactObject', {
  types: [...ENTITY_TYPES.map((type) => EntityTypeRefs[type]), QuantityRef],
  resolveType: (value) => (value.kind === 'quantity' ? 'Quantity' : value.type),
});

EvidenceRef.implement({
  description: 'A sentence that states a fact, with its place in the article.',
  fields: (t) => ({
    article: t.field({ type: ArticleRef, resolve: (ev, _a, ctx) => loadOrFail(ctx.loaders.article, sentenceOf(ev).articleId) }),
    sentence: t.field({ type: SentenceRef, resolve: sentenceOf }),
    start: t.int({ description: "UTF-16 offset into the article's normalized text.", resolve: (ev) => sentenceOf(ev).start }),
    end: t.int({ description: 'Exclusive end offset.', resolve: (ev) => sentenceOf(ev).end }),
    quote: t.exposeString('quote', { description: 'The words that state the fact.' }),
  }),
});

async function loadOrFail<T>(loader: { load: (id: string) => Promise<T | null> }, id: string): Promise<T> {
  const row = await loader.load(id);
  if (!row) throw new Error(`dangling reference: ${id}`);
  return row;
}

/** The read skips the sentence only when no field but `quote` is selected (lookahead.ts). */
function sentenceOf(ev: EvidenceRow): SentenceRow {
  if (!ev.sentence) throw new Error('the evidence was read without its sentence');
  return ev.sentence;
}

builder.node(FactRef, {
  description: 'A relationship between two entities, as the articles state it.',
  isTypeOf: (value) => (value as FactRow).kind === 'fact',
  id: { resolve: (fact) => fact.key },
  loadMany: async (keys, ctx) => {
    const rows = await ctx.loaders.fact.loadMany(keys);
    return rows.map((row) => (row instanceof Error ? null : row));
  },
  fields: (t) => ({
    subject: t.field({ type: EntityRef, resolve: (fact) => fact.subject }),
    predicate: t.field({ type: PredicateEnum, resolve: (fact) => fact.predicate }),
    object: t.field({ type: FactObjectRef, resolve: (fact) => fact.object }),
    qualifiers: t.field({ type: QualifiersRef, resolve: (fact) => fact.qualifiers }),
    confidence: t.exposeFloat('confidence', { nullable: true, description: "0..1, the extractor's own estimate." }),
    extractor: t.exposeString('extractor', { nullable: true }),
    supportCount: t.int({
      description: 'How many sentences state this fact, across articles.',
      resolve: (fact) => new Set(fact.evidence).size,
    }),
    articleCount: t.int({ resolve: (fact) => new Set(fact.articleIds).size }),
    storyCount: t.int({
      description: 'How many distinct stories state this fact: articleCount with near-copies of one article (Article.duplicateOf) counted once.',
      resolve: async (fact, _args, ctx) => {
        const ids = [...new Set(fact.articleIds)];
        const stories = await ctx.loaders.articleStory.loadMany(ids);
        return new Set(stories.map((story, i) => (typeof story === 'string' ? story : ids[i]))).size;
      },
    }),
    evidence: t.field({
      type: [EvidenceRef],
      description: 'The sentences that state this fact, in the order they were found; `first` of them from `skip` on (all when `first` is not given; `supportCount` says how many there are).',
      args: {
        first: t.arg.int({ description: 'At most this many sentences (up to the maximum page size).' }),
        skip: t.arg.int({ defaultValue: 0, description: 'Leave out this many first.' }),
      },
      complexity: (args) => ({ field: 1, multiplier: args.first ?? 5 }),
      resolve: (fact, args, ctx) =>
        pageOfEvidence(fact.evidenceRows, fact.evidencePage, evidencePage(args, ctx.config.maxPageSize)).map(({ sentence, quote, article }) => {
          // Prime the loaders so `evidence { article sentence }` needs no further round trip.
          if (sentence) ctx.loaders.sentence.prime(sentence.id, sentence);
          if (article) ctx.loaders.article.prime(article.id, article);
          return { sentence, quote };
        }),
    }),
  }),
});

builder.queryField('facts', (t) =>
  t.connection({
    type: FactRef,
    description: 'Facts by predicate, subject and/or object, most confident first.',
    complexity: connectionComplexity,
    args: {
      predicate: t.arg({ type: PredicateEnum }),
      subject: t.arg.id({ description: 'Entity id (global or graph id).' }),
      object: t.arg.id(),
      minConfidence: t.arg.float({ defaultValue: 0 }),
    },
    resolve: async (_root, args, ctx) => {
      const plan = planPage(args, ctx);
      const filter = {
        predicates: args.predicate ? [args.predicate] : [...PREDICATES],
        minConfidence: args.minConfidence ?? 0,
        subjectId: args.subject != null ? entityIdArg(args.subject) : null,
        objectId: args.object != null ? entityIdArg(args.object) : null,
      };
      const rows = await listFacts(ctx.reader, filter, plan.page);
      return toConnection(rows, plan, () => countFacts(ctx.reader, filter));
    },
  }),
);
