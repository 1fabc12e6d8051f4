// Article: one source document, its sentences, the entities it mentions and the facts it states.
import { GraphQLError } from 'graphql';
import { PREDICATES } from '../../domain/ontology.ts';
import { countArticles, listArticles } from '../../graph/read/article-reads.ts';
import { MAX_DUPLICATES_LISTED } from '../../graph/read/duplicate-reads.ts';
import { builder } from '../builder.ts';
import { calendarDate } from '../calendar-date.ts';
import { articleIdArg } from '../ids.ts';
import { connectionComplexity, planPage, toConnection } from '../pagination.ts';
import { ArticleOrderEnum, PredicateEnum } from './enums.ts';
import { ArticleRef, EntityRef, FactRef, SentenceRef } from './refs.ts';

builder.node(ArticleRef, {
  isTypeOf: (value) => (value as { kind?: string }).kind === 'article',
  id: { resolve: (a) => a.id },
  loadMany: async (ids, ctx) => (await ctx.loaders.article.loadMany(ids)).map((a) => (a instanceof Error ? null : a)),
  fields: (t) => ({
    articleId: t.exposeString('id', { description: 'The graph id ("art:…"), stable across ingests.' }),
    title: t.exposeString('title', { nullable: true }),
    publishedAt: t.exposeString('publishedAt', { nullable: true, description: 'ISO date.' }),
    source: t.exposeString('source', { nullable: true }),
    url: t.exposeString('url', { nullable: true }),
    language: t.exposeString('language', { nullable: true }),
    externalId: t.exposeString('externalId', { nullable: true, description: "The archive's own id for the article (a corpus record's `id`)." }),
    topic: t.exposeString('topic', { nullable: true, description: "The archive's topic or section, e.g. business." }),
    duplicateOf: t.field({
      type: ArticleRef,
      nullable: true,
      description: 'The first article of the same story, when this one is a near-copy of it (a syndicated re-post, another slug, a changed line).',
      resolve: (a, _args, ctx) => ctx.loaders.articleOriginal.load(a.id),
    }),
    duplicates: t.field({
      type: [ArticleRef],
      description: `Near-copies of this article (ids ascending, at most ${MAX_DUPLICATES_LISTED}; duplicateCount says how many).`,
      complexity: { field: 1, multiplier: 5 },
      resolve: async (a, _args, ctx) => (await ctx.loaders.articleDuplicates.load(a.id))?.articles ?? [],
    }),
    duplicateCount: t.int({
      description: 'How many articles are near-copies of this one.',
      resolve: async (a, _args, ctx) => (await ctx.loaders.articleDuplicates.load(a.id))?.total ?? 0,
    }),
    sentences: t.connection({
      type: SentenceRef,
      complexity: connectionComplexity,
      resolve: async (a, args, ctx) => {
        const plan = planPage(args, ctx);
        const rows = await ctx.loaders.articleSentences.load({ id: a.id, filter: {}, page: plan.page });
        return toConnection(rows, plan, () => ctx.loaders.articleSentenceCount.load({ id: a.id, filter: {} }));
      },
    }),
    entities: t.connection({
      type: EntityRef,
      complexity: connectionComplexity,
      resolve: async (a, args, ctx) => {
        const plan = planPage(args, ctx);
        const rows = await ctx.loaders.articleEntities.load({ id: a.id, filter: {}, page: plan.page });
        return toConnection(rows, plan, () => ctx.loaders.articleEntityCount.load({ id: a.id, filter: {} }));
      },
    }),
    facts: t.connection({
      type: FactRef,
      description: 'Facts this article states.',
      complexity: connectionComplexity,
      args: { predicates: t.arg({ type: [PredicateEnum] }), minConfidence: t.arg.float({ defaultValue: 0 }) },
      resolve: async (a, args, ctx) => {
        const plan = planPage(args, ctx);
        const filter = { predicates: args.predicates ?? [...PREDICATES], minConfidence: args.minConfidence ?? 0 };
        const rows = await ctx.loaders.articleFacts.load({ id: a.id, filter, page: plan.page });
        return toConnection(rows, plan, () => ctx.loaders.articleFactCount.load({ id: a.id, filter }));
      },
    }),
  }),
});

const ArticleFilter = builder.inputType('ArticleFilter', {
  fields: (t) => ({
    source: t.string(),
    publishedFrom: t.string({ description: 'ISO date, inclusive.' }),
    publishedTo: t.string({ description: 'ISO date, inclusive.' }),
  }),
});


builder.queryFields((t) => ({
  article: t.field({
    type: ArticleRef,
    nullable: true,
    args: { id: t.arg.id({ required: true, description: 'Global id or graph id ("art:…").' }) },
    resolve: (_root, { id }, ctx) => ctx.loaders.article.load(articleIdArg(id)),
  }),
  articles: t.connection({
    type: ArticleRef,
    complexity: connectionComplexity,
    args: {
      filter: t.arg({ type: ArticleFilter }),
      orderBy: t.arg({ type: ArticleOrderEnum, defaultValue: 'PUBLISHED_DESC' }),
    },
    resolve: async (_root, args, ctx) => {
      const plan = planPage(args, ctx);
      const date = (name: string, value: string | null | undefined) => {
        if (value == null) return null;
        const valid = calendarDate(value);
        if (valid) return valid;
        throw new GraphQLError(`filter.${name} "${value.slice(0, 40)}" is not a calendar date: write YYYY-MM-DD, e.g. "2022-01-24".`, {
          extensions: { code: 'BAD_USER_INPUT' },
        });
      };
      const filter = {
        source: args.filter?.source ?? null,
        publishedFrom: date('publishedFrom', args.filter?.publishedFrom),
        publishedTo: date('publishedTo', args.filter?.publishedTo),
      };
      const rows = await listArticles(ctx.reader, filter, args.orderBy ?? 'PUBLISHED_DESC', plan.page);
      return toConnection(rows, plan, () => countArticles(ctx.reader, filter));
    },
  }),
}));
