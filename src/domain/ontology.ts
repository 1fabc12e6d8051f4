// The graph's vocabulary: the only place labels and relationship types are spelled.
// Cypher statements take labels from these lists, never from input
// (docs/ontology.md describes the model: extend it, never rename).

export const ENTITY_TYPES = [
  'Organization',
  'Person',
  'Place',
  'Award',
  'Project',
  'Event',
  'Document',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const PREDICATES = [
  'WON',
  'AWARDED_BY',
  'AWARDED_FOR',
  'FUNDED_BY',
  'IMPLEMENTED_BY',
  'ORGANIZED_BY',
  'NOMINATED_FOR',
  'LOCATED_IN',
  'PART_OF',
  'HOLDS_POSITION',
  'AGREEMENT_WITH',
  'ACQUIRED',
  'DONATED_TO',
  'HAS_QUANTITY',
] as const;
export type Predicate = (typeof PREDICATES)[number];

/** Predicates whose object is another entity (all but HAS_QUANTITY). */
export type EntityPredicate = Exclude<Predicate, 'HAS_QUANTITY'>;

export const QUANTITY_KINDS = ['money', 'count', 'percent'] as const;
export type QuantityKind = (typeof QUANTITY_KINDS)[number];

/** Id prefix per entity type: "org:so-thong-tin-va-truyen-thong-tp-da-nang". */
export const ID_PREFIX: Record<EntityType, string> = {
  Organization: 'org',
  Person: 'person',
  Place: 'place',
  Award: 'award',
  Project: 'project',
  Event: 'event',
  Document: 'doc',
};

export function isEntityType(value: string): value is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(value);
}

export function isPredicate(value: string): value is Predicate {
  return (PREDICATES as readonly string[]).includes(value);
}
