// Entities mentioned together with a given entity: in the same sentence, and in the same
// article, most frequent first.
// Parameters:
//   $entityId  the entity's id. Example: "org:ngan-hang-the-gioi"
//   $limit     how many at most. Default: 20
// Run: npx kg cypher cypher/queries/co-mentioned.cypher --param entityId=org:ngan-hang-the-gioi --param limit=20
// Returns: entity | type | sameSentence | sameArticle | entityId
MATCH (e:Entity {id: $entityId})<-[:MENTIONS]-(:Sentence)<-[:HAS_SENTENCE]-(a:Article)
WITH e, collect(DISTINCT a) AS articles
UNWIND articles AS a
MATCH (a)-[:HAS_SENTENCE]->(s:Sentence)-[:MENTIONS]->(other:Entity)
WHERE other <> e
WITH other, count(DISTINCT a) AS sameArticle,
     count(DISTINCT CASE WHEN EXISTS { (s)-[:MENTIONS]->(e) } THEN s END) AS sameSentence
RETURN other.name AS entity, other.type AS type, sameSentence, sameArticle, other.id AS entityId
ORDER BY sameSentence DESC, sameArticle DESC, entity
LIMIT $limit
