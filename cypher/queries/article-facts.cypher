// All facts one article states (entity facts and numbers), with the sentences it gives
// as evidence. Other articles may support the same facts too: see `articles`.
// Parameters:
//   $articleId  the article's id (`kg extract` and `kg ingest` print it). Example: "art:3a26e775c6d14d9e"
//               (the sample article, samples/articles/danang-futuregov.txt)
// Run: npx kg cypher cypher/queries/article-facts.cypher --param articleId=art:3a26e775c6d14d9e
// Returns: subject | predicate | object | qualifiers ("year=2011", …) | confidence | evidence | articles | subjectId | objectId
MATCH (:Article {id: $articleId})-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(e:Entity)
WITH DISTINCT e
MATCH (e)-[r]->(o)
WHERE $articleId IN r.articleIds
RETURN e.name AS subject, type(r) AS predicate,
       coalesce(o.name, o.text, toString(o.value) + ' ' + o.unit) AS object,
       [k IN keys(r) WHERE NOT k IN ['evidence', 'articleIds', 'confidence', 'supportConfidences', 'extractor'] | k + '=' + toString(r[k])] AS qualifiers,
       r.confidence AS confidence,
       COLLECT { MATCH (s:Sentence) WHERE s.id IN r.evidence AND s.articleId = $articleId RETURN s.text } AS evidence,
       size(r.articleIds) AS articles, e.id AS subjectId, o.id AS objectId
ORDER BY predicate, subject, object
