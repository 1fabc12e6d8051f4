// kg's own GraphQL API, the page's only data source (same origin: the CSP allows nothing else).
export class ApiError extends Error {
  override name = 'ApiError';
}

export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError('kg does not answer: is the server still running?');
  }
  const body = (await response.json().catch(() => null)) as { data?: T; errors?: Array<{ message: string }> } | null;
  if (body?.errors?.length) throw new ApiError(body.errors.map((error) => error.message).join('; '));
  if (!response.ok || !body?.data) throw new ApiError(`kg answered HTTP ${response.status}`);
  return body.data;
}

export type EntityType = 'ORGANIZATION' | 'PERSON' | 'PLACE' | 'AWARD' | 'PROJECT' | 'EVENT' | 'DOCUMENT';
export const ENTITY_TYPES: EntityType[] = ['ORGANIZATION', 'PERSON', 'PLACE', 'AWARD', 'PROJECT', 'EVENT', 'DOCUMENT'];

export interface EntityRef {
  entityId: string;
  name: string;
  type: EntityType;
}

export interface QuantityRef {
  quantityId: string;
  text: string | null;
  value: number;
  unit: string;
  kind: string;
  measure: string | null;
}

export interface Evidence {
  quote: string;
  start: number;
  end: number;
  article: { articleId: string; title: string | null; publishedAt: string | null };
}

export interface Fact {
  id: string;
  predicate: string;
  confidence: number | null;
  articleCount: number;
  qualifiers: Record<string, string | number | boolean | null>;
  subject: EntityRef;
  object: (EntityRef & { __typename: string }) | (QuantityRef & { __typename: 'Quantity' });
  /** How many sentences state the fact (`evidence` may hold only the first few of them). */
  supportCount: number;
  evidence: Evidence[];
}

/** A fact without its evidence: what the graph draws (evidence can run to hundreds of sentences for a hub's facts). */
export const FACT_CORE_FIELDS = `
fragment FactCoreFields on Fact {
  id predicate confidence articleCount
  qualifiers { year amount currency role date via document finalist }
  subject { entityId name type }
  object {
    __typename
    ... on Entity { entityId name type }
    ... on Quantity { quantityId text value unit kind measure }
  }
}`;

const FACT_BY_ID = `query ExplorerFact($id: ID!) { node(id: $id) { ... on Fact { ...FactFields } } }`;

export async function factWithEvidence(id: string): Promise<Fact | null> {
  return (await gql<{ node: Fact | null }>(`${FACT_BY_ID}\n${FACT_FIELDS}`, { id })).node;
}

/** A fact with all its evidence (brings the FactCoreFields fragment along: use one or the other). */
export const FACT_FIELDS = `${FACT_CORE_FIELDS}
fragment FactFields on Fact {
  ...FactCoreFields
  supportCount
  evidence { quote start end article { articleId title publishedAt } }
}`;

/** How many of a fact's sentences a list of facts quotes; the rest are counted. */
export const QUOTES_SHOWN = 3;

/**
 * A fact with only the sentences a list quotes, and how many there are: a hub's facts are
 * stated by hundreds of sentences each, which the entity view never shows (it costs the server
 * half its time on such a page).
 */
export const FACT_SUMMARY_FIELDS = `${FACT_CORE_FIELDS}
fragment FactSummaryFields on Fact {
  ...FactCoreFields
  supportCount
  evidence(first: ${QUOTES_SHOWN}) { quote start end article { articleId title publishedAt } }
}`;

export function isEntity(object: Fact['object']): object is EntityRef & { __typename: string } {
  return object.__typename !== 'Quantity';
}
