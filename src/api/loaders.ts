// Every loader one request may use. Created fresh per request (see context.ts).
import * as articles from '../graph/read/article-reads.ts';
import * as entities from '../graph/read/entity-reads.ts';
import * as facts from '../graph/read/fact-reads.ts';
import type { Direction, FactFilter } from '../graph/read/fact-reads.ts';
import type { GraphReader } from '../graph/read/reader.ts';
import { byIdLoader, countLoader, pageLoader } from './batch-loaders.ts';

export interface EntityFactFilter extends FactFilter {
  direction: Direction;
}

type None = Record<string, never>;

export function createLoaders(reader: GraphReader) {
  return {
    entity: byIdLoader((ids) => entities.entitiesByIds(reader, ids)),
    article: byIdLoader((ids) => articles.articlesByIds(reader, ids)),
    sentence: byIdLoader((ids) => articles.sentencesByIds(reader, ids)),
    fact: byIdLoader((keys) => facts.factsByKeys(reader, keys)),

    entityFacts: pageLoader((ids, f: EntityFactFilter, page) => facts.factsOfEntities(reader, ids, f.direction, f, page)),
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
}

export type Loaders = ReturnType<typeof createLoaders>;
