// "No article half-loaded": every Article in the graph has exactly the sentences and
// mentions the extractor produced for it (one transaction per article, so all or nothing).
import type { Driver } from 'neo4j-driver';
import type { RawArticle } from '../../../../src/domain/article-input.ts';
import { extractArticle } from '../../../../src/pipeline/extract.ts';

export interface ExpectedArticle {
  sentences: number;
  mentions: number;
}

/** What the extractor says each article should hold, by article id. */
export function expectedArticles(raws: Iterable<RawArticle>): Map<string, ExpectedArticle> {
  const expected = new Map<string, ExpectedArticle>();
  for (const raw of raws) {
    const result = extractArticle(raw);
    expected.set(result.article.id, {
      sentences: result.sentences.length,
      // The loader keeps one MENTIONS per (entity, start, end).
      mentions: new Set(result.entities.flatMap((e) => e.mentions.map((m) => `${e.id}|${m.start}|${m.end}`))).size,
    });
  }
  return expected;
}

export interface Inconsistency {
  articleId: string;
  problem: string;
}

/** Articles whose stored sentences or mentions differ from the extractor's (empty = all whole). */
export async function halfLoadedArticles(
  driver: Driver,
  expected: Map<string, ExpectedArticle>,
  database?: string,
): Promise<Inconsistency[]> {
  const { records } = await driver.executeQuery(
    `MATCH (a:Article)
     OPTIONAL MATCH (a)-[:HAS_SENTENCE]->(s:Sentence)
     OPTIONAL MATCH (s)-[m:MENTIONS]->()
     RETURN a.id AS id, count(DISTINCT s) AS sentences, count(m) AS mentions`,
    {},
    { database },
  );
  const problems: Inconsistency[] = [];
  for (const record of records) {
    const id = record.get('id') as string;
    const sentences = Number(record.get('sentences'));
    const mentions = Number(record.get('mentions'));
    const want = expected.get(id);
    if (!want) problems.push({ articleId: id, problem: 'not one of the input articles' });
    else if (want.sentences !== sentences || want.mentions !== mentions) {
      problems.push({
        articleId: id,
        problem: `${sentences} sentences / ${mentions} mentions in the graph, extractor made ${want.sentences} / ${want.mentions}`,
      });
    }
  }
  return problems;
}

/** Ids of the articles in the graph. */
export async function storedArticleIds(driver: Driver, database?: string): Promise<Set<string>> {
  const { records } = await driver.executeQuery('MATCH (a:Article) RETURN a.id AS id', {}, { database });
  return new Set(records.map((r) => r.get('id') as string));
}
