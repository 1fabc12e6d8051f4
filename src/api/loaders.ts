// Every loader one request may use. Created fresh per request (see context.ts).
import * as articles from '../graph/read/article-reads.ts';
import * as entities from '../graph/read/entity-reads.ts';
import * as facts from '../graph/read/fact-reads.ts';
import type { Direction, FactFilter, FactsLevel } from '../graph/read/fact-reads.ts';
import type { FactRow } from '../graph/read/models.ts';
import type { GraphReader } from '../graph/read/reader.ts';
import { byIdLoader, countLoader, pageLoader } from './batch-loaders.ts';

export interface EntityFactFilter extends FactFilter {
  direction: Direction;
  /** The evidence's articles are read, so they come with the facts (lookahead.ts). */
  articles: boolean;
  /** The objects' facts asked for further down the same query (lookahead.ts). */
  next: FactsLevel | null;
}

type None = Record<string, never>;

export function createLoaders(reader: GraphReader) {
  const loaders = {
    entity: byIdLoader((ids) => entities.entitiesByIds(reader, ids)),
    article: byIdLoader((ids) => articles.articlesByIds(reader, ids)),
    sentence: byIdLoader((ids) => articles.sentencesByIds(reader, ids)),
    fact: byIdLoader((keys) => facts.factsByKeys(reader, keys)),

    entityFacts: pageLoader(async (ids, f: EntityFactFilter, page) => {
      const found = await facts.factsOfEntities(reader, ids, { ...f, page });
      if (f.next) for (const rows of found.values()) primeNext(rows, f.next);
      return found;
    }),
    entityFactCount: countLoader((ids, f: EntityFactFilter) => facts.countFactsOfEntities(reader, ids, f.direction, f)),
    entityMentions: pageLoader((ids, _f: None, page) => entities.mentionsOfEntities(reader, ids, page)),
    entityMentionCount: countLoader((ids, _f: None) => entities.countMentionsOfEntities(reader, ids)),
    entityArticles: pageLoader((ids, _f: None, page) => entities.articlesOfEntities(reader, ids, page)),
    entityArticleCount: countLoader((ids, _f: None) => entities.countArticlesOfEntities(reader, ids)),
    entityQuantities: pageLoader((ids, _f: None) => entities.quantitiesOfEntities(reader, ids)),

    articleSentences: pageLoader((ids, _f: None, page) => articles.sentencesOfArticles(reader, ids, page)),
    articleSentenceCount: countLoader((ids, _f: None) => articles.countSentencesOfArticles(reader, ids)),
    articleEntities: pageLoader((ids, _f: None, page) => articles.entitiesOfArticles(reader, ids, page)),
    articleEntityCount: countLoader((ids, _f: None) => articles.countEntitiesOfArticles(reader, ids)),
    articleFacts: pageLoader((ids, f: FactFilter, page) => facts.factsOfArticles(reader, ids, f, page)),
    articleFactCount: countLoader((ids, f: FactFilter) => facts.countFactsOfArticles(reader, ids, f)),
    sentenceMentions: pageLoader((ids, _f: None) => articles.mentionsOfSentences(reader, ids)),
  };

  /** Facts fetched ahead for each object go into the cache under the key its resolver will ask. */
  function primeNext(rows: FactRow[], level: FactsLevel): void {
    for (const row of rows) if (row.next) primeFacts(row.object.id, level, row.next);
  }
  /** Puts facts fetched ahead for `id` (and their next hops) where the resolvers will look. */
  function primeFacts(id: string, level: FactsLevel, rows: FactRow[]): void {
    const { page, ...filter } = level;
    loaders.entityFacts.prime({ id, filter: entityFactFilter(filter), page }, rows);
    if (level.next) primeNext(rows, level.next);
  }
  return { ...loaders, primeFacts };
}

/** One spelling of the key, so the resolver and the prefetch agree (cache keys are JSON). */
export function entityFactFilter(f: EntityFactFilter): EntityFactFilter {
  return { direction: f.direction, predicates: f.predicates, minConfidence: f.minConfidence, articles: f.articles, next: f.next };
}

export type Loaders = ReturnType<typeof createLoaders>;
