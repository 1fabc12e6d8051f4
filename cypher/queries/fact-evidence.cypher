// The evidence for one fact: every sentence that states it, with its article, and the
// exact spans of the two entities' mentions in that sentence.
// Parameters:
//   $subject    subject entity id. Example: "org:so-thong-tin-va-truyen-thong-da-nang"
//   $predicate  relationship type. Example: "WON"
//   $object     object entity id (or Quantity id). Example: "award:to-chuc-thuoc-khu-vuc-cong-tieu-bieu-trong-cong-dong-asean-nam-2011"
// Run: npx kg cypher cypher/queries/fact-evidence.cypher --param subject=org:so-thong-tin-va-truyen-thong-da-nang --param predicate=WON --param object=award:to-chuc-thuoc-khu-vuc-cong-tieu-bieu-trong-cong-dong-asean-nam-2011
// Returns: sentence | sentenceId | article | url | publishedAt | confidence | spans
MATCH (s:Entity {id: $subject})-[r]->(o {id: $object})
WHERE type(r) = $predicate
UNWIND r.evidence AS sentenceId
MATCH (a:Article)-[:HAS_SENTENCE]->(sentence:Sentence {id: sentenceId})
RETURN sentence.text AS sentence, sentenceId, a.title AS article, a.url AS url, a.publishedAt AS publishedAt,
       r.confidence AS confidence,
       [(sentence)-[m:MENTIONS]->(e) WHERE e = s OR e = o | {entity: e.name, start: m.start, end: m.end, text: m.text}] AS spans
ORDER BY publishedAt, sentenceId
