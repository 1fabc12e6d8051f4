// Find entities by name, accents and spacing ignored, through the `entityNames` full-text
// index (cypher/schema.cypher): "da nang" finds "Đà Nẵng", "future gov" and "futuregov"
// both find "FutureGov".
// The index holds FOLDED names (src/domain/fold.ts foldText: lower case, no accents,
// đ → d), so give $q folded too. Quote words to ask for a phrase.
// Parameters:
//   $q      Lucene query over folded names. Examples: "da nang", "\"ngan hang the gioi\"", "futuregov"
//   $limit  how many at most. Default: 10
// Run: npx kg cypher cypher/queries/entity-by-folded-name.cypher --param q='"da nang"' --param limit=10
// Returns: name | type | aliases | score | id
CALL db.index.fulltext.queryNodes('entityNames', $q) YIELD node, score
RETURN node.name AS name, node.type AS type, node.aliases AS aliases, score, node.id AS id
ORDER BY score DESC, name
LIMIT $limit
