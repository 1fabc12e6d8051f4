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

/** What a `facts` field reads beyond the facts themselves, and so is fetched along with them. */
export interface FactsAhead {
  /** `evidence { article }` is selected on the facts. */
  articles: boolean;
  /** The objects' own facts, when the query asks for exactly one `facts` under `object`. */
  next: FactsLevel | null;
}

/** What the query text alone says below a `facts` field. */
interface Shape {
  articles: boolean;
  /** The one `facts` field under `nodes { object }` / `edges { node { object } }`, if exactly one. */
  nested: FieldNode | null;
}

// A field node belongs to one parsed document, and Yoga hands the same document object to
// every request with the same query text: so what the text says is worked out once per
// document, and only the argument values (variables) once per request.
const shapes = new WeakMap<FieldNode, Shape>();

function shapeOf(field: FieldNode, fragments: Fragments): Shape {
  let shape = shapes.get(field);
  if (!shape) {
    const set = field.selectionSet;
    const articles = path(set, ['nodes', 'evidence', 'article'], fragments).length + path(set, ['edges', 'node', 'evidence', 'article'], fragments).length > 0;
    const objects = [...path(set, ['nodes', 'object'], fragments), ...path(set, ['edges', 'node', 'object'], fragments)];
    const nested = objects.flatMap((object) => fieldsNamed(object.selectionSet, 'facts', fragments));
    // Two differently-filtered `facts` (aliases): each is loaded on its own.
    shapes.set(field, (shape = { articles, nested: nested.length === 1 ? nested[0]! : null }));
  }
  return shape;
}

type Own = Omit<FactsLevel, 'articles' | 'next'>;

/** A facts field's own filter and page, per request (they depend on variables); null for a bad argument. */
const ownByRequest = new WeakMap<ApiContext, Map<FieldNode, Own | null>>();

function ownOf(facts: FieldNode, info: GraphQLResolveInfo, ctx: ApiContext): Own | null {
  let byField = ownByRequest.get(ctx);
  if (!byField) ownByRequest.set(ctx, (byField = new Map()));
  if (byField.has(facts)) return byField.get(facts)!;
  let own: Own | null;
  try {
    const definition = (info.schema.getType('Entity') as GraphQLInterfaceType).getFields().facts!;
    const args = getArgumentValues(definition, facts, info.variableValues) as Record<string, never>;
    own = { ...factArgs(args), page: planPage(args, ctx).page };
  } catch {
    own = null; // a bad argument fails where it is written, when that field resolves
  }
  byField.set(facts, own);
  return own;
}

/** The `facts` field selected on an entity field (e.g. `entity(id) { facts(…) { … } }`) as a level, if exactly one. */
export function entityFactsAhead(info: GraphQLResolveInfo, ctx: ApiContext): FactsLevel | null {
  const nested = fieldsNamed(info.fieldNodes[0]!.selectionSet, 'facts', info.fragments);
  return nested.length === 1 ? levelOf(nested[0]!, info, ctx, 1) : null;
}

/** What `field` (a `facts` field) reads ahead, looking at most MAX_AHEAD hops down from `depth`. */
export function factsAhead(field: FieldNode, info: GraphQLResolveInfo, ctx: ApiContext, depth = 1): FactsAhead {
  const shape = shapeOf(field, info.fragments);
  return { articles: shape.articles, next: shape.nested && depth <= MAX_AHEAD ? levelOf(shape.nested, info, ctx, depth) : null };
}

function levelOf(facts: FieldNode, info: GraphQLResolveInfo, ctx: ApiContext, depth: number): FactsLevel | null {
  const own = ownOf(facts, info, ctx);
  return own && { ...own, ...factsAhead(facts, info, ctx, depth + 1) };
}
