// The numbers stated about an entity (money, counts, percentages), with the sentence
// that states each.
// Parameters:
//   $entityId  the entity's id. Example: "award:giai-thuong-future-gov"
// Run: npx kg cypher cypher/queries/entity-quantities.cypher --param entityId=award:giai-thuong-future-gov
// Returns: kind | value | unit | measure | text | evidence | articles
MATCH (e:Entity {id: $entityId})-[r:HAS_QUANTITY]->(q:Quantity)
RETURN q.kind AS kind, q.value AS value, q.unit AS unit, q.measure AS measure, q.text AS text,
       COLLECT { MATCH (s:Sentence) WHERE s.id IN r.evidence RETURN s.text } AS evidence, size(r.articleIds) AS articles
ORDER BY kind, value DESC
