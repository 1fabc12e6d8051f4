// JS values → Neo4j values. A JS number is sent as a Float, so integral numbers go
// through neo4j.int (29300000 → Integer 29300000, 29.5 stays Float), and ISO dates
// become Neo4j `Date` ("2022-01-24" → Date(2022, 1, 24)).
import neo4j, { type Date as Neo4jDate, type Integer } from 'neo4j-driver';

/** 1800 → Integer 1800; 0.5 → 0.5. Non-finite numbers are refused (Neo4j would store NaN). */
export function toNeo4jNumber(value: number): Integer | number {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  return Number.isInteger(value) ? neo4j.int(value) : value;
}

export function toNeo4jNumberOrNull(value: number | null | undefined): Integer | number | null {
  return value === null || value === undefined ? null : toNeo4jNumber(value);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2022-01-24" → Date(2022, 1, 24); anything else (null, "2022", "24/01/2022") → null. */
export function toNeo4jDate(value: string | null | undefined): Neo4jDate<Integer> | null {
  const match = value ? ISO_DATE.exec(value) : null;
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return new neo4j.types.Date(neo4j.int(year), neo4j.int(month), neo4j.int(day));
}
