// Expected failures of mutations, returned as members of a result union (errors plugin),
// not thrown into the `errors` array.
export class NotAuthorizedError extends Error {
  /** @param writesEnabled false when the server has no KG_API_TOKEN: no token can help then. */
  constructor(writesEnabled = true) {
    super(
      writesEnabled
        ? 'Not authorized: send "Authorization: Bearer <KG_API_TOKEN>" to change the graph.'
        : 'Writes are turned off on this server: it was started without KG_API_TOKEN, so no request can change the graph.',
    );
    this.name = 'NotAuthorizedError';
  }
}

export class EmptyArticleError extends Error {
  constructor() {
    super('The article text is empty.');
    this.name = 'EmptyArticleError';
  }
}

export class ArticleTooLargeError extends Error {
  constructor(
    readonly bytes: number,
    readonly maxBytes: number,
  ) {
    super(`The article (text, title and the other fields together) is ${bytes} bytes; the limit is ${maxBytes} (KG_MAX_ARTICLE_BYTES).`);
    this.name = 'ArticleTooLargeError';
  }
}

/** Text that is not an article (binary, unreadable): the loader's InputError, in words. */
export class InvalidArticleError extends Error {
  constructor(
    readonly reason: string,
    message: string,
  ) {
    super(message);
    this.name = 'InvalidArticleError';
  }
}
