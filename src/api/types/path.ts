// path(from, to, maxHops): the shortest chain of facts linking two entities. Each end is
// given by id, or by search text (its best hit): {search: "ngan hang the gioi"}.
import { GraphQLError } from 'graphql';
import { searchEntities } from '../../graph/read/entity-reads.ts';
import { MAX_PATH_HOPS, shortestPath } from '../../graph/read/path-read.ts';
import { buildSearchQuery } from '../../graph/read/search-query.ts';
import { builder } from '../builder.ts';
import type { ApiContext } from '../context.ts';
import { entityIdArg } from '../ids.ts';
import { EntityRef, FactRef, PathRef } from './refs.ts';

PathRef.implement({
  description: 'Entities in order from `from` to `to`, and the facts between each pair (in either direction).',
  fields: (t) => ({
    length: t.int({ resolve: (p) => p.facts.length }),
    entities: t.field({ type: [EntityRef], complexity: { field: 1, multiplier: 5 }, resolve: (p) => p.entities }),
    facts: t.field({ type: [FactRef], complexity: { field: 1, multiplier: 4 }, resolve: (p) => p.facts }),
  }),
});

const EntitySelector = builder.inputType('EntitySelector', {
  description: 'One entity: by `id` (global or graph id), or the best `search` hit. Give exactly one.',
  fields: (t) => ({ id: t.id(), search: t.string() }),
});

const badInput = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

async function selectEntity(ctx: ApiContext, selector: { id?: string | number | null; search?: string | null }) {
  if ((selector.id == null) === (selector.search == null)) throw badInput('Give an entity either by "id" or by "search".');
  if (selector.id != null) return entityIdArg(selector.id);
  const query = buildSearchQuery(selector.search!);
  const [best] = query ? await searchEntities(ctx.reader, query, null, { skip: 0, limit: 1 }) : [];
  return best?.id ?? null;
}

builder.queryField('path', (t) =>
  t.field({
    type: PathRef,
    nullable: true,
    description: `Shortest chain of facts between two entities, at most ${MAX_PATH_HOPS} hops; null when there is none.`,
    args: {
      from: t.arg({ type: EntitySelector, required: true }),
      to: t.arg({ type: EntitySelector, required: true }),
      maxHops: t.arg.int({ defaultValue: MAX_PATH_HOPS }),
    },
    resolve: async (_root, args, ctx) => {
      const hops = args.maxHops ?? MAX_PATH_HOPS;
      if (hops < 1 || hops > MAX_PATH_HOPS) throw badInput(`maxHops must be between 1 and ${MAX_PATH_HOPS}, got ${hops}.`);
      const [from, to] = await Promise.all([selectEntity(ctx, args.from), selectEntity(ctx, args.to)]);
      return from && to ? shortestPath(ctx.reader, from, to, hops) : null;
    },
  }),
);
