// The naive way, for comparison only: the same statements and rows as the batched loader
// (src/graph/write/), but one statement per row, each awaited before the next (one per
// sentence, entity, mention and fact), still one transaction per article.
import neo4j, { type Driver } from 'neo4j-driver';
import type { ExtractResult } from '../src/domain/extraction.ts';
import { buildRows } from '../src/graph/write/build-rows.ts';
import {
  ARTICLE_HASHES,
  UPSERT_ARTICLES,
  UPSERT_ENTITIES,
  UPSERT_FACTS,
  UPSERT_MENTIONS,
  UPSERT_QUANTITY_FACTS,
  UPSERT_SENTENCES,
} from '../src/graph/write/statements.ts';

export async function loadNaively(driver: Driver, result: ExtractResult): Promise<void> {
  const rows = buildRows(result);
  const session = driver.session({ defaultAccessMode: neo4j.session.WRITE });
  try {
    await session.executeWrite(async (tx) => {
      const stored = await tx.run(ARTICLE_HASHES, { ids: [rows.articleId] });
      if (stored.records[0]?.get('contentHash') === rows.contentHash) return;
      await tx.run(UPSERT_ARTICLES, { rows: [rows.article] });
      for (const row of rows.sentences) await tx.run(UPSERT_SENTENCES, { rows: [row] });
      for (const [type, list] of Object.entries(rows.entities)) {
        for (const row of list) await tx.run(UPSERT_ENTITIES[type as keyof typeof UPSERT_ENTITIES], { rows: [row] });
      }
      for (const row of rows.mentions) await tx.run(UPSERT_MENTIONS, { rows: [row] });
      for (const [type, list] of Object.entries(rows.facts)) {
        for (const row of list) await tx.run(UPSERT_FACTS[type as keyof typeof UPSERT_FACTS], { rows: [row] });
      }
      for (const row of rows.quantityFacts) await tx.run(UPSERT_QUANTITY_FACTS, { rows: [row] });
    });
  } finally {
    await session.close();
  }
}
