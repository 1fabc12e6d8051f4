// path(from, to, maxHops): the shortest chain of facts linking two entities. Each end is
// given by id, or by search text (its best hit): {search: "ngan hang the gioi"}.
import { GraphQLError } from 'graphql';
import { searchEntities } from '../../graph/read/entity-reads.ts';
import { MAX_PATH_HOPS, shortestPath } from '../../graph/read/path-read.ts';
import { buildSearchQuery } from '../../graph/read/search-query.ts';
import { builder } from '../builder.ts';
import type { ApiContext } from '../context.ts';
import { entityIdArg } from '../ids.ts';
import { pathFactsAhead } from '../lookahead.ts';
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

type Selector = { id?: string | number | null; search?: string | null };

/** The selected entity's id; a selector that matches nothing is an error naming that end. */
async function selectEntity(ctx: ApiContext, end: 'from' | 'to', selector: Selector): Promise<string> {
  if ((selector.id == null) === (selector.search == null)) throw badInput(`"${end}": give an entity either by "id" or by "search".`);
  if (selector.id != null) {
    const id = entityIdArg(selector.id);
    if (await ctx.loaders.entity.load(id)) return id;
    throw noEntityWithId(end, id);
  }
  const query = buildSearchQuery(selector.search!);
  const [best] = query ? await searchEntities(ctx.reader, query, null, { skip: 0, limit: 1 }) : [];
  if (best) return best.id;
  throw notFound(`"${end}" matches no entity: the search "${selector.search!.slice(0, 80)}" finds nothing (names are searched as the articles spell them).`);
}

const noEntityWithId = (end: 'from' | 'to', id: string) => notFound(`"${end}" matches no entity: there is no entity with id "${id}".`);

const notFound = (message: string) => new GraphQLError(message, { extensions: { code: 'NOT_FOUND' } });

builder.queryField('path', (t) =>
  t.field({
    type: PathRef,
    nullable: true,
    description: `Shortest chain of facts between two entities, at most ${MAX_PATH_HOPS} hops; null when both are found and no chain joins them. An end that matches no entity is an error (NOT_FOUND) naming it.`,
    args: {
      from: t.arg({ type: EntitySelector, required: true }),
      to: t.arg({ type: EntitySelector, required: true }),
      maxHops: t.arg.int({ defaultValue: MAX_PATH_HOPS }),
    },
    resolve: async (_root, args, ctx, info) => {
      const hops = args.maxHops ?? MAX_PATH_HOPS;
      if (hops < 1 || hops > MAX_PATH_HOPS) throw badInput(`maxHops must be between 1 and ${MAX_PATH_HOPS}, got ${hops}.`);
      const read = pathFactsAhead(info, ctx);
      // Both ends by id (what the Explorer sends): their existence and the path in one statement.
      if (args.from.id != null && args.from.search == null && args.to.id != null && args.to.search == null) {
        const [from, to] = [entityIdArg(args.from.id), entityIdArg(args.to.id)];
        if (from !== to) {
          const found = await shortestPath(ctx.reader, from, to, hops, read);
          if (!found.fromFound) throw noEntityWithId('from', from);
          if (!found.toFound) throw noEntityWithId('to', to);
          return found.path;
        }
      }
      const [from, to] = await Promise.all([selectEntity(ctx, 'from', args.from), selectEntity(ctx, 'to', args.to)]);
      return from === to ? null : (await shortestPath(ctx.reader, from, to, hops, read)).path;
    },
  }),
);
