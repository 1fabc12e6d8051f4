// Neo4j values → plain JS: Integer → number, Date → "2022-01-24", lists and maps recursively.
// Runs over every value of every row the API reads (a seed-shape answer has ~500), so the
// common cases (strings, numbers, plain maps and lists) are tested first and cheaply, and
// the driver's own type checks run only on the rare objects that are not plain.
import neo4j from 'neo4j-driver';

export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const out: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) out[i] = toPlain(value[i]);
    return out;
  }
  // Maps in records come back as plain objects; Integer, temporal values, nodes and
  // relationships are class instances.
  if (Object.getPrototypeOf(value) === Object.prototype) return plainMap(value as Record<string, unknown>);
  if (neo4j.isInt(value)) return (value as neo4j.Integer).toNumber();
  if (neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value)) return String(value);
  return plainMap(value as Record<string, unknown>);
}

function plainMap(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = toPlain(value[key]);
  return out;
}
