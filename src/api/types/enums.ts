// Enums from the ontology's lists (src/domain/ontology.ts): the schema cannot drift from them.
import { ENTITY_TYPES, PREDICATES, QUANTITY_KINDS } from '../../domain/ontology.ts';
import { builder } from '../builder.ts';

/** Organization → ORGANIZATION (GraphQL enum style), carrying the label as its value. */
export const EntityTypeEnum = builder.enumType('EntityType', {
  values: Object.fromEntries(ENTITY_TYPES.map((type) => [type.toUpperCase(), { value: type }])) as {
    [K in (typeof ENTITY_TYPES)[number] as Uppercase<K>]: { value: K };
  },
});

export const PredicateEnum = builder.enumType('Predicate', {
  description: 'A fact relationship type of the ontology (docs/ontology.md).',
  values: PREDICATES,
});

export const QuantityKindEnum = builder.enumType('QuantityKind', {
  values: Object.fromEntries(QUANTITY_KINDS.map((kind) => [kind.toUpperCase(), { value: kind }])) as {
    [K in (typeof QUANTITY_KINDS)[number] as Uppercase<K>]: { value: K };
  },
});

export const DirectionEnum = builder.enumType('Direction', {
  description: "Which facts of an entity: where it is the subject (OUTGOING), the object (INCOMING), or either.",
  values: ['OUTGOING', 'INCOMING', 'BOTH'] as const,
});

export const EntityOrderEnum = builder.enumType('EntityOrder', {
  values: ['NAME_ASC', 'NAME_DESC', 'MENTIONS_DESC'] as const,
});

export const ArticleOrderEnum = builder.enumType('ArticleOrder', {
  values: ['PUBLISHED_DESC', 'PUBLISHED_ASC', 'TITLE_ASC'] as const,
});
