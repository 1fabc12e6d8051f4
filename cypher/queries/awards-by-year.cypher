// Awards by year: who won what in each year. The year is when the win happened, not when an
// article reported it: the fact's own `year` qualifier; else the year the same article gives
// another win of the same winner (a headline's "nhận Giải thưởng X" and the body's
// "giải thưởng … năm 2011" are one event); only when the text gives no year, the year of the
// earliest article that states the win. `yearFrom` says which of the three it is.
// Parameters:
//   $fromYear  first year to list. Default: 1990
//   $toYear    last year to list. Default: 2100
// Run: npx kg cypher cypher/queries/awards-by-year.cypher --param fromYear=2010 --param toYear=2025
// Returns: year | wins | winners (list of {winner, award, yearFrom, winnerId, awardId})
MATCH (w:Entity)-[r:WON]->(a:Award)
OPTIONAL MATCH (art:Article) WHERE art.id IN r.articleIds
WITH w, r, a, art,
     COLLECT { MATCH (w)-[dated:WON]->() WHERE dated.year IS NOT NULL AND art.id IN dated.articleIds
               RETURN dated.year ORDER BY dated.year LIMIT 1 } AS sameArticleYear
WITH w, r, a, min(sameArticleYear[0]) AS articleYear, min(art.publishedAt.year) AS publishedYear
WITH w, a, coalesce(r.year, articleYear, publishedYear) AS year,
     CASE WHEN r.year IS NOT NULL THEN 'fact' WHEN articleYear IS NOT NULL THEN 'article' ELSE 'publication' END AS yearFrom
WHERE year >= $fromYear AND year <= $toYear
RETURN year, count(*) AS wins,
       collect({winner: w.name, award: a.name, yearFrom: yearFrom, winnerId: w.id, awardId: a.id}) AS winners
ORDER BY year
