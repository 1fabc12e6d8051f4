// Facts that several articles state: the best-corroborated part of the graph.
// Parameters:
//   $minArticles  least number of supporting articles. Default: 2
//                 (1 lists every fact with its count: the sample graph has one article)
// Run: npx kg cypher cypher/queries/multi-source-facts.cypher --param minArticles=1
// Returns: subject | predicate | object | articles | articleIds | confidence | subjectId | objectId
MATCH (s:Entity)-[r]->(o)
WHERE r.articleIds IS NOT NULL AND size(r.articleIds) >= $minArticles
RETURN s.name AS subject, type(r) AS predicate, coalesce(o.name, o.text) AS object,
       size(r.articleIds) AS articles, r.articleIds AS articleIds, r.confidence AS confidence,
       s.id AS subjectId, o.id AS objectId
ORDER BY articles DESC, subject, predicate, object
