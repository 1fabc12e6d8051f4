// Mention: one span of a sentence that names an entity; sentence.text[start, end) === text.
import { builder } from '../builder.ts';
import { EntityRef, MentionRef, SentenceRef } from './refs.ts';

MentionRef.implement({
  fields: (t) => ({
    text: t.exposeString('text'),
    start: t.exposeInt('start', { description: "UTF-16 offset into the sentence's text." }),
    end: t.exposeInt('end', { description: 'Exclusive end offset.' }),
    sentence: t.field({
      type: SentenceRef,
      resolve: async (m, _a, ctx) => (await ctx.loaders.sentence.load(m.sentenceId))!,
    }),
    entity: t.field({
      type: EntityRef,
      resolve: async (m, _a, ctx) => (await ctx.loaders.entity.load(m.entityId))!,
    }),
  }),
});
