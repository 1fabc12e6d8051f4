// Object refs for every type, declared before any is implemented so type files can point
// at each other without import cycles.
import { ENTITY_TYPES, type EntityType } from '../../domain/ontology.ts';
import type { PathRow } from '../../graph/read/path-read.ts';
import type { ArticleRow, EntityRow, FactRow, MentionRow, QuantityRow, SentenceRow } from '../../graph/read/models.ts';
import type { StatsRow } from '../../graph/read/stats-read.ts';
import { builder } from '../builder.ts';

/** `sentence` is null when the query asked only for quotes, and so only they were read. */
export interface EvidenceRow {
  sentence: SentenceRow | null;
  quote: string;
}

export const EntityRef = builder.interfaceRef<EntityRow>('Entity');
export const EntityTypeRefs = Object.fromEntries(
  ENTITY_TYPES.map((type) => [type, builder.objectRef<EntityRow>(type)]),
) as Record<EntityType, ReturnType<typeof builder.objectRef<EntityRow>>>;

export const FactRef = builder.objectRef<FactRow>('Fact');
export const EvidenceRef = builder.objectRef<EvidenceRow>('Evidence');
export const QuantityRef = builder.objectRef<QuantityRow>('Quantity');
export const ArticleRef = builder.objectRef<ArticleRow>('Article');
export const SentenceRef = builder.objectRef<SentenceRow>('Sentence');
export const MentionRef = builder.objectRef<MentionRow>('Mention');
export const PathRef = builder.objectRef<PathRow>('Path');
export const StatsRef = builder.objectRef<StatsRow>('Stats');
