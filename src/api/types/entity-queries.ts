// Root fields that find entities: entity(id), entities(filter, orderBy), search(text).
import { foldText } from '../../domain/fold.ts';
import { countEntities, countSearch, listEntities, searchEntities } from '../../graph/read/entity-reads.ts';
import { buildSearchQuery } from '../../graph/read/search-query.ts';
import { entityWithFacts } from '../../graph/read/fact-reads.ts';
import { builder } from '../builder.ts';
import { entityFactsAhead } from '../lookahead.ts';
import { entityIdArg } from '../ids.ts';
import { connectionComplexity, planPage, toConnection } from '../pagination.ts';
import { EntityOrderEnum, EntityTypeEnum } from './enums.ts';
import { EntityRef } from './refs.ts';

const EntityFilter = builder.inputType('EntityFilter', {
  fields: (t) => ({
    types: t.field({ type: [EntityTypeEnum] }),
    nameContains: t.string({ description: 'Matched against the folded name: "da nang" finds "Đà Nẵng".' }),
  }),
});

builder.queryFields((t) => ({
  entity: t.field({
    type: EntityRef,
    nullable: true,
    description: 'One entity by global id or graph id ("org:ngan-hang-the-gioi").',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx, info) => {
      const entityId = entityIdArg(id);
      const level = entityFactsAhead(info, ctx);
      if (!level) return ctx.loaders.entity.load(entityId);
      // The entity and the facts its query asks for, in one statement; the facts resolver
      // then finds them in the loader's cache.
      const found = await entityWithFacts(ctx.reader, entityId, level);
      if (found) ctx.loaders.primeFacts(entityId, level, found.facts);
      return found?.entity ?? null;
    },
  }),
  entities: t.connection({
    type: EntityRef,
    complexity: connectionComplexity,
    args: {
      filter: t.arg({ type: EntityFilter }),
      orderBy: t.arg({ type: EntityOrderEnum, defaultValue: 'NAME_ASC' }),
    },
    resolve: async (_root, args, ctx) => {
      const plan = planPage(args, ctx);
      const folded = args.filter?.nameContains ? foldText(args.filter.nameContains) : null;
      const filter = { types: args.filter?.types ?? null, nameContains: folded || null };
      const rows = await listEntities(ctx.reader, filter, args.orderBy ?? 'NAME_ASC', plan.page);
      return toConnection(rows, plan, () => countEntities(ctx.reader, filter));
    },
  }),
  search: t.connection(
    {
      type: EntityRef,
      description:
        'Entities whose name or an alias matches, ignoring case and diacritics ("ngan hang the gioi" → Ngân hàng Thế giới), best first.',
      complexity: connectionComplexity,
      args: {
        text: t.arg.string({ required: true }),
        types: t.arg({ type: [EntityTypeEnum] }),
      },
      resolve: async (_root, args, ctx) => {
        const plan = planPage(args, ctx);
        const query = buildSearchQuery(args.text);
        const types = args.types ?? null;
        if (!query) return toConnection([], plan, async () => 0);
        const rows = await searchEntities(ctx.reader, query, types, plan.page);
        return toConnection(rows, plan, () => countSearch(ctx.reader, query, types));
      },
    },
    { name: 'SearchConnection' },
    {
      name: 'SearchEdge',
      fields: (t) => ({
        score: t.float({
          description: 'Full-text relevance: higher is better.',
          resolve: (edge) => (edge.node as { score?: number }).score ?? 0,
        }),
      }),
    },
  ),
}));
