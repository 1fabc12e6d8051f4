// Awards by year: who won what in each year. The year is the fact's `year` qualifier, or
// else the year of the earliest article that states the win.
// Parameters:
//   $fromYear  first year to list. Default: 1990
//   $toYear    last year to list. Default: 2100
// Run: npx kg cypher cypher/queries/awards-by-year.cypher --param fromYear=2010 --param toYear=2025
// Returns: year | wins | winners (list of {winner, award, winnerId, awardId})
MATCH (w:Entity)-[r:WON]->(a:Award)
OPTIONAL MATCH (art:Article) WHERE art.id IN r.articleIds
WITH w, r, a, min(art.publishedAt.year) AS publishedYear
WITH coalesce(r.year, publishedYear) AS year, w, a
WHERE year >= $fromYear AND year <= $toYear
RETURN year, count(*) AS wins,
       collect({winner: w.name, award: a.name, winnerId: w.id, awardId: a.id}) AS winners
ORDER BY year
