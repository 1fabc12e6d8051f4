// Re-ingesting an archive: an article whose stored version has the same content hash is
// "unchanged" whatever the extractor would find in it (the loader would write nothing), so it
// need not be extracted at all. Articles are read ahead a group at a time, identified (id and
// hash, from the normalized text: about a tenth of an extraction's work) and their stored
// hashes read in one statement. What is unchanged passes as such; the rest goes on to be
// extracted, and the loader decides again under its lock, so an article written meanwhile by
// someone else is still told right.
import type { Driver } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import { InputError, type RawArticle } from '../domain/article-input.ts';

/** An input article the graph already holds in this very version. */
export interface KnownUnchanged {
  unchanged: true;
  origin: string;
  articleId: string;
  title: string;
}

type Input = RawArticle | InputError;

const STORED_HASHES = /* cypher */ `
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.contentHash AS contentHash`;

const ANY_ARTICLE = /* cypher */ `MATCH (a:Article) RETURN count(a) > 0 AS any LIMIT 1`;

/** Articles read ahead per statement. */
const GROUP = 200;

/** True when the graph holds no article yet: then nothing can be unchanged, and no article is screened. */
export async function graphIsEmpty(driver: Driver, database?: string): Promise<boolean> {
  const result = await driver.executeQuery(ANY_ARTICLE, {}, { database, routing: neo4j.routing.READ });
  return result.records[0]?.get('any') !== true;
}

export async function* skipUnchanged(
  driver: Driver,
  inputs: AsyncIterable<Input> | Iterable<Input>,
  database?: string,
): AsyncGenerator<Input | KnownUnchanged> {
  // The identifier imports the normalizer only (not the recognizers' lexicons).
  const { identifyArticle } = await import('../pipeline/identify-article.ts');
  const screen = async (group: Input[]): Promise<Array<Input | KnownUnchanged>> => {
    const identities = group.map((item) => (item instanceof InputError ? null : safely(() => identifyArticle(item))));
    const ids = [...new Set(identities.flatMap((identity) => (identity ? [identity.id] : [])))];
    const result = await driver.executeQuery(STORED_HASHES, { ids }, { database, routing: neo4j.routing.READ });
    const stored = new Map(result.records.map((r) => [r.get('id') as string, r.get('contentHash') as unknown]));
    return group.map((item, i) => {
      const identity = identities[i];
      if (item instanceof InputError || !identity || stored.get(identity.id) !== identity.contentHash) return item;
      return { unchanged: true, origin: item.origin, articleId: identity.id, title: identity.title };
    });
  };
  let group: Input[] = [];
  for await (const item of inputs) {
    group.push(item);
    if (group.length >= GROUP) {
      yield* await screen(group);
      group = [];
    }
  }
  if (group.length > 0) yield* await screen(group);
}

/** An article the normalizer cannot take is left to the extractor, which reports why. */
function safely<T>(identify: () => T): T | null {
  try {
    return identify();
  } catch {
    return null;
  }
}
