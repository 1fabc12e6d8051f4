// Neo4j values → plain JS: Integer → number, Date → "2022-01-24", lists and maps recursively.
import neo4j from 'neo4j-driver';

export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return (value as neo4j.Integer).toNumber();
  if (neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value)) return String(value);
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) out[key] = toPlain(item);
    return out;
  }
  return value;
}
