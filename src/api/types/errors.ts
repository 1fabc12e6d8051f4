// The error types a mutation can return: each implements the `Error` interface.
import { builder } from '../builder.ts';
import { ArticleTooLargeError, EmptyArticleError, InvalidArticleError, NotAuthorizedError } from '../errors.ts';

export const ErrorInterface = builder.interfaceRef<Error>('Error').implement({
  fields: (t) => ({ message: t.exposeString('message') }),
});

builder.objectType(NotAuthorizedError, { name: 'NotAuthorizedError', interfaces: [ErrorInterface] });
builder.objectType(EmptyArticleError, { name: 'EmptyArticleError', interfaces: [ErrorInterface] });
builder.objectType(ArticleTooLargeError, {
  name: 'ArticleTooLargeError',
  interfaces: [ErrorInterface],
  fields: (t) => ({ bytes: t.exposeInt('bytes'), maxBytes: t.exposeInt('maxBytes') }),
});
builder.objectType(InvalidArticleError, {
  name: 'InvalidArticleError',
  interfaces: [ErrorInterface],
  fields: (t) => ({ reason: t.exposeString('reason') }),
});
