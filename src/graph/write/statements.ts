// Every Cypher statement the loader runs. Values are always parameters; labels and
// relationship types come only from the fixed lists of src/domain/ontology.ts, one
// statement per label or type, chosen from a map by the row's (validated) type.
import { ENTITY_TYPES, PREDICATES, type EntityPredicate, type EntityType } from '../../domain/ontology.ts';

/**
 * Reads the stored versions of articles (decides new / unchanged / updated), holding each
 * article's write lock until the transaction ends: MERGE on the unique id waits for a
 * concurrent writer of the same article to commit, and the SET locks an existing node, so
 * the hash read is the committed one. Ten loads of one article at once are then one "new"
 * and nine "unchanged" (they wait and find it stored), never a constraint error. A node
 * MERGE creates here has no contentHash, so it reads as new and is written below in the
 * same transaction. $ids sorted, so two batches lock in the same order.
 */
export const ARTICLE_HASHES = /* cypher */ `
UNWIND $ids AS id
MERGE (a:Article {id: id})
SET a.id = id
RETURN a.id AS id, a.contentHash AS contentHash`;

/**
 * Article nodes (ARTICLE_HASHES has MERGEd them): their properties, publishedAt (an ISO
 * date, checked by the loader) stored as a Date. date(null) is null, which removes it.
 */
export const WRITE_ARTICLES = /* cypher */ `
UNWIND $rows AS row
MATCH (a:Article {id: row.id})
SET a += row
SET a.publishedAt = date(row.publishedAt)`;

/**
 * Sentences with their mentions, nested: each mention created under its sentence, so no
 * sentence is looked up again by id. Sent in chunks (write-batch.ts), each naming its
 * article. CREATE, not MERGE, for sentences and mentions: they are always new here, since
 * an updated article's old sentences were deleted earlier in the same transaction
 * (RETRACT_SENTENCES) and unchanged articles are not written at all. Runs after the entity
 * statements, which the mentions point to. Offsets on MENTIONS are Sentence-relative:
 * s.text[start, end) = m.text.
 */
export const WRITE_SENTENCES = /* cypher */ `
UNWIND $rows AS sentence
MATCH (a:Article {id: sentence.articleId})
CREATE (a)-[:HAS_SENTENCE]->(s:Sentence {id: sentence.id, articleId: sentence.articleId, index: sentence.index,
  text: sentence.text, start: sentence.start, end: sentence.end})
WITH s, sentence
UNWIND sentence.mentions AS m
MATCH (e:Entity {id: m.entityId})
CREATE (s)-[:MENTIONS {start: m.start, end: m.end, text: m.text, articleStart: m.articleStart, articleEnd: m.articleEnd}]->(e)`;

/**
 * Entities of one type label. Name and type are set once; aliases and the folded search
 * forms accumulate as sets across articles ("Future Gov" then "FutureGov" → both kept).
 * Returns the ids of the entities it created, so that a load can say what it added without
 * reading the graph first (a node MERGE has just created has no name yet).
 */
function upsertEntities(label: EntityType): string {
  // Only what is new is written: an entity seen again with no new alias is not touched
  // (no property write, no full-text index update).
  return /* cypher */ `
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
// Writing type (the same for an id, whose prefix names it) takes the write lock on the node
// before its aliases are read: aliases a concurrent article adds are never overwritten.
SET e.type = row.type
WITH e, row, e.name IS NULL AS created
FOREACH (_ IN CASE WHEN created THEN [1] ELSE [] END |
  SET e:${label}, e.type = row.type, e.name = row.name, e.nameKey = row.nameKey, e.aliases = [], e.searchText = '')
WITH e, row, created, CASE e.searchText WHEN '' THEN [] ELSE split(e.searchText, '\\n') END AS known
WITH e, row, created, [x IN row.aliases WHERE NOT x IN e.aliases] AS newAliases, [f IN row.searchForms WHERE NOT f IN known] AS newForms
FOREACH (_ IN CASE WHEN size(newAliases) > 0 THEN [1] ELSE [] END | SET e.aliases = e.aliases + newAliases)
FOREACH (_ IN CASE WHEN size(newForms) > 0 THEN [1] ELSE [] END |
  SET e.searchText = reduce(t = e.searchText, f IN newForms | CASE t WHEN '' THEN f ELSE t + '\\n' + f END))
RETURN collect(CASE WHEN created THEN row.id END) AS created`;
}

export const UPSERT_ENTITIES = Object.fromEntries(
  ENTITY_TYPES.map((label) => [label, upsertEntities(label)]),
) as Record<EntityType, string>;

/**
 * Adds the articles' support to a fact relationship `r` (already MERGEd by the caller):
 * evidence and articleIds as sets, supportConfidences parallel to articleIds (so the max
 * can be recomputed when an article withdraws), qualifiers last-writer-wins per key.
 * Each property is written once (a new relationship gets its lists directly). Returns the
 * [subject, object] pairs of the relationships it created (one MERGE has just created has
 * no articleIds yet), so a load counts what it added without reading first.
 */
const ADD_SUPPORT = /* cypher */ `
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
RETURN collect(CASE WHEN created THEN [row.subject, row.object] END) AS created`;

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
// Takes the write lock on the relationship before the support is read (confidence is
// recomputed below): support a concurrent article added is read and kept.
SET r.confidence = 0.0
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

/** Delete, step 0: the article's write lock (no row when the article is not in the graph). */
export const LOCK_ARTICLE = /* cypher */ `
MATCH (a:Article {id: $articleId})
SET a.id = $articleId
RETURN a.id AS id`;

/** Delete, last step: the Article node (its sentences went with RETRACT_SENTENCES). */
export const DELETE_ARTICLE_NODE = /* cypher */ `
MATCH (a:Article {id: $articleId})
DETACH DELETE a`;
