// Entity: the interface every real-world thing implements (Organization, Person, Place,
// Award, Project, Event, Document), with its mentions, facts, quantities and articles.
import { ENTITY_TYPES } from '../../domain/ontology.ts';
import type { EntityRow } from '../../graph/read/models.ts';
import { builder } from '../builder.ts';
import { entityFactFilter } from '../loaders.ts';
import { factArgs, factsAhead } from '../lookahead.ts';
import type { ApiContext } from '../context.ts';
import { connectionComplexity, planPage, toConnection, type ConnectionArgs } from '../pagination.ts';
import { DirectionEnum, EntityTypeEnum, PredicateEnum } from './enums.ts';
import { ArticleRef, EntityRef, EntityTypeRefs, FactRef, MentionRef, QuantityRef } from './refs.ts';

/** A nested connection served by a page loader and a count loader keyed by the parent id. */
async function nested<F, T>(
  ctx: ApiContext,
  args: ConnectionArgs,
  key: { id: string; filter: F },
  pages: { load: (k: { id: string; filter: F; page: { skip: number; limit: number } }) => Promise<T[]> },
  counts: { load: (k: { id: string; filter: F }) => Promise<number> },
) {
  const plan = planPage(args, ctx);
  const rows = await pages.load({ ...key, page: plan.page });
  return toConnection(rows, plan, () => counts.load(key));
}

EntityRef.implement({
  description: 'A real-world thing named in the news: one node whatever spelling it came in.',
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: (entity) => entity.type,
  fields: (t) => ({
    entityId: t.exposeString('id', { description: 'The graph id ("org:ngan-hang-the-gioi"), stable across ingests and usable in Cypher.' }),
    name: t.exposeString('name', { description: 'Canonical display name (NFC).' }),
    aliases: t.exposeStringList('aliases', { description: 'Every surface form seen.' }),
    type: t.field({ type: EntityTypeEnum, resolve: (e) => e.type }),
    mentions: t.connection({
      type: MentionRef,
      complexity: connectionComplexity,
      resolve: (e, args, ctx) =>
        nested(ctx, args, { id: e.id, filter: {} }, ctx.loaders.entityMentions, ctx.loaders.entityMentionCount),
    }),
    facts: t.connection({
      type: FactRef,
      description: 'Facts about this entity, most confident first.',
      complexity: connectionComplexity,
      args: {
        direction: t.arg({ type: DirectionEnum, defaultValue: 'BOTH' }),
        predicates: t.arg({ type: [PredicateEnum] }),
        minConfidence: t.arg.float({ defaultValue: 0 }),
      },
      resolve: (e, args, ctx, info) => {
        const filter = entityFactFilter({ ...factArgs(args), ...factsAhead(info.fieldNodes[0]!, info, ctx) });
        return nested(ctx, args, { id: e.id, filter }, ctx.loaders.entityFacts, ctx.loaders.entityFactCount);
      },
    }),
    factCount: t.int({
      description: 'How many facts this entity takes part in, as subject or object (what `facts { totalCount }` says, without a page).',
      resolve: (e, _args, ctx) =>
        ctx.loaders.entityFactCount.load({ id: e.id, filter: entityFactFilter({ ...factArgs({}), articles: false, lists: false, evidence: { skip: 0, limit: 0 }, aliases: false, quotesOnly: false, next: null }) }),
    }),
    articleCount: t.int({
      description: 'How many articles mention this entity.',
      resolve: (e, _args, ctx) => ctx.loaders.entityArticleCount.load({ id: e.id, filter: {} }),
    }),
    quantities: t.field({
      type: [QuantityRef],
      description: 'Numbers stated about this entity (HAS_QUANTITY), at most 100.',
      complexity: { field: 1, multiplier: 10 },
      resolve: (e, _args, ctx) => ctx.loaders.entityQuantities.load({ id: e.id, filter: {}, page: { skip: 0, limit: 100 } }),
    }),
    articles: t.connection({
      type: ArticleRef,
      description: 'Articles that mention this entity, newest first.',
      complexity: connectionComplexity,
      resolve: (e, args, ctx) =>
        nested(ctx, args, { id: e.id, filter: {} }, ctx.loaders.entityArticles, ctx.loaders.entityArticleCount),
    }),
  }),
});

for (const type of ENTITY_TYPES) {
  builder.node(EntityTypeRefs[type], {
    interfaces: [EntityRef],
    isTypeOf: (value) => (value as EntityRow).kind === 'entity' && (value as EntityRow).type === type,
    id: { resolve: (e) => e.id },
    // node(id) with a global id of the wrong type ("Person:org:…") finds nothing.
    loadMany: async (ids, ctx) => {
      const rows = await ctx.loaders.entity.loadMany(ids);
      return rows.map((row) => (row && !(row instanceof Error) && row.type === type ? row : null));
    },
    fields: () => ({}),
  });
}

export { EntityRef };
