// Mutation deleteArticle: take one article out of the graph, for holders of the API token.
// Idempotent: deleting an article that is not there answers deleted: false.
import { articleIdArg } from '../ids.ts';
import { builder } from '../builder.ts';
import { NotAuthorizedError } from '../errors.ts';
import type { DeleteOutcome } from '../../graph/write/delete-article.ts';

type Payload = DeleteOutcome & { kind: 'delete' };

const DeleteArticlePayload = builder.objectRef<Payload>('DeleteArticlePayload').implement({
  isTypeOf: (value) => (value as Payload).kind === 'delete',
  fields: (t) => ({
    articleId: t.exposeString('articleId', { description: 'The graph id ("art:…").' }),
    deleted: t.boolean({ description: 'False when no article with this id was in the graph (nothing changed).', resolve: (p) => p.status === 'deleted' }),
    factsRemoved: t.exposeInt('factsRemoved', { description: 'Facts left with no supporting article, removed.' }),
    entitiesRemoved: t.exposeInt('entitiesRemoved', { description: 'Entities no sentence mentions any more, removed.' }),
    newOriginalId: t.exposeString('newOriginalId', {
      nullable: true,
      description:
        "When the article was the original of near-copies: the graph id of the earliest published copy, now their story's original (the other copies are its duplicates). Null otherwise.",
    }),
  }),
});

builder.mutationField('deleteArticle', (t) =>
  t.field({
    type: DeleteArticlePayload,
    description:
      'Take an article out of the graph: its sentences and mentions, and its support of every fact (facts and entities left with no support go too). Needs "Authorization: Bearer <KG_API_TOKEN>".',
    args: { id: t.arg.id({ required: true, description: 'Global id or graph id ("art:…").' }) },
    authScopes: { writer: true },
    unauthorizedError: (_parent, _args, ctx) => new NotAuthorizedError(ctx.config.apiToken !== null),
    errors: { types: [NotAuthorizedError], directResult: true, union: { name: 'DeleteArticleResult' } },
    resolve: async (_root, { id }, ctx) => ({ ...(await ctx.deleteArticle(articleIdArg(id))), kind: 'delete' as const }),
  }),
);
