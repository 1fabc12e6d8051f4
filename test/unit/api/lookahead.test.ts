// Look-ahead: which nested `facts` a query asks for, read from the query itself, so one
// statement can fetch several hops.
import { parse, type GraphQLResolveInfo, type FieldNode, type OperationDefinitionNode, Kind } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { ApiContext } from '../../../src/api/context.ts';
import { entityFactsAhead } from '../../../src/api/lookahead.ts';
import { schema } from '../../../src/api/schema.ts';
import { PREDICATES } from '../../../src/domain/ontology.ts';

const ctx = { config: { maxPageSize: 100 } } as unknown as ApiContext;

/** The resolve info of the root `entity` field of `query`. */
function infoFor(query: string, variableValues: Record<string, unknown> = {}): GraphQLResolveInfo {
  const document = parse(query);
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  const fragments = Object.fromEntries(
    document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d]] : [])),
  );
  const field = operation.selectionSet.selections[0] as FieldNode;
  return { fieldNodes: [field], fragments, schema, variableValues } as unknown as GraphQLResolveInfo;
}

const hops = (level: ReturnType<typeof entityFactsAhead>): string[] =>
  level
    ? [`${level.direction} ${level.predicates?.length === PREDICATES.length ? 'ALL' : level.predicates?.join(',')} ≥${level.minConfidence} ${level.page.limit}`, ...hops(level.next)]
    : [];

describe('entityFactsAhead', () => {
  it('reads three hops through nodes/object and inline fragments, with variables and defaults', () => {
    const info = infoFor(
      `query($p: [Predicate!]) { entity(id: "x") { facts(direction: OUTGOING, predicates: [WON], first: 5) { nodes {
        object { ... on Award { facts(predicates: $p) { edges { node { object { ...Funded } } } } } } } } } }
      fragment Funded on Project { facts(first: 2, direction: INCOMING, minConfidence: 0.5) { nodes { predicate } } }`,
      { p: ['AWARDED_FOR'] },
    );
    // limit = first + 1 (the extra row tells hasNextPage); first defaults to 20
    expect(hops(entityFactsAhead(info, ctx))).toEqual(['OUTGOING WON ≥0 6', 'BOTH AWARDED_FOR ≥0 21', 'INCOMING ALL ≥0.5 3']);
  });

  it('stops at two differently-filtered facts fields (aliases), and when there is none', () => {
    const two = infoFor(`{ entity(id: "x") { a: facts(predicates: [WON]) { totalCount } b: facts(predicates: [PART_OF]) { totalCount } } }`);
    expect(entityFactsAhead(two, ctx)).toBeNull();
    expect(entityFactsAhead(infoFor(`{ entity(id: "x") { name } }`), ctx)).toBeNull();
  });

  it('fetches the evidence articles along only at the hops that read them', () => {
    const info = infoFor(
      `{ entity(id: "x") { facts { nodes { evidence { quote } object { ... on Award {
        facts { edges { node { evidence { ...Source } } } } } } } } } }
      fragment Source on Evidence { article { title } }`,
    );
    const level = entityFactsAhead(info, ctx);
    expect([level?.articles, level?.next?.articles]).toEqual([false, true]);
  });

  it('leaves a bad page size to the field that asks for it', () => {
    expect(entityFactsAhead(infoFor(`{ entity(id: "x") { facts(first: 1000) { totalCount } } }`), ctx)).toBeNull();
  });
});
