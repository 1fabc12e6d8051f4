// Looks ahead in the query: when `Entity.facts` selects `nodes { object { … facts(…) } }`
// (or `edges { node { object … } }`), the next hop's facts are fetched in the same statement
// (fact-reads.ts, FactsLevel), so the seed's three-hop shape costs one round trip, not three.
import {
  type FieldNode,
  type FragmentDefinitionNode,
  getArgumentValues,
  type GraphQLInterfaceType,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  Kind,
  type SelectionSetNode,
} from 'graphql';
import { PREDICATES, type Predicate } from '../domain/ontology.ts';
import type { Direction, FactsLevel } from '../graph/read/fact-reads.ts';
import type { PathFactsRead } from '../graph/read/path-read.ts';
import type { EvidencePage } from '../graph/read/models.ts';
import type { ApiContext } from './context.ts';
import { evidencePage, unionOfPages } from './evidence-page.ts';
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
  /** supportCount, articleCount or storyCount is selected (they need the id lists). */
  lists: boolean;
  /** The evidence window the facts' `evidence` fields ask ({skip: 0, limit: 0}: none selected). */
  evidence: EvidencePage;
  /** `aliases` is selected anywhere below (on the facts' ends, or further down). */
  aliases: boolean;
  /** Every `evidence` selected on the facts asks for its `quote` and nothing else. */
  quotesOnly: boolean;
  /** The objects' own facts, when the query asks for exactly one `facts` under `object`. */
  next: FactsLevel | null;
}

/** Fact fields that count through the evidence and article id lists. */
const LIST_COUNTS = ['supportCount', 'articleCount', 'storyCount'];

/** What the query text alone says below a `facts` field. */
interface Shape {
  articles: boolean;
  lists: boolean;
  /** The `evidence` fields selected on the facts. */
  evidence: FieldNode[];
  quotesOnly: boolean;
  aliases: boolean;
  /** The one `facts` field under `nodes { object }` / `edges { node { object } }`, if exactly one. */
  nested: FieldNode | null;
}

/** `name` selected on the facts of a connection: under `nodes`, or `edges { node }`. */
function onFacts(set: SelectionSetNode | undefined, name: string, fragments: Fragments): FieldNode[] {
  return [...path(set, ['nodes', name], fragments), ...path(set, ['edges', 'node', name], fragments)];
}

// A field node belongs to one parsed document, and Yoga hands the same document object to
// every request with the same query text: so what the text says is worked out once per
// document, and only the argument values (variables) once per request.
const shapes = new WeakMap<FieldNode, Shape>();

function shapeOf(field: FieldNode, fragments: Fragments): Shape {
  let shape = shapes.get(field);
  if (!shape) {
    const set = field.selectionSet;
    const nested = onFacts(set, 'object', fragments).flatMap((object) => fieldsNamed(object.selectionSet, 'facts', fragments));
    // Two differently-filtered `facts` (aliases): each is loaded on its own.
    const read = factFieldsRead((name) => onFacts(set, name, fragments), fragments);
    shapes.set(field, (shape = { ...read, aliases: selectsAnywhere(set, 'aliases', fragments), nested: nested.length === 1 ? nested[0]! : null }));
  }
  return shape;
}

/** Whether a field named `name` is selected anywhere in `set`, at any depth. */
function selectsAnywhere(set: SelectionSetNode | undefined, name: string, fragments: Fragments, seen = new Set<string>()): boolean {
  if (!set) return false;
  return set.selections.some((selection) => {
    if (selection.kind === Kind.FIELD) return selection.name.value === name || selectsAnywhere(selection.selectionSet, name, fragments, seen);
    if (selection.kind === Kind.INLINE_FRAGMENT) return selectsAnywhere(selection.selectionSet, name, fragments, seen);
    if (seen.has(selection.name.value)) return false;
    seen.add(selection.name.value);
    return selectsAnywhere(fragments[selection.name.value]?.selectionSet, name, fragments, seen);
  });
}

/** Whether every field selected in `set` (through fragments) is one of `names`. */
function selectsOnly(set: SelectionSetNode | undefined, names: ReadonlySet<string>, fragments: Fragments): boolean {
  if (!set) return true;
  return set.selections.every((selection) => {
    if (selection.kind === Kind.FIELD) return names.has(selection.name.value);
    if (selection.kind === Kind.INLINE_FRAGMENT) return selectsOnly(selection.selectionSet, names, fragments);
    return selectsOnly(fragments[selection.name.value]?.selectionSet, names, fragments);
  });
}

const QUOTE_ONLY = new Set(['quote', '__typename']);

/** What the facts' own selected fields read, given the fields of a name selected on the facts. */
function factFieldsRead(selected: (name: string) => FieldNode[], fragments: Fragments): Omit<Shape, 'nested' | 'aliases'> {
  const evidence = selected('evidence');
  const articles = evidence.some((ev) => fieldsNamed(ev.selectionSet, 'article', fragments).length > 0);
  const lists = LIST_COUNTS.some((name) => selected(name).length > 0);
  const quotesOnly = evidence.length > 0 && evidence.every((ev) => selectsOnly(ev.selectionSet, QUOTE_ONLY, fragments));
  return { articles, lists, evidence, quotesOnly };
}

const pathShapes = new WeakMap<FieldNode, Omit<Shape, 'nested' | 'aliases'>>();

/** What a `path` field's query reads of the path's facts (`path { facts { … } }`). */
export function pathFactsAhead(info: GraphQLResolveInfo, ctx: ApiContext): PathFactsRead {
  const field = info.fieldNodes[0]!;
  let shape = pathShapes.get(field);
  if (!shape) {
    const facts = fieldsNamed(field.selectionSet, 'facts', info.fragments);
    const selected = (name: string) => facts.flatMap((fact) => fieldsNamed(fact.selectionSet, name, info.fragments));
    pathShapes.set(field, (shape = factFieldsRead(selected, info.fragments)));
  }
  return { articles: shape.articles, lists: shape.lists, evidence: evidenceWindow(shape.evidence, info, ctx), quotesOnly: shape.quotesOnly };
}

type Own = Omit<FactsLevel, keyof FactsAhead>;

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
  return {
    articles: shape.articles,
    lists: shape.lists,
    evidence: evidenceWindow(shape.evidence, info, ctx),
    quotesOnly: shape.quotesOnly,
    aliases: shape.aliases,
    next: shape.nested && depth <= MAX_AHEAD ? levelOf(shape.nested, info, ctx, depth) : null,
  };
}

/**
 * The window holding what every selected `evidence` field asks (their arguments may be
 * variables, so per request). A field with a bad argument asks nothing: it fails where it
 * is written, when it resolves.
 */
function evidenceWindow(fields: FieldNode[], info: GraphQLResolveInfo, ctx: ApiContext): EvidencePage {
  const definition = (info.schema.getType('Fact') as GraphQLObjectType).getFields().evidence!;
  const pages = fields.flatMap((field) => {
    try {
      return [evidencePage(getArgumentValues(definition, field, info.variableValues), ctx.config.maxPageSize)];
    } catch {
      return [];
    }
  });
  return unionOfPages(pages);
}

function levelOf(facts: FieldNode, info: GraphQLResolveInfo, ctx: ApiContext, depth: number): FactsLevel | null {
  const own = ownOf(facts, info, ctx);
  return own && { ...own, ...factsAhead(facts, info, ctx, depth + 1) };
}
