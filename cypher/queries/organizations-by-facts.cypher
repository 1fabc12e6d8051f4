// Organizations ranked by how many facts involve them (as subject or object), with how
// many articles mention them.
// Parameters:
//   $limit  how many at most. Default: 20
// Run: npx kg cypher cypher/queries/organizations-by-facts.cypher --param limit=20
// Returns: organization | facts | asSubject | asObject | articles | id
MATCH (o:Organization)
OPTIONAL MATCH (o)-[out]->() WHERE out.articleIds IS NOT NULL
WITH o, count(out) AS asSubject
OPTIONAL MATCH (o)<-[incoming]-() WHERE incoming.articleIds IS NOT NULL
WITH o, asSubject, count(incoming) AS asObject
WHERE asSubject + asObject > 0
RETURN o.name AS organization, asSubject + asObject AS facts, asSubject, asObject,
       size(COLLECT { MATCH (o)<-[:MENTIONS]-(:Sentence)<-[:HAS_SENTENCE]-(a:Article) RETURN DISTINCT a }) AS articles,
       o.id AS id
ORDER BY facts DESC, organization
LIMIT $limit
