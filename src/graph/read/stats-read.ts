// Counts by label, entity type and fact predicate, in one statement (labels from the ontology lists).
import { ENTITY_TYPES, PREDICATES } from '../../domain/ontology.ts';
import type { GraphReader } from './reader.ts';

const LABELS = ['Article', 'Sentence', 'Entity', 'Quantity'] as const;

const STATS = `RETURN
  {${LABELS.map((l) => `${l}: COUNT { MATCH (:${l}) }`).join(', ')}} AS labels,
  {${ENTITY_TYPES.map((t) => `${t}: COUNT { MATCH (:${t}) }`).join(', ')}} AS types,
  {${PREDICATES.map((p) => `${p}: COUNT { MATCH ()-[:${p}]->() }`).join(', ')}} AS predicates`;

export interface StatsRow {
  labels: Record<string, number>;
  types: Record<string, number>;
  predicates: Record<string, number>;
}

export async function readStats(reader: GraphReader): Promise<StatsRow> {
  const [row] = await reader.rows<StatsRow>(STATS);
  return row ?? { labels: {}, types: {}, predicates: {} };
}
