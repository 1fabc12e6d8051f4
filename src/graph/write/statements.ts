// Every Cypher statement the loader runs. Values are always parameters; labels and
// relationship types come only from the fixed lists of src/domain/ontology.ts, one
// statement per label or type, chosen from a map by the row's (validated) type.
import { ENTITY_TYPES, PREDICATES, type EntityPredicate, type EntityType } from '../../domain/ontology.ts';

/** Reads the stored versions of articles: decides new / unchanged / updated. */
export const ARTICLE_HASHES = /* cypher */ `
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.contentHash AS contentHash`;

export const UPSERT_ARTICLES = /* cypher */ `
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a += row`;

export const UPSERT_SENTENCES = /* cypher */ `
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MERGE (s:Sentence {id: row.id})
SET s += row
MERGE (a)-[:HAS_SENTENCE]->(s)`;

/** Which of these entities exist already (to count the ones a load adds). */
export const EXISTING_ENTITIES = /* cypher */ `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN collect(id) AS ids`;

/**
 * Which of these facts ({key, subject, type, object}) exist already. Both ends are found by
 * their unique id first and only the relationships BETWEEN them are checked (Expand(Into)):
 * expanding every relationship of the subject and filtering by object cost as many db hits
 * as the subject has facts (an organization with 1,000 facts: 1,000 per row).
 */
export const EXISTING_FACTS = /* cypher */ `
UNWIND $facts AS f
MATCH (s:Entity {id: f.subject})
CALL (f) {
  MATCH (o:Entity {id: f.object}) RETURN o
  UNION
  MATCH (o:Quantity {id: f.object}) RETURN o
}
WITH f, s, o WHERE EXISTS { (s)-[r]->(o) WHERE type(r) = f.type }
RETURN collect(DISTINCT f.key) AS keys`;

/**
 * Entities of one type label. Name and type are set once; aliases and the folded search
 * forms accumulate as sets across articles ("Future Gov" then "FutureGov" → both kept).
 */
function upsertEntities(label: EntityType): string {
  // Only what is new is written: an entity seen again with no new alias is not touched
  // (no property write, no full-text index update).
  return /* cypher */ `
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e:${label}, e.type = row.type, e.name = row.name, e.nameKey = row.nameKey,
  e.aliases = [], e.searchText = ''
WITH e, row, CASE e.searchText WHEN '' THEN [] ELSE split(e.searchText, '\\n') END AS known
WITH e, [x IN row.aliases WHERE NOT x IN e.aliases] AS newAliases, [f IN row.searchForms WHERE NOT f IN known] AS newForms
FOREACH (_ IN CASE WHEN size(newAliases) > 0 THEN [1] ELSE [] END | SET e.aliases = e.aliases + newAliases)
FOREACH (_ IN CASE WHEN size(newForms) > 0 THEN [1] ELSE [] END |
  SET e.searchText = reduce(t = e.searchText, f IN newForms | CASE t WHEN '' THEN f ELSE t + '\\n' + f END))`;
}

export const UPSERT_ENTITIES = Object.fromEntries(
  ENTITY_TYPES.map((label) => [label, upsertEntities(label)]),
) as Record<EntityType, string>;

/** Offsets on MENTIONS are Sentence-relative: s.text[start, end) = m.text. */
export const UPSERT_MENTIONS = /* cypher */ `
UNWIND $rows AS row
MATCH (s:Sentence {id: row.sentenceId})
MATCH (e:Entity {id: row.entityId})
MERGE (s)-[m:MENTIONS {start: row.start, end: row.end}]->(e)
SET m.text = row.text, m.articleStart = row.articleStart, m.articleEnd = row.articleEnd`;

/**
 * Adds the articles' support to a fact relationship `r` (already MERGEd by the caller):
 * evidence and articleIds as sets, supportConfidences parallel to articleIds (so the max
 * can be recomputed when an article withdraws), qualifiers last-writer-wins per key.
 */
const ADD_SUPPORT = /* cypher */ `
ON CREATE SET r.evidence = [], r.articleIds = [], r.supportConfidences = []
WITH r, row, [i IN range(0, size(row.articleIds) - 1) WHERE NOT row.articleIds[i] IN r.articleIds] AS fresh
SET r.evidence = r.evidence + [x IN row.evidence WHERE NOT x IN r.evidence],
  r.supportConfidences = r.supportConfidences + [i IN fresh | row.confidences[i]],
  r.articleIds = r.articleIds + [i IN fresh | row.articleIds[i]],
  r.extractor = row.extractor
SET r.confidence = reduce(m = 0.0, c IN r.supportConfidences | CASE WHEN c > m THEN c ELSE m END)
SET r += row.qualifiers`;

