import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES, PREDICATES } from '../../../../src/domain/ontology.ts';
import * as statements from '../../../../src/graph/write/statements.ts';

const all = (): string[] => [
  statements.ARTICLE_HASHES,
  statements.WRITE_ARTICLES,
  statements.WRITE_SENTENCES,
  ...Object.values(statements.UPSERT_ENTITIES),
  ...Object.values(statements.UPSERT_FACTS),
  statements.UPSERT_QUANTITY_FACTS,
  statements.RETRACT_FACTS,
  statements.RETRACT_SENTENCES,
  statements.DELETE_ORPHAN_ENTITIES,
];

describe('loader statements', () => {
  it('have one entity statement per type label and one fact statement per relationship type', () => {
    expect(Object.keys(statements.UPSERT_ENTITIES).sort()).toEqual([...ENTITY_TYPES].sort());
    expect(Object.keys(statements.UPSERT_FACTS).sort()).toEqual(PREDICATES.filter((p) => p !== 'HAS_QUANTITY').sort());
    for (const [label, query] of Object.entries(statements.UPSERT_ENTITIES)) expect(query).toContain(`SET e:${label},`);
    for (const [type, query] of Object.entries(statements.UPSERT_FACTS)) expect(query).toContain(`-[r:${type}]->`);
  });

  it('take every value from parameters: no quoted literals, only labels and types from the ontology', () => {
    const known = new Set<string>([...ENTITY_TYPES, ...PREDICATES, 'Entity', 'Article', 'Sentence', 'Quantity', 'HAS_SENTENCE', 'MENTIONS']);
    for (const query of all()) {
      // String literals allowed: '' (empty search text), '\n' (its separator), '|' (fact keys).
      const literals = query.match(/'[^']*'/g) ?? [];
      expect(literals.filter((l) => !["''", "'\\n'", "'|'"].includes(l))).toEqual([]);
      for (const [, name] of query.matchAll(/[(\[][a-z]*:([A-Za-z_]+)/g)) expect(known.has(name!)).toBe(true);
    }
  });

  it('look like this (WON)', () => {
    expect(statements.UPSERT_FACTS.WON).toMatchInlineSnapshot(`
      "
      UNWIND $rows AS row
      MATCH (s:Entity {id: row.subject})
      MATCH (o:Entity {id: row.object})
      MERGE (s)-[r:WON]->(o)
      // Writing the extractor (the value of the row, written below anyway) takes the write lock on
      // the relationship BEFORE its support is read: another transaction adding its article to the
      // same fact has committed by then, and its article id and evidence are read and kept.
      SET r.extractor = row.extractor
      WITH r, row, r.articleIds IS NULL AS created,
        coalesce(r.articleIds, []) AS knownArticles, coalesce(r.evidence, []) AS knownEvidence, coalesce(r.supportConfidences, []) AS knownConfidences
      WITH r, row, created, knownArticles, knownEvidence, knownConfidences,
        [i IN range(0, size(row.articleIds) - 1) WHERE NOT row.articleIds[i] IN knownArticles] AS fresh
      WITH r, row, created, knownEvidence + [x IN row.evidence WHERE NOT x IN knownEvidence] AS evidence,
        knownArticles + [i IN fresh | row.articleIds[i]] AS articleIds, knownConfidences + [i IN fresh | row.confidences[i]] AS confidences
      SET r += row.qualifiers, r.evidence = evidence, r.articleIds = articleIds, r.supportConfidences = confidences,
        r.confidence = reduce(m = 0.0, c IN confidences | CASE WHEN c > m THEN c ELSE m END), r.extractor = row.extractor
      // The date qualifier comes as a checked ISO date (qualifier-properties.ts) and is stored as a Date.
      SET r.date = CASE WHEN row.qualifiers.date IS :: STRING NOT NULL THEN date(row.qualifiers.date) ELSE r.date END
      RETURN collect(CASE WHEN created THEN [row.subject, row.object] END) AS created"
    `);
  });
});
