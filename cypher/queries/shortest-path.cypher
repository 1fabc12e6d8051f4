// How two entities are connected: the shortest chain of facts between them (in either
// direction; sentences and mentions are not used as links).
// Parameters:
//   $from  an entity id. Example: "org:so-thong-tin-va-truyen-thong-da-nang"
//   $to    another entity id. Example: "org:ngan-hang-the-gioi"
// Run: npx kg cypher cypher/queries/shortest-path.cypher --param from=org:so-thong-tin-va-truyen-thong-da-nang --param to=org:ngan-hang-the-gioi
// Returns: hops | names | relationships | ids
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[:WON|AWARDED_BY|AWARDED_FOR|FUNDED_BY|IMPLEMENTED_BY|ORGANIZED_BY|NOMINATED_FOR|LOCATED_IN|PART_OF|HOLDS_POSITION|AGREEMENT_WITH|ACQUIRED|DONATED_TO*..8]-(b))
RETURN length(p) AS hops, [n IN nodes(p) | n.name] AS names, [r IN relationships(p) | type(r)] AS relationships,
       [n IN nodes(p) | n.id] AS ids
