// STUB (owned by the foundation work): start a throw-away Neo4j, provide its URI.
export default async function setup(): Promise<() => Promise<void>> {
  return async () => {};
}
