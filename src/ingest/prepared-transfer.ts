// A prepared article (its rows) from an extraction worker to the thread that writes it,
// without holding that thread: a 2 MB article's rows are tens of thousands of objects, and
// taking them as one message meant deserializing them all in one turn of the server's event
// loop (every read waited). The worker serializes them in parts of at most PART_ITEMS rows
// (v8.serialize keeps bigints and strings as they are); the receiver deserializes one part
// per turn of its event loop.
import { setImmediate as nextTurn } from 'node:timers/promises';
import { deserialize, serialize } from 'node:v8';
import type { ArticleRows } from '../graph/write/build-rows.ts';
import { LoadError, type LoadFailure } from '../graph/write/load-error.ts';
import type { PreparedExtraction } from './prepare-article.ts';

/** Rows per part: deserializing one takes well under a millisecond. */
export const PART_ITEMS = 500;

/** The big lists of ArticleRows, each sent in parts; the rest (ids, the article's properties) goes in the head. */
type ListField = 'sentences' | 'entities' | 'facts' | 'quantityFacts';
/** A slice of one list: `group` is the label or type for entities and facts. */
interface Part {
  field: ListField;
  group?: string;
  items: unknown[];
}

export type PackedPrepared =
  | (Omit<Extract<PreparedExtraction, { rows: unknown }>, 'rows'> & ({ parts: Uint8Array[] } | { loadError: { reason: LoadFailure; message: string } }))
  | Extract<PreparedExtraction, { failure: string }>;

/** In the worker. */
export function packPrepared(prepared: PreparedExtraction): PackedPrepared {
  if ('failure' in prepared) return prepared;
  const { rows, ...rest } = prepared;
  if (rows instanceof LoadError) return { ...rest, loadError: { reason: rows.reason, message: rows.message } };
  const head: ArticleRows = { ...rows, sentences: [], entities: {}, facts: {}, quantityFacts: [] };
  const parts: Part[] = [
    ...slices(rows.sentences).map((items) => ({ field: 'sentences' as const, items })),
    ...Object.entries(rows.entities).flatMap(([group, list]) => slices(list ?? []).map((items) => ({ field: 'entities' as const, group, items }))),
    ...Object.entries(rows.facts).flatMap(([group, list]) => slices(list ?? []).map((items) => ({ field: 'facts' as const, group, items }))),
    ...slices(rows.quantityFacts).map((items) => ({ field: 'quantityFacts' as const, items })),
  ];
  return { ...rest, parts: [head, ...parts].map((part) => new Uint8Array(serialize(part))) };
}

/** On the thread that writes: one part per turn of the event loop. */
export async function unpackPrepared(packed: PackedPrepared): Promise<PreparedExtraction> {
  if ('failure' in packed) return packed;
  if ('loadError' in packed) {
    const { loadError, ...rest } = packed;
    return { ...rest, rows: new LoadError(loadError.reason, loadError.message) };
  }
  const { parts, ...rest } = packed;
  const rows = deserialize(parts[0]!) as ArticleRows;
  for (const bytes of parts.slice(1)) {
    await nextTurn();
    const part = deserialize(bytes) as Part;
    const list = part.group === undefined ? (rows[part.field] as unknown[]) : ((rows[part.field] as Record<string, unknown[]>)[part.group] ??= []);
    for (const item of part.items) list.push(item);
  }
  return { ...rest, rows };
}

function slices<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += PART_ITEMS) out.push(items.slice(i, i + PART_ITEMS));
  return out;
}
