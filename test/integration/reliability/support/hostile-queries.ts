// Hostile GraphQL documents, each built to be refused by one of the API's limits
// (src/api/limits.ts, pagination.ts): depth, aliases, page size, cost, batch, introspection.
// `expectedCode`/`messageHint` say which refusal a client should read.

export interface HostileRequest {
  name: string;
  /** JSON body: one operation, or an array (a batch). */
  body: unknown;
  /** Words the refusal must contain (case-insensitive, any of them). */
  messageHint: RegExp;
}

/** `{ search(text:"a") { nodes { facts { nodes { subject { facts { … } } } } } } }` `levels` deep. */
export function deepQuery(levels: number): string {
  // Each hop adds 4 levels: facts → nodes → subject(Entity) → facts…; pad with `__typename`.
  let inner = 'name';
  let depth = 0;
  while (depth < levels) {
    inner = `... on Entity { facts(first: 1) { nodes { subject { ${inner} } } } }`;
    depth += 4;
  }
  return `query Deep { search(text: "da nang", first: 1) { nodes { ${inner} } } }`;
}

export function aliasQuery(count: number): string {
  const fields = Array.from({ length: count }, (_, i) => `a${i}: stats { articles }`).join('\n');
  return `query Aliases {\n${fields}\n}`;
}

/** Three nested connections at the largest legal page size each: 100 × 100 × 100 rows. */
export function costBomb(pageSize: number): string {
  return `query CostBomb {
  entities(first: ${pageSize}) { nodes {
    facts(first: ${pageSize}) { nodes {
      subject { facts(first: ${pageSize}) { nodes {
        object { ... on Entity { facts(first: ${pageSize}) { nodes { predicate evidence { quote } } } } }
      } } }
    } }
  } }
}`;
}

/** `__type { fields { type { ofType { ofType … } } } }` `levels` deep: introspection as a bomb. */
export function deepIntrospection(levels: number): string {
  let inner = 'name';
  for (let i = 0; i < levels; i++) inner = `ofType { ${inner} }`;
  return `query DeepIntrospection { __type(name: "Entity") { fields { type { ${inner} } } } }`;
}

export function aliasedIntrospection(count: number): string {
  const fields = Array.from({ length: count }, (_, i) => `s${i}: __schema { types { name fields { name } } }`).join('\n');
  return `query IntrospectionFlood {\n${fields}\n}`;
}

export const NORMAL_QUERY = `query Normal { search(text: "da nang", first: 5) { totalCount nodes { name } } }`;

/** The standard introspection query, as GraphiQL sends it (shortened: types and fields). */
export const INTROSPECTION = '{ __schema { queryType { name } types { name kind fields { name args { name } type { name kind ofType { name kind } } } } } }';

export function hostileRequests(maxPageSize: number): HostileRequest[] {
  return [
    { name: '50 levels deep', body: { query: deepQuery(50) }, messageHint: /depth/i },
    { name: '1,000 aliases', body: { query: aliasQuery(1000) }, messageHint: /alias|token/i },
    // Refused by the cost estimate (first × selection) before the page-size check: either is clear.
    { name: 'huge first', body: { query: `{ entities(first: 1000000000) { nodes { name } } }` }, messageHint: /page size|first|cost/i },
    { name: 'huge first past Int', body: { query: `{ entities(first: 99999999999999) { nodes { name } } }` }, messageHint: /int|first/i },
    { name: 'cost bomb through nested connections', body: { query: costBomb(maxPageSize) }, messageHint: /complexity|cost/i },
    { name: 'batch of 100 operations', body: Array.from({ length: 100 }, () => ({ query: NORMAL_QUERY })), messageHint: /batch/i },
    { name: 'introspection flood: 100 introspections in one batch', body: Array.from({ length: 100 }, () => ({ query: INTROSPECTION })), messageHint: /batch/i },
    { name: 'introspection flood: __schema aliased 200 times', body: { query: aliasedIntrospection(200) }, messageHint: /alias|token/i },
  ];
}
