// Pages often repeat their lead: exactly ("UNDP sẽ…" twice), with other quotes or dashes,
// or first cut short with "…" and then in full. Compare on foldKey (case, diacritics,
// spaces and punctuation ignored) and keep one copy, the fuller one.
import { foldKey } from '../../domain/fold.ts';

const TRAILING_ELLIPSIS = /(?:…|\.{3,})\s*$/u;
const MIN_KEY = 24; // shorter paragraphs ("Ảnh minh họa") may repeat legitimately

export function dedupeParagraphs(paragraphs: string[]): { kept: string[]; dropped: number } {
  const keys = paragraphs.map((p) => foldKey(p.replace(TRAILING_ELLIPSIS, '')));
  const byPrefix = indexByPrefix(keys);
  const drop = new Set<number>();
  const seen = new Set<string>();
  paragraphs.forEach((p, i) => {
    const key = keys[i] ?? '';
    if (key.length < MIN_KEY) return;
    if (seen.has(key)) drop.add(i);
    else if (TRAILING_ELLIPSIS.test(p) && hasFullerCopy(keys, byPrefix.get(key.slice(0, MIN_KEY)) ?? [], i, key)) drop.add(i);
    else seen.add(key);
  });
  return { kept: paragraphs.filter((_, i) => !drop.has(i)), dropped: drop.size };
}

/** Paragraph indexes by the first MIN_KEY characters of their key: candidates in O(1). */
function indexByPrefix(keys: string[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  keys.forEach((key, i) => {
    if (key.length < MIN_KEY) return;
    const prefix = key.slice(0, MIN_KEY);
    const list = index.get(prefix) ?? [];
    list.push(i);
    index.set(prefix, list);
  });
  return index;
}

/** A cut-short paragraph is dropped when other text (one or more paragraphs) continues it. */
function hasFullerCopy(keys: string[], candidates: number[], i: number, key: string): boolean {
  for (const j of candidates) {
    if (j === i) continue;
    let joined = '';
    for (let k = j; k < keys.length && joined.length <= key.length; k++) if (k !== i) joined += keys[k];
    if (joined.length > key.length && joined.startsWith(key)) return true;
  }
  return false;
}
