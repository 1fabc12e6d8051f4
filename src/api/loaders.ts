// Every loader one request may use. Fresh per request (see context.ts), each built the first
// time the request uses it: most requests use two or three of the seventeen, and building
// all of them up front cost ~30 µs per request.
import type DataLoader from 'dataloader';
import * as articles from '../graph/read/article-reads.ts';
import * as duplicates from '../graph/read/duplicate-reads.ts';
import * as entities from '../graph/read/entity-reads.ts';
import * as facts from '../graph/read/fact-reads.ts';
import type { Direction, FactFilter, FactsLevel } from '../graph/read/fact-reads.ts';
import type { EvidencePage, FactRow } from '../graph/read/models.ts';
import type { GraphReader } from '../graph/read/reader.ts';
import { byIdLoader, countLoader, type PageKey, pageLoader } from './batch-loaders.ts';

export interface EntityFactFilter extends FactFilter {
  direction: Direction;
  /** The evidence's articles are read, so they come with the facts (lookahead.ts). */
  articles: boolean;
  /** Counts through the evidence and article id lists are read (lookahead.ts). */
  lists: boolean;
  /** The window of each fact's evidence the query reads (lookahead.ts). */
  evidence: EvidencePage;
  /** The facts' ends are read with their aliases (lookahead.ts). */
  aliases: boolean;
  /** Only the evidence's quotes are read (lookahead.ts). */
  quotesOnly: boolean;
  /** The objects' facts asked for further down the same query (lookahead.ts). */
  next: FactsLevel | null;
}

type None = Record<string, never>;
type EntityFactsLoader = DataLoader<PageKey<EntityFactFilter>, FactRow[], string>;

// Built once per process; each takes the request's reader (and, for the facts loader, the
// request's loaders, to prime the hops fetched ahead).
const FACTORIES = {
  entity: (reader: GraphReader) => byIdLoader((ids) => entities.entitiesByIds(reader, ids)),
  article: (reader: GraphReader) => byIdLoader((ids) => articles.articlesByIds(reader, ids)),
  sentence: (reader: GraphReader) => byIdLoader((ids) => articles.sentencesByIds(reader, ids)),
  fact: (reader: GraphReader) => byIdLoader((keys) => facts.factsByKeys(reader, keys)),

  entityFacts: (reader: GraphReader, loaders: { entityFacts: EntityFactsLoader }): EntityFactsLoader =>
    pageLoader(async (ids, f: EntityFactFilter, page) => {
      const found = await facts.factsOfEntities(reader, ids, { ...f, page });
      if (f.next) for (const rows of found.values()) primeNext(loaders.entityFacts, rows, f.next);
      return found;
    }),
  entityFactCount: (reader: GraphReader) => countLoader((ids, f: EntityFactFilter) => facts.countFactsOfEntities(reader, ids, f.direction, f)),
  entityMentions: (reader: GraphReader) => pageLoader((ids, _f: None, page) => entities.mentionsOfEntities(reader, ids, page)),
  entityMentionCount: (reader: GraphReader) => countLoader((ids, _f: None) => entities.countMentionsOfEntities(reader, ids)),
  entityArticles: (reader: GraphReader) => pageLoader((ids, _f: None, page) => entities.articlesOfEntities(reader, ids, page)),
  entityArticleCount: (reader: GraphReader) => countLoader((ids, _f: None) => entities.countArticlesOfEntities(reader, ids)),
  entityQuantities: (reader: GraphReader) => pageLoader((ids, _f: None) => entities.quantitiesOfEntities(reader, ids)),

  articleSentences: (reader: GraphReader) => pageLoader((ids, _f: None, page) => articles.sentencesOfArticles(reader, ids, page)),
  articleSentenceCount: (reader: GraphReader) => countLoader((ids, _f: None) => articles.countSentencesOfArticles(reader, ids)),
  articleEntities: (reader: GraphReader) => pageLoader((ids, _f: None, page) => articles.entitiesOfArticles(reader, ids, page)),
  articleEntityCount: (reader: GraphReader) => countLoader((ids, _f: None) => articles.countEntitiesOfArticles(reader, ids)),
  articleFacts: (reader: GraphReader) => pageLoader((ids, f: FactFilter, page) => facts.factsOfArticles(reader, ids, f, page)),
  articleFactCount: (reader: GraphReader) => countLoader((ids, f: FactFilter) => facts.countFactsOfArticles(reader, ids, f)),
  sentenceMentions: (reader: GraphReader) => pageLoader((ids, _f: None) => articles.mentionsOfSentences(reader, ids)),

  articleOriginal: (reader: GraphReader) => byIdLoader((ids) => duplicates.originalsOfArticles(reader, ids)),
  articleDuplicates: (reader: GraphReader) => byIdLoader((ids) => duplicates.duplicatesOfArticles(reader, ids)),
  articleStory: (reader: GraphReader) => byIdLoader((ids) => duplicates.storiesOfArticles(reader, ids)),
};

type LoaderSet = { readonly [K in keyof typeof FACTORIES]: ReturnType<(typeof FACTORIES)[K]> };

export type Loaders = LoaderSet & {
  /** Puts facts fetched ahead for `id` (and their next hops) where the resolvers will look. */
  primeFacts(id: string, level: FactsLevel, rows: FactRow[]): void;
};

/** Facts fetched ahead for each object go into the cache under the key its resolver will ask. */
function primeNext(loader: EntityFactsLoader, rows: FactRow[], level: FactsLevel): void {
  for (const row of rows) if (row.next) primeFacts(loader, row.object.id, level, row.next);
}

function primeFacts(loader: EntityFactsLoader, id: string, level: FactsLevel, rows: FactRow[]): void {
  const { page, ...filter } = level;
  loader.prime({ id, filter: entityFactFilter(filter), page }, rows);
  if (level.next) primeNext(loader, rows, level.next);
}

class RequestLoaders {
  readonly made = new Map<string, unknown>();
  constructor(readonly reader: GraphReader) {}

  primeFacts(id: string, level: FactsLevel, rows: FactRow[]): void {
    primeFacts((this as unknown as Loaders).entityFacts, id, level, rows);
  }
}

// One getter per loader on the prototype (defined once): the first read builds the loader.
for (const name of Object.keys(FACTORIES) as Array<keyof typeof FACTORIES>) {
  Object.defineProperty(RequestLoaders.prototype, name, {
    get(this: RequestLoaders) {
      let loader = this.made.get(name);
      if (!loader) this.made.set(name, (loader = FACTORIES[name](this.reader, this as unknown as Loaders)));
      return loader;
    },
  });
}

export function createLoaders(reader: GraphReader): Loaders {
  return new RequestLoaders(reader) as unknown as Loaders;
}

/** One spelling of the key, so the resolver and the prefetch agree (cache keys are JSON). */
export function entityFactFilter(f: EntityFactFilter): EntityFactFilter {
  const { direction, predicates, minConfidence, articles, lists, evidence, aliases, quotesOnly, next } = f;
  return { direction, predicates, minConfidence, articles, lists, evidence: { skip: evidence.skip, limit: evidence.limit }, aliases, quotesOnly, next };
}