function upsertFacts(type: EntityPredicate): string {
  return /* cypher */ `
UNWIND $rows AS row
MATCH (s:Entity {id: row.subject})
MATCH (o:Entity {id: row.object})
MERGE (s)-[r:${type}]->(o)${ADD_SUPPORT}`;
}

export const ENTITY_PREDICATES = PREDICATES.filter((p): p is EntityPredicate => p !== 'HAS_QUANTITY');

export const UPSERT_FACTS = Object.fromEntries(
  ENTITY_PREDICATES.map((type) => [type, upsertFacts(type)]),
) as Record<EntityPredicate, string>;

/** Quantity id = hash of subject + kind + value + unit + measure: one node per entity and number. */
export const UPSERT_QUANTITY_FACTS = /* cypher */ `
UNWIND $rows AS row
MATCH (s:Entity {id: row.subject})
MERGE (q:Quantity {id: row.object})
ON CREATE SET q += row.quantity
MERGE (s)-[r:HAS_QUANTITY]->(q)${ADD_SUPPORT}`;

/**
 * Update, step 1: withdraw the article's support from every fact it stated. Every fact's
 * subject is mentioned in the article (validated), so the facts are reached through the
 * article's mentions rather than a scan of all relationships. Facts left with no article
 * are deleted (unless the new version states them again: $restated, "subject|TYPE|object"),
 * and so are Quantity nodes left without any HAS_QUANTITY. The fact types are named in the
 * pattern (WON|AWARDED_BY|…) rather than filtered with type(r): a much-mentioned entity has
 * thousands of incoming MENTIONS, and a typed expansion skips them (dense nodes keep their
 * relationships grouped by type) instead of reading each one.
 */
export const RETRACT_FACTS = /* cypher */ `
MATCH (:Article {id: $articleId})-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(e:Entity)
WITH DISTINCT e
MATCH (e)-[r:${PREDICATES.join('|')}]-()
WHERE $articleId IN r.articleIds
WITH DISTINCT r
WITH r, [i IN range(0, size(r.articleIds) - 1) WHERE r.articleIds[i] <> $articleId] AS keep
SET r.articleIds = [i IN keep | r.articleIds[i]],
  r.supportConfidences = [i IN keep | r.supportConfidences[i]],
  r.evidence = [x IN r.evidence WHERE NOT x STARTS WITH $sentencePrefix]
SET r.confidence = reduce(m = 0.0, c IN r.supportConfidences | CASE WHEN c > m THEN c ELSE m END)
WITH r, endNode(r) AS target, size(keep) = 0 AS unsupported,
  startNode(r).id + '|' + type(r) + '|' + endNode(r).id AS key
WHERE unsupported AND NOT key IN $restated
DELETE r
WITH collect(DISTINCT target) AS targets, count(*) AS factsDeleted
CALL (targets) {
  UNWIND targets AS t
  WITH t WHERE t:Quantity AND NOT EXISTS { ()-[:HAS_QUANTITY]->(t) }
  DELETE t
}
RETURN factsDeleted`;

/** Update, step 2: drop the article's sentences and with them its mentions. */
export const RETRACT_SENTENCES = /* cypher */ `
MATCH (:Article {id: $articleId})-[:HAS_SENTENCE]->(s:Sentence)
OPTIONAL MATCH (s)-[:MENTIONS]->(e:Entity)
WITH collect(DISTINCT s) AS sentences, collect(DISTINCT e.id) AS entityIds
FOREACH (s IN sentences | DETACH DELETE s)
RETURN entityIds`;

/**
 * Update, step 3: entities that no sentence mentions any more are gone, unless the new
 * version mentions them again ($restated): they keep their node, name and aliases.
 */
export const DELETE_ORPHAN_ENTITIES = /* cypher */ `
UNWIND $entityIds AS id
MATCH (e:Entity {id: id})
WHERE NOT id IN $restated AND NOT EXISTS { ()-[:MENTIONS]->(e) }
DETACH DELETE e
RETURN count(*) AS entitiesDeleted`;
