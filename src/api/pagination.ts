// Offset-cursor pagination for every connection: checks the page size against
// config.maxPageSize (a clear error, never a silent clamp), turns args into SKIP/LIMIT,
// and builds the Relay connection with a lazy COUNT for `totalCount`.
import { offsetForArgs, offsetToCursor } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import type { Page } from '../graph/read/paging.ts';
import type { ApiContext } from './context.ts';
import { DEFAULT_PAGE_SIZE } from './limits.ts';

export interface ConnectionArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

export interface PagePlan {
  page: Page;
  expectedSize: number;
  hasPreviousPage: boolean;
}

export function planPage(args: ConnectionArgs, ctx: ApiContext): PagePlan {
  const max = ctx.config.maxPageSize;
  for (const name of ['first', 'last'] as const) {
    const value = args[name];
    if (value != null && value > max) {
      throw new GraphQLError(`Argument "${name}" is ${value}, above the maximum page size of ${max}.`, {
        extensions: { code: 'PAGE_SIZE_LIMIT_EXCEEDED', maxPageSize: max },
      });
    }
  }
  for (const name of ['after', 'before'] as const) {
    const cursor = args[name];
    if (cursor != null) checkCursor(name, cursor);
  }
  try {
    const plan = offsetForArgs({ args, defaultSize: Math.min(DEFAULT_PAGE_SIZE, max), maxSize: max });
    return {
      page: { skip: plan.offset, limit: plan.limit },
      expectedSize: plan.expectedSize,
      hasPreviousPage: plan.hasPreviousPage,
    };
  } catch (error) {
    // "Invalid offset cursor", "last needs before": the client's mistake, said plainly.
    throw new GraphQLError(error instanceof Error ? error.message : String(error), {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
}

// What offsetToCursor makes: "OffsetConnection:" and a non-negative integer, in base64.
const CURSOR = /^OffsetConnection:(0|[1-9]\d*)$/;

/**
 * Refuses a cursor this server did not make, before anything runs: a negative, fractional
 * ("1e30", which would page from offset 1) or out-of-range offset would otherwise reach the
 * database as an internal error, or worse, as a wrong page.
 */
function checkCursor(name: 'after' | 'before', cursor: string): void {
  const decoded = cursor.length <= 64 ? Buffer.from(cursor, 'base64').toString('utf8') : '';
  const match = CURSOR.exec(decoded);
  if (match && Number.isSafeInteger(Number(match[1]))) return;
  const shown = cursor.length > 40 ? `${cursor.slice(0, 40)}…` : cursor;
  throw new GraphQLError(
    `Argument "${name}" is not a cursor this server gave ("${shown}"): pass back an edge's cursor or pageInfo's startCursor/endCursor.`,
    { extensions: { code: 'BAD_USER_INPUT' } },
  );
}

/** Rows fetched with `limit = expectedSize + 1`: the extra row only tells that a next page exists. */
export function toConnection<T>(rows: readonly T[], plan: PagePlan, countAll: () => Promise<number>) {
  const kept = rows.slice(0, plan.expectedSize);
  const edges = kept.map((node, index) => ({ cursor: offsetToCursor(plan.page.skip + index), node }));
  return {
    edges,
    countAll,
    pageInfo: {
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
      hasPreviousPage: plan.hasPreviousPage,
      hasNextPage: rows.length > plan.expectedSize,
    },
  };
}

/** Complexity of a connection: its selection counted once per requested item. */
export function connectionComplexity(args: ConnectionArgs) {
  return { field: 1, multiplier: args.first ?? args.last ?? DEFAULT_PAGE_SIZE };
}
