// Pages often repeat their lead: exactly ("UNDP sẽ…" twice), with other quotes or dashes,
// or first cut short with "…" and then in full. Compare on foldKey (case, diacritics,
// spaces and punctuation ignored) and keep one copy, the fuller one.
import { foldKey } from '../../domain/fold.ts';

const TRAILING_ELLIPSIS = /(?:…|\.{3,})\s*$/u;
const MIN_KEY = 24; // shorter paragraphs ("Ảnh minh họa") may repeat legitimately
// A sapo repeated at the start of a longer body paragraph, without "…", is a copy too
// when this long: "A B C." then "A B C. D E F." keeps only the second.
const MIN_PREFIX_COPY = 60;

export function dedupeParagraphs(paragraphs: string[]): { kept: string[]; dropped: number } {
  const keys = paragraphs.map((p) => foldKey(p.replace(TRAILING_ELLIPSIS, '')));
  const byPrefix = indexByPrefix(keys);
  const drop = new Set<number>();
  const seen = new Set<string>();
  paragraphs.forEach((p, i) => {
    const key = keys[i] ?? '';
    if (key.length < MIN_KEY) return;
    if (seen.has(key)) drop.add(i);
    else if (isCopy(p, key, keys, byPrefix.get(key.slice(0, MIN_KEY)) ?? [], i, drop)) drop.add(i);
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

/**
 * A cut-short paragraph ("…") is a copy when other text (one or more paragraphs) continues it;
 * a long one when a single longer paragraph starts with it.
 */
function isCopy(p: string, key: string, keys: string[], candidates: number[], i: number, drop: Set<number>): boolean {
  if (TRAILING_ELLIPSIS.test(p)) return hasFullerCopy(keys, candidates, i, key, drop);
  if (key.length < MIN_PREFIX_COPY) return false;
  return candidates.some((j) => j !== i && !drop.has(j) && (keys[j] ?? '').length > key.length && (keys[j] ?? '').startsWith(key));
}

function hasFullerCopy(keys: string[], candidates: number[], i: number, key: string, drop: Set<number>): boolean {
  for (const j of candidates) {
    if (j === i || drop.has(j)) continue;
    let joined = '';
    for (let k = j; k < keys.length && joined.length <= key.length; k++) if (k !== i) joined += keys[k];
    if (joined.length > key.length && joined.startsWith(key)) return true;
  }
  return false;
}
