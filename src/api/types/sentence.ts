// Sentence: one sentence of an article, with the entities it mentions.
import { builder } from '../builder.ts';
import { ArticleRef, MentionRef, SentenceRef } from './refs.ts';

builder.node(SentenceRef, {
  isTypeOf: (value) => (value as { kind?: string }).kind === 'sentence',
  id: { resolve: (s) => s.id },
  loadMany: async (ids, ctx) => (await ctx.loaders.sentence.loadMany(ids)).map((s) => (s instanceof Error ? null : s)),
  fields: (t) => ({
    index: t.exposeInt('index', { description: 'Position in the article, from 0.' }),
    text: t.exposeString('text'),
    start: t.exposeInt('start', { description: "UTF-16 offset into the article's normalized text." }),
    end: t.exposeInt('end'),
    article: t.field({ type: ArticleRef, resolve: async (s, _a, ctx) => (await ctx.loaders.article.load(s.articleId))! }),
    mentions: t.field({
      type: [MentionRef],
      complexity: { field: 1, multiplier: 10 },
      resolve: (s, _a, ctx) => ctx.loaders.sentenceMentions.load({ id: s.id, filter: {}, page: { skip: 0, limit: 0 } }),
    }),
  }),
});
