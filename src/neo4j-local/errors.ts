// Failures of the local Neo4j that a user can fix. The message is one sentence that says
// what to do; the CLI prints it as is, without a stack trace.
export type LocalNeo4jFailure =
  | 'no-java'
  | 'no-maven'
  | 'build-failed'
  | 'port-in-use'
  | 'start-failed'
  | 'start-timeout'
  | 'stop-failed'
  | 'not-a-data-dir';

export class LocalNeo4jError extends Error {
  constructor(
    readonly reason: LocalNeo4jFailure,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'LocalNeo4jError';
  }
}
