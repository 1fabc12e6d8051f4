// Why one article could not be loaded. `invalid`: the extraction breaks the contract of
// src/domain/extraction.ts (unknown entity id, offsets that do not slice to the text…);
// `database`: Neo4j refused a statement; `unavailable`: Neo4j could not be reached.
export type LoadFailure = 'invalid' | 'database' | 'unavailable';

export class LoadError extends Error {
  constructor(
    readonly reason: LoadFailure,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'LoadError';
  }
}
