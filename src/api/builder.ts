// The one SchemaBuilder and its plugins. No types here: they live in types/<type>.ts
// and schema.ts imports them (Pothos's app layout).
import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { GraphQLError } from 'graphql';
import type { ApiContext } from './context.ts';
import { QUERY_LIMITS } from './limits.ts';

export const builder = new SchemaBuilder<{
  Context: ApiContext;
  AuthScopes: { writer: boolean };
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  // Every connection resolver returns a way to count its whole set (a COUNT query run only
  // when `totalCount` is selected), never the set itself.
  Connection: { countAll: () => Promise<number> };
}>({
  // Errors first so a typed error thrown by scope-auth (NotAuthorizedError) becomes a union
  // member; scope-auth before the plugins that wrap resolvers.
  defaultFieldNullability: false,
  plugins: [ErrorsPlugin, ScopeAuthPlugin, RelayPlugin, DataloaderPlugin, ComplexityPlugin],
  scopeAuth: {
    authScopes: (ctx) => ({ writer: ctx.auth.writer }),
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodesOnConnection: true,
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
  },
  errors: { defaultTypes: [] },
  complexity: {
    defaultComplexity: 1,
    // Connections multiply their selection by `first` (pagination.ts); edges/nodes lists must
    // not multiply again. Other object lists set their own multiplier.
    defaultListMultiplier: 1,
    limit: { depth: QUERY_LIMITS.maxDepth, complexity: QUERY_LIMITS.maxCost },
    complexityError: (kind, result) => {
      const found = kind === 'Depth' ? result.depth : kind === 'Breadth' ? result.breadth : result.complexity;
      const max = kind === 'Depth' ? result.maxDepth : kind === 'Breadth' ? result.maxBreadth : result.maxComplexity;
      const what = kind === 'Complexity' ? 'cost' : kind.toLowerCase();
      const hint =
        kind === 'Complexity'
          ? ' A list multiplies the cost of what it selects by its page size: give nested lists a small `first:` (e.g. `facts(first: 5)`), or split the query.'
          : kind === 'Depth'
            ? ' Select fewer nested levels, or start a second query from an id of the first.'
            : '';
      return new GraphQLError(`Query ${what} ${found} exceeds the limit of ${max}.${hint}`, {
        extensions: { code: kind === 'Complexity' ? 'COST_LIMIT_EXCEEDED' : `${kind.toUpperCase()}_LIMIT_EXCEEDED` },
      });
    },
  },
});
