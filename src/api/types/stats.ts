// stats: how big the graph is, by label, entity type and predicate.
import { ENTITY_TYPES, PREDICATES } from '../../domain/ontology.ts';
import { readStats } from '../../graph/read/stats-read.ts';
import { builder } from '../builder.ts';
import { EntityTypeEnum, PredicateEnum } from './enums.ts';
import { StatsRef } from './refs.ts';

const TypeCount = builder.objectRef<{ type: (typeof ENTITY_TYPES)[number]; count: number }>('EntityTypeCount').implement({
  fields: (t) => ({ type: t.field({ type: EntityTypeEnum, resolve: (c) => c.type }), count: t.exposeInt('count') }),
});

const PredicateCount = builder.objectRef<{ predicate: (typeof PREDICATES)[number]; count: number }>('PredicateCount').implement({
  fields: (t) => ({ predicate: t.field({ type: PredicateEnum, resolve: (c) => c.predicate }), count: t.exposeInt('count') }),
});

StatsRef.implement({
  fields: (t) => ({
    articles: t.int({ resolve: (s) => s.labels.Article ?? 0 }),
    sentences: t.int({ resolve: (s) => s.labels.Sentence ?? 0 }),
    entities: t.int({ resolve: (s) => s.labels.Entity ?? 0 }),
    quantities: t.int({ resolve: (s) => s.labels.Quantity ?? 0 }),
    facts: t.int({ resolve: (s) => Object.values(s.predicates).reduce((sum, n) => sum + n, 0) }),
    entitiesByType: t.field({
      type: [TypeCount],
      resolve: (s) => ENTITY_TYPES.map((type) => ({ type, count: s.types[type] ?? 0 })),
    }),
    factsByPredicate: t.field({
      type: [PredicateCount],
      resolve: (s) => PREDICATES.map((predicate) => ({ predicate, count: s.predicates[predicate] ?? 0 })),
    }),
  }),
});

builder.queryField('stats', (t) =>
  t.field({ type: StatsRef, resolve: (_root, _args, ctx) => readStats(ctx.reader) }),
);
