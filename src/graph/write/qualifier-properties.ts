// Fact qualifiers → relationship properties. Known keys get their Neo4j type (year and
// amount as numbers, integers as Integer; date as Date, written by the statement from its
// checked ISO text); other keys pass through when they look like property names and do not
// clash with the provenance properties.
// { year: 2011, date: "2019-09-06", amount: 29300000 } → { year: 2011n, date: "2019-09-06", amount: 29300000n }
import { toIsoDate, toNeo4jNumber } from './neo4j-values.ts';

const PROVENANCE = new Set(['evidence', 'articleIds', 'confidence', 'extractor', 'supportConfidences']);
const PROPERTY_NAME = /^[a-z][A-Za-z0-9]*$/;

export function qualifierProperties(qualifiers: Record<string, unknown>): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(qualifiers)) {
    if (value === null || value === undefined || PROVENANCE.has(key) || !PROPERTY_NAME.test(key)) continue;
    if (key === 'date' && typeof value === 'string') {
      // A date the extractor could not make a full ISO date of is kept as text; a full one
      // is stored as a Date (statements.ts, ADD_SUPPORT).
      const date = toIsoDate(value);
      properties[date ? 'date' : 'dateText'] = date ?? value;
    } else if (typeof value === 'number') {
      properties[key] = toNeo4jNumber(value);
    } else {
      properties[key] = value;
    }
  }
  return properties;
}
