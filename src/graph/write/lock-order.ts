// The one order in which every writer takes its locks (labels and types by name, rows by id),
// so that concurrent loads wait for each other instead of deadlocking (a deadlock is retried,
// but costs time). buildRows sorts an article's rows in this order already (off the server's
// thread, in the extraction worker), so sorting a one-article batch again is a single pass.
import type { EntityRow, FactRow } from './build-rows.ts';
import type { BatchRows } from './merge-rows.ts';

export const entityLockKey = (entity: EntityRow): string => entity.id;
export const factLockKey = (fact: FactRow): string => `${fact.subject}|${fact.object}`;
export const compareLockKeys = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function inLockOrder(rows: BatchRows): BatchRows {
  const byKey = <T>(record: Partial<Record<string, T[]>>, key: (row: T) => string) =>
    Object.fromEntries(
      Object.keys(record)
        .sort()
        .map((type) => [type, sortedBy(record[type] ?? [], key)]),
    );
  return {
    ...rows,
    entities: byKey(rows.entities, entityLockKey),
    facts: byKey(rows.facts, factLockKey),
    quantityFacts: sortedBy(rows.quantityFacts, factLockKey),
  };
}

/** A sorted copy; a list already in order (one article's rows) costs one pass and no sort. */
function sortedBy<T>(items: T[], key: (item: T) => string): T[] {
  const keys = items.map(key);
  if (keys.every((k, i) => i === 0 || compareLockKeys(keys[i - 1]!, k) <= 0)) return items;
  const order = keys.map((_, i) => i).sort((a, b) => compareLockKeys(keys[a]!, keys[b]!));
  return order.map((i) => items[i]!);
}
