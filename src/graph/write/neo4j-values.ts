// JS values → values the loader sends as statement parameters. A JS number is sent as a
// Float, so integral numbers become a `bigint`, which the driver sends as an Integer
// (29300000 → 29300000n, 29.5 stays Float). Dates stay ISO strings, checked here, and the
// statements store them with Cypher's date() ("2022-01-24" → Date(2022, 1, 24)).
// Why not neo4j.int and neo4j.types.Date: a bigint and a string survive postMessage and
// v8.serialize unchanged, so an extraction worker can build the rows (src/ingest/) and the
// server's thread only sends them; driver objects would arrive as plain objects.

const INT64_MAX = 2n ** 63n - 1n;
const INT64_MIN = -(2n ** 63n);

/** 1800 → 1800n; 0.5 → 0.5. Beyond 64 bits → the nearest bound, as neo4j.int does. Non-finite numbers are refused (Neo4j would store NaN). */
export function toNeo4jNumber(value: number): bigint | number {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  if (!Number.isInteger(value)) return value;
  const integer = BigInt(value);
  return integer > INT64_MAX ? INT64_MAX : integer < INT64_MIN ? INT64_MIN : integer;
}

export function toNeo4jNumberOrNull(value: number | null | undefined): bigint | number | null {
  return value === null || value === undefined ? null : toNeo4jNumber(value);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2022-01-24" → "2022-01-24" (a real day, which Cypher's date() accepts); anything else (null, "2022", "24/01/2022", "2022-02-30") → null. */
export function toIsoDate(value: string | null | undefined): string | null {
  const match = value ? ISO_DATE.exec(value) : null;
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return value!;
}
