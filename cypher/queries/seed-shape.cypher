// Who won which award, for which project, funded by whom: the seed article's shape,
// with the sentences that state each of the three facts.
// Parameters:
//   $limit  how many rows at most. Default: 25
// Run: npx kg cypher cypher/queries/seed-shape.cypher --param limit=25
// Returns one row per (winner, award, project, funder):
//   winner | award | project | funder | year | wonEvidence | awardedForEvidence | fundedByEvidence | ids
MATCH (o:Organization)-[won:WON]->(a:Award)-[af:AWARDED_FOR]->(p:Project)-[fb:FUNDED_BY]->(f:Entity)
RETURN o.name AS winner, a.name AS award, p.name AS project, f.name AS funder, won.year AS year,
       COLLECT { MATCH (s:Sentence) WHERE s.id IN won.evidence RETURN s.text } AS wonEvidence,
       COLLECT { MATCH (s:Sentence) WHERE s.id IN af.evidence RETURN s.text } AS awardedForEvidence,
       COLLECT { MATCH (s:Sentence) WHERE s.id IN fb.evidence RETURN s.text } AS fundedByEvidence,
       [o.id, a.id, p.id, f.id] AS ids
ORDER BY winner, award, project, funder
LIMIT $limit
