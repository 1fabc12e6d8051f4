// Looks ahead in the query: when `Entity.facts` selects `nodes { object { … facts(…) } }`
// (or `edges { node { object … } }`), the next hop's facts are fetched in the same statement
// (fact-reads.ts, FactsLevel), so the seed's three-hop shape costs one round trip, not three.
import {
  type FieldNode,
  type FragmentDefinitionNode,
  getArgumentValues,
  type GraphQLInterfaceType,
  type GraphQLResolveInfo,
  Kind,
  type SelectionSetNode,
} from 'graphql';
import { PREDICATES, type Predicate } from '../domain/ontology.ts';
import type { Direction, FactsLevel } from '../graph/read/fact-reads.ts';
import type { ApiContext } from './context.ts';
import { planPage } from './pagination.ts';

/** At most this many hops are fetched ahead in one statement. */
const MAX_AHEAD = 3;

type Fragments = Record<string, FragmentDefinitionNode>;

/** Fields named `name` in a selection set, looking through inline fragments and fragment spreads. */
function fieldsNamed(set: SelectionSetNode | undefined, name: string, fragments: Fragments): FieldNode[] {
  if (!set) return [];
  return set.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return selection.name.value === name ? [selection] : [];
    if (selection.kind === Kind.INLINE_FRAGMENT) return fieldsNamed(selection.selectionSet, name, fragments);
    return fieldsNamed(fragments[selection.name.value]?.selectionSet, name, fragments);
  });
}

function path(set: SelectionSetNode | undefined, names: string[], fragments: Fragments): FieldNode[] {
  const [head, ...rest] = names;
  const found = fieldsNamed(set, head!, fragments);
  return rest.length === 0 ? found : found.flatMap((field) => path(field.selectionSet, rest, fragments));
}

export interface FactArgs {
  direction: Direction;
  predicates: Predicate[];
  minConfidence: number;
}

export function factArgs(args: { direction?: Direction | null; predicates?: Predicate[] | null; minConfidence?: number | null }): FactArgs {
  return { direction: args.direction ?? 'BOTH', predicates: args.predicates ?? [...PREDICATES], minConfidence: args.minConfidence ?? 0 };
}

/** The `facts` field selected on an entity field (e.g. `entity(id) { facts(…) { … } }`) as a level, if exactly one. */
export function entityFactsAhead(info: GraphQLResolveInfo, ctx: ApiContext): FactsLevel | null {
  const nested = fieldsNamed(info.fieldNodes[0]!.selectionSet, 'facts', info.fragments);
  return nested.length === 1 ? levelOf(nested[0]!, info, ctx, 1) : null;
}

/** What a `facts` field reads beyond the facts themselves, and so is fetched along with them. */
export interface FactsAhead {
  /** `evidence { article }` is selected on the facts. */
  articles: boolean;
  /** The objects' own facts, when the query asks for exactly one `facts` under `object`. */
  next: FactsLevel | null;
}

// A facts field resolves once per parent (fifty entities → fifty times) with the same
// answer each time: it depends only on the field, the variables and the config, all fixed
// for a request. So it is worked out once per request and field.
const aheadByRequest = new WeakMap<ApiContext, Map<FieldNode, FactsAhead>>();

/** `factsAhead` for the field being resolved, computed once per request. */
export function factsAheadOnce(field: FieldNode, info: GraphQLResolveInfo, ctx: ApiContext): FactsAhead {
  let byField = aheadByRequest.get(ctx);
  if (!byField) aheadByRequest.set(ctx, (byField = new Map()));
  let ahead = byField.get(field);
  if (!ahead) byField.set(field, (ahead = factsAhead(field, info, ctx)));
  return ahead;
}

/** What `field` (a `facts` field) reads ahead, looking at most MAX_AHEAD hops down from `depth`. */
export function factsAhead(field: FieldNode, info: GraphQLResolveInfo, ctx: ApiContext, depth = 1): FactsAhead {
  return { articles: readsArticles(field, info.fragments), next: nextLevel(field, info, ctx, depth) };
}

function readsArticles(field: FieldNode, fragments: Fragments): boolean {
  const set = field.selectionSet;
  return path(set, ['nodes', 'evidence', 'article'], fragments).length + path(set, ['edges', 'node', 'evidence', 'article'], fragments).length > 0;
}

/** The next hop under a `facts` field, if the query asks for exactly one; null otherwise. */
function nextLevel(field: FieldNode, info: GraphQLResolveInfo, ctx: ApiContext, depth: number): FactsLevel | null {
  if (depth > MAX_AHEAD) return null;
  const objects = [...path(field.selectionSet, ['nodes', 'object'], info.fragments), ...path(field.selectionSet, ['edges', 'node', 'object'], info.fragments)];
  const nested = objects.flatMap((object) => fieldsNamed(object.selectionSet, 'facts', info.fragments));
  if (nested.length !== 1) return null; // two differently-filtered `facts` (aliases): load each on its own
  return levelOf(nested[0]!, info, ctx, depth);
}

function levelOf(facts: FieldNode, info: GraphQLResolveInfo, ctx: ApiContext, depth: number): FactsLevel | null {
  try {
    const definition = (info.schema.getType('Entity') as GraphQLInterfaceType).getFields().facts!;
    const args = getArgumentValues(definition, facts, info.variableValues) as Record<string, never>;
    return { ...factArgs(args), page: planPage(args, ctx).page, ...factsAhead(facts, info, ctx, depth + 1) };
  } catch {
    return null; // a bad argument fails where it is written, when that field resolves
  }
}
