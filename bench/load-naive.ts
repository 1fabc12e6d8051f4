// The naive way, for comparison only: the same rows as the batched loader (src/graph/write/)
// and its entity and fact statements, but one statement per row, each awaited before the
// next (one per article, sentence, entity, mention and fact), still one transaction per
// article. Sentences and mentions are looked up by their unique id, as a one-row-at-a-time
// loader must (the batched loader nests them under their article instead).
import neo4j, { type Driver } from 'neo4j-driver';
import type { ExtractResult } from '../src/domain/extraction.ts';
import { buildRows } from '../src/graph/write/build-rows.ts';
import { ARTICLE_HASHES, UPSERT_ENTITIES, UPSERT_FACTS, UPSERT_QUANTITY_FACTS } from '../src/graph/write/statements.ts';

const UPSERT_ARTICLE = `MERGE (a:Article {id: $row.id}) SET a += $row SET a.publishedAt = date($row.publishedAt)`;
const UPSERT_SENTENCE = `MATCH (a:Article {id: $row.articleId})
MERGE (s:Sentence {id: $row.id}) SET s += $row
MERGE (a)-[:HAS_SENTENCE]->(s)`;
const UPSERT_MENTION = `MATCH (s:Sentence {id: $row.sentenceId})
MATCH (e:Entity {id: $row.entityId})
MERGE (s)-[m:MENTIONS {start: $row.start, end: $row.end}]->(e)
SET m.text = $row.text, m.articleStart = $row.articleStart, m.articleEnd = $row.articleEnd`;

export async function loadNaively(driver: Driver, result: ExtractResult): Promise<void> {
  const rows = buildRows(result);
  const session = driver.session({ defaultAccessMode: neo4j.session.WRITE });
  try {
    await session.executeWrite(async (tx) => {
      const stored = await tx.run(ARTICLE_HASHES, { ids: [rows.articleId] });
      if (stored.records[0]?.get('contentHash') === rows.contentHash) return;
      await tx.run(UPSERT_ARTICLE, { row: rows.article });
      for (const { mentions: _, ...row } of rows.sentences) await tx.run(UPSERT_SENTENCE, { row });
      for (const [type, list] of Object.entries(rows.entities)) {
        for (const row of list) await tx.run(UPSERT_ENTITIES[type as keyof typeof UPSERT_ENTITIES], { rows: [row] });
      }
      for (const sentence of rows.sentences) {
        for (const mention of sentence.mentions) await tx.run(UPSERT_MENTION, { row: { ...mention, sentenceId: sentence.id } });
      }
      for (const [type, list] of Object.entries(rows.facts)) {
        for (const row of list) await tx.run(UPSERT_FACTS[type as keyof typeof UPSERT_FACTS], { rows: [row] });
      }
      for (const row of rows.quantityFacts) await tx.run(UPSERT_QUANTITY_FACTS, { rows: [row] });
    });
  } finally {
    await session.close();
  }
}
