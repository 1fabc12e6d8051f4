// Who may write, and what a connection's arguments may ask for.
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { isWriter } from '../../../src/api/context.ts';
import { entityIdArg } from '../../../src/api/ids.ts';
import { planPage, toConnection } from '../../../src/api/pagination.ts';
import type { ApiContext } from '../../../src/api/context.ts';
import { encodeGlobalID, offsetToCursor } from '@pothos/plugin-relay';

describe('isWriter', () => {
  it.each<[string | null, string | null, boolean]>([
    ['Bearer s3cret-token', 's3cret-token', true],
    ['bearer   s3cret-token ', 's3cret-token', true],
    ['Bearer s3cret-tokeN', 's3cret-token', false],
    ['Bearer s3cret', 's3cret-token', false],
    ['s3cret-token', 's3cret-token', false],
    ['Basic czNjcmV0', 's3cret-token', false],
    [null, 's3cret-token', false],
    ['Bearer anything', null, false], // no token configured: nobody writes
  ])('%j with token %j → %s', (header, token, expected) => {
    expect(isWriter(header, token)).toBe(expected);
  });
});

const ctx = { config: { maxPageSize: 50 } } as unknown as ApiContext;

describe('planPage', () => {
  it('turns first/after into SKIP/LIMIT with one extra row to see the next page', () => {
    expect(planPage({ first: 10 }, ctx).page).toEqual({ skip: 0, limit: 11 });
    expect(planPage({ first: 10, after: offsetToCursor(9) }, ctx).page).toEqual({ skip: 10, limit: 11 });
    expect(planPage({}, ctx).page).toEqual({ skip: 0, limit: 21 });
  });

  it('refuses a page above maxPageSize with a clear error, never a silent clamp', () => {
    expect(() => planPage({ first: 51 }, ctx)).toThrow(/"first" is 51, above the maximum page size of 50/);
    expect(() => planPage({ last: 500, before: offsetToCursor(600) }, ctx)).toThrow(GraphQLError);
  });

  it('refuses a cursor it did not make', () => {
    expect(() => planPage({ first: 5, after: 'bm9wZQ==' }, ctx)).toThrow(/"after" is not a cursor this server gave/);
  });

  it('builds pageInfo from the extra row', () => {
    const plan = planPage({ first: 2 }, ctx);
    const page = toConnection(['a', 'b', 'c'], plan, async () => 3);
    expect(page.edges.map((e) => e.node)).toEqual(['a', 'b']);
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false, endCursor: offsetToCursor(1) });
    expect(toConnection(['a'], plan, async () => 1).pageInfo.hasNextPage).toBe(false);
  });
});

describe('entityIdArg', () => {
  it('accepts a global id or the graph id, refuses other ids', () => {
    expect(entityIdArg('org:ngan-hang-the-gioi')).toBe('org:ngan-hang-the-gioi');
    expect(entityIdArg(encodeGlobalID('Organization', 'org:ngan-hang-the-gioi'))).toBe('org:ngan-hang-the-gioi');
    expect(() => entityIdArg(encodeGlobalID('Article', 'art:1'))).toThrow(/Not an entity id/);
    expect(() => entityIdArg('nonsense')).toThrow(/Not an entity id/);
  });
});
