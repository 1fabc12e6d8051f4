// Mutation ingestArticle: extract one article and load it, for holders of the API token.
// Re-sending the same article changes nothing (the loader MERGEs on stable ids).
import { InputError } from '../../domain/article-input.ts';
import { checkArticleText } from '../../sources/decode-text.ts';
import { builder } from '../builder.ts';
import { ArticleTooLargeError, EmptyArticleError, InvalidArticleError, NotAuthorizedError } from '../errors.ts';
import type { IngestCounts, IngestOutcome } from '../ingest-port.ts';
import { ArticleRef } from './refs.ts';

const IngestArticleInput = builder.inputType('IngestArticleInput', {
  fields: (t) => ({
    text: t.string({ required: true, description: 'The article body (title and date lines may lead, as in the .txt layout).' }),
    title: t.string(),
    url: t.string(),
    publishedAt: t.string({ description: 'ISO date "2022-01-24" or as printed ("Thứ hai, 24/01/2022").' }),
    source: t.string({ description: 'e.g. "Nhân Dân"' }),
  }),
});

const IngestCountsRef = builder.objectRef<IngestCounts>('IngestCounts').implement({
  description: 'What one ingest added to the graph.',
  fields: (t) => ({
    sentences: t.exposeInt('sentences'),
    mentions: t.exposeInt('mentions'),
    entities: t.exposeInt('entities', { description: 'Entities new to the graph.' }),
    facts: t.exposeInt('facts'),
  }),
});

type Payload = Extract<IngestOutcome, { ok: true }> & { kind: 'ingest' };

const IngestArticlePayload = builder.objectRef<Payload>('IngestArticlePayload').implement({
  isTypeOf: (value) => (value as Payload).kind === 'ingest',
  fields: (t) => ({
    article: t.field({
      type: ArticleRef,
      nullable: true,
      resolve: (p, _a, ctx) => ctx.loaders.article.load(p.articleId),
    }),
    unchanged: t.exposeBoolean('unchanged', { description: 'True when this exact article was already in the graph.' }),
    added: t.field({ type: IngestCountsRef, resolve: (p) => p.added }),
    warnings: t.exposeStringList('warnings', { description: "The extractor's doubts and skips, in words." }),
  }),
});

builder.mutationType({});

builder.mutationField('ingestArticle', (t) =>
  t.field({
    type: IngestArticlePayload,
    description: 'Extract facts from one article and load them. Needs "Authorization: Bearer <KG_API_TOKEN>".',
    args: { input: t.arg({ type: IngestArticleInput, required: true }) },
    authScopes: { writer: true },
    unauthorizedError: (_parent, _args, ctx) => new NotAuthorizedError(ctx.config.apiToken !== null),
    errors: {
      types: [NotAuthorizedError, EmptyArticleError, ArticleTooLargeError, InvalidArticleError],
      directResult: true,
      union: { name: 'IngestArticleResult' },
    },
    resolve: async (_root, { input }, ctx) => {
      if (input.text.trim() === '') throw new EmptyArticleError();
      // The whole input counts (a 4 MB title once went around a limit on the text alone).
      const bytes = [input.text, input.title, input.url, input.publishedAt, input.source].reduce((sum, value) => sum + (value ? Buffer.byteLength(value, 'utf8') : 0), 0);
      if (bytes > ctx.config.maxArticleBytes) throw new ArticleTooLargeError(bytes, ctx.config.maxArticleBytes);
      try {
        // The checks a file gets in src/sources (binary, whitespace only), for text sent as a string.
        const problem = checkArticleText(input.text, 'graphql');
        if (problem) throw problem;
        const outcome = await ctx.ingest({
          origin: 'graphql',
          text: input.text,
          title: input.title ?? null,
          url: input.url ?? null,
          publishedAt: input.publishedAt ?? null,
          source: input.source ?? null,
        });
        if (!outcome.ok) throw new InvalidArticleError('not-ingested', outcome.reason);
        return { ...outcome, kind: 'ingest' as const };
      } catch (error) {
        throw toTypedError(error, ctx.config.maxArticleBytes, bytes);
      }
    },
  }),
);

function toTypedError(error: unknown, maxBytes: number, bytes: number): unknown {
  if (!(error instanceof InputError)) return error;
  if (error.reason === 'empty') return new EmptyArticleError();
  if (error.reason === 'too-large') return new ArticleTooLargeError(bytes, maxBytes);
  return new InvalidArticleError(error.reason, error.message);
}
