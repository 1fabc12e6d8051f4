// DataLoader factories: by id, and by (parent id, filter, page) for nested connections.
// Keys that share a filter and page go to the database in one statement; a request asking
// 50 entities for their first 10 facts sends one facts query, not 50.
import DataLoader from 'dataloader';
import type { Page } from '../graph/read/paging.ts';

export function byIdLoader<T>(fetch: (ids: readonly string[]) => Promise<Map<string, T>>): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const found = await fetch(ids);
    return ids.map((id) => found.get(id) ?? null);
  });
}

export interface PageKey<F> {
  id: string;
  filter: F;
  page: Page;
}

/** Groups keys by everything but the parent id, one fetch per group. */
async function grouped<K extends { id: string }, V>(
  keys: readonly K[],
  groupOf: (key: K) => string,
  fetch: (ids: string[], sample: K) => Promise<Map<string, V>>,
  missing: V,
): Promise<V[]> {
  const groups = new Map<string, K[]>();
  for (const key of keys) {
    const group = groupOf(key);
    groups.set(group, [...(groups.get(group) ?? []), key]);
  }
  const results = new Map<string, Map<string, V>>();
  await Promise.all(
    [...groups].map(async ([group, members]) => {
      results.set(group, await fetch([...new Set(members.map((m) => m.id))], members[0]!));
    }),
  );
  return keys.map((key) => results.get(groupOf(key))?.get(key.id) ?? missing);
}

export function pageLoader<F, T>(
  fetch: (ids: string[], filter: F, page: Page) => Promise<Map<string, T[]>>,
): DataLoader<PageKey<F>, T[], string> {
  const groupOf = (key: PageKey<F>) => JSON.stringify([key.filter, key.page]);
  return new DataLoader(
    (keys) => grouped(keys, groupOf, (ids, sample) => fetch(ids, sample.filter, sample.page), [] as T[]),
    { cacheKeyFn: (key) => JSON.stringify([key.id, key.filter, key.page]) },
  );
}

export interface CountKey<F> {
  id: string;
  filter: F;
}

export function countLoader<F>(
  fetch: (ids: string[], filter: F) => Promise<Map<string, number>>,
): DataLoader<CountKey<F>, number, string> {
  const groupOf = (key: CountKey<F>) => JSON.stringify(key.filter);
  return new DataLoader((keys) => grouped(keys, groupOf, (ids, sample) => fetch(ids, sample.filter), 0), {
    cacheKeyFn: (key) => JSON.stringify([key.id, key.filter]),
  });
}
