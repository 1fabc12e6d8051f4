// An article as it arrives, before normalization: from a .txt laid out like the seed
// (title line, date line, body, "Theo …" source line) or a JSON record.
export interface RawArticle {
  /** Where it came from, for messages: a file path, "file.jsonl:12", or "graphql". */
  origin: string;
  text: string;
  title?: string | null;
  publishedAt?: string | null;
  source?: string | null;
  url?: string | null;
  /** The archive's own id for the article (a corpus record's `id`), kept as Article.externalId. */
  externalId?: string | null;
  /** The archive's topic or section ("business"), kept as Article.topic. */
  topic?: string | null;
}

/** Input that cannot be read as an article, with a sentence a person can act on. */
export class InputError extends Error {
  constructor(
    readonly origin: string,
    readonly reason: 'empty' | 'binary' | 'encoding' | 'too-large' | 'not-an-article' | 'unreadable',
    message: string,
    options?: ErrorOptions,
  ) {
    super(`${origin}: ${message}`, options);
    this.name = 'InputError';
  }
}
