// Every string and list a request hands to a field is bounded before any work is done on it
// (issue #12: a 24 MB search text was folded in full, 300,000 ids looked up, a 2 M-item
// enum list coerced, each stalling every other request for seconds). Runs once per
// operation, before execution: it walks the document's arguments with their types, reading
// literal values from the document and variable values as sent, and refuses the whole
// request with one error that names the argument and the limit.
// ingestArticle's input is the one exception for strings: an article is bounded by
// KG_MAX_ARTICLE_BYTES in the mutation itself (a typed ArticleTooLargeError) and by the
// request body limit (bodyLimitFor) before that.
import {
  GraphQLError,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
  type ValueNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';

export const ARGUMENT_LIMITS = {
  /** Characters in one string argument: a search text, an id, a name, a date. */
  maxStringChars: 1_000,
  /** Items in one list argument: ids for nodes(ids:), a list of types. */
  maxListItems: 500,
} as const;

/** Arguments whose strings the field bounds itself ("Type.field(argument:)"). */
const SELF_BOUNDED_STRINGS = new Set(['Mutation.ingestArticle(input:)']);

/** The request body limit: an article at its largest, JSON-escaped (each byte may double), and room for the query. */
export function bodyLimitFor(maxArticleBytes: number): number {
  return 2 * maxArticleBytes + 64 * 1024;
}

export function boundArguments(): Plugin {
  return {
    onExecute({ args }) {
      const problem = oversizedArgument(args.schema, args.document, (args.variableValues ?? {}) as Record<string, unknown>);
      if (problem) throw new GraphQLError(problem, { extensions: { code: 'ARGUMENT_TOO_LARGE', http: { status: 400 } } });
    },
  };
}

/** The first argument over a limit, in words, or null. */
export function oversizedArgument(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>): string | null {
  for (const site of argumentSites(schema, document)) {
    const value = site.value.kind === Kind.VARIABLE ? variables[site.value.name.value] : site.value;
    const problem = oversized(value, site.where, site.boundStrings, variables);
    if (problem) return problem;
  }
  return null;
}

/** One argument written in a document: where (for the message), whether its strings are bounded here, its value as written. */
interface ArgumentSite {
  where: string;
  boundStrings: boolean;
  value: ValueNode;
}

// Yoga hands the same parsed document to every request with the same query text, so the
// walk with type information (the most of this check's cost) is done once per document;
// each request then only looks at the values, variables included.
const sitesByDocument = new WeakMap<DocumentNode, { schema: GraphQLSchema; sites: ArgumentSite[] }>();

function argumentSites(schema: GraphQLSchema, document: DocumentNode): ArgumentSite[] {
  const cached = sitesByDocument.get(document);
  if (cached?.schema === schema) return cached.sites;
  const typeInfo = new TypeInfo(schema);
  const sites: ArgumentSite[] = [];
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        const coordinate = `${typeInfo.getParentType()?.name ?? '?'}.${typeInfo.getFieldDef()?.name ?? '?'}(${node.name.value}:)`;
        sites.push({ where: coordinate.replace(/^(Query|Mutation)\./, ''), boundStrings: !SELF_BOUNDED_STRINGS.has(coordinate), value: node.value });
        return false;
      },
    }),
  );
  sitesByDocument.set(document, { schema, sites });
  return sites;
}

/** Walks a literal (ValueNode) or a variable's JSON value. */
function oversized(value: unknown, where: string, boundStrings: boolean, variables: Record<string, unknown>): string | null {
  const { maxStringChars, maxListItems } = ARGUMENT_LIMITS;
  if (typeof value === 'string') {
    return boundStrings && value.length > maxStringChars ? `${where} is ${value.length} characters long; the limit is ${maxStringChars}.` : null;
  }
  if (Array.isArray(value)) {
    if (value.length > maxListItems) return `${where} has ${value.length} items; the limit is ${maxListItems}.`;
    return firstOf(value, (item) => oversized(item, where, boundStrings, variables));
  }
  if (isValueNode(value)) {
    switch (value.kind) {
      case Kind.STRING:
        return oversized(value.value, where, boundStrings, variables);
      case Kind.LIST:
        if (value.values.length > maxListItems) return `${where} has ${value.values.length} items; the limit is ${maxListItems}.`;
        return firstOf(value.values, (item) => oversized(item, where, boundStrings, variables));
      case Kind.OBJECT:
        return firstOf(value.fields, (field) => oversized(field.value, `${where}.${field.name.value}`, boundStrings, variables));
      case Kind.VARIABLE:
        return oversized(variables[value.name.value], where, boundStrings, variables);
      default:
        return null; // numbers, booleans, enums, null
    }
  }
  if (value !== null && typeof value === 'object') {
    return firstOf(Object.entries(value), ([key, item]) => oversized(item, `${where}.${key}`, boundStrings, variables));
  }
  return null;
}

function firstOf<T>(items: readonly T[], check: (item: T) => string | null): string | null {
  for (const item of items) {
    const problem = check(item);
    if (problem) return problem;
  }
  return null;
}

function isValueNode(value: unknown): value is ValueNode {
  return value !== null && typeof value === 'object' && 'kind' in value && typeof (value as { kind: unknown }).kind === 'string';
}
