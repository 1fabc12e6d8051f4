// Facts that several articles state: the best-corroborated part of the graph. `stories`
// counts near-copies of one article (DUPLICATE_OF, e.g. a syndicated re-post) once, so a
// story re-posted 300 times is one story; facts are ranked by it.
// Parameters:
//   $minArticles  least number of distinct stories (and so of supporting articles). Default: 2
//                 (1 lists every fact with its count: the sample graph has one article)
// Run: npx kg cypher cypher/queries/multi-source-facts.cypher --param minArticles=1
// Returns: subject | predicate | object | stories | articles | articleIds | confidence | subjectId | objectId
MATCH (s:Entity)-[r]->(o)
WHERE r.articleIds IS NOT NULL AND size(r.articleIds) >= $minArticles
WITH s, r, o, size(COLLECT {
  UNWIND r.articleIds AS id
  MATCH (a:Article {id: id})
  OPTIONAL MATCH (a)-[:DUPLICATE_OF]->(original:Article)
  RETURN DISTINCT coalesce(original.id, a.id) AS story
}) AS stories
WHERE stories >= $minArticles
RETURN s.name AS subject, type(r) AS predicate, coalesce(o.name, o.text) AS object, stories,
       size(r.articleIds) AS articles, r.articleIds AS articleIds, r.confidence AS confidence,
       s.id AS subjectId, o.id AS objectId
ORDER BY stories DESC, articles DESC, subject, predicate, object
