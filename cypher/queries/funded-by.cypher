// Everything an organization funds, with the amounts stated (on the fact, or as money
// quantities of what it funds).
// Parameters:
//   $funder  the funder's id, canonical name or any alias.
//            Examples: "Ngân hàng Thế giới", "WB", "org:ngan-hang-the-gioi"
// Run: npx kg cypher cypher/queries/funded-by.cypher --param funder=WB
// Returns: funded | fundedType | amount | currency | quantities | articles | fundedId
MATCH (f:Entity)
WHERE f.id = $funder OR f.name = $funder OR $funder IN f.aliases
MATCH (x:Entity)-[r:FUNDED_BY]->(f)
RETURN x.name AS funded, x.type AS fundedType, r.amount AS amount, r.currency AS currency,
       [(x)-[:HAS_QUANTITY]->(q:Quantity {kind: 'money'}) | q.text] AS quantities,
       size(r.articleIds) AS articles, x.id AS fundedId
ORDER BY articles DESC, funded
