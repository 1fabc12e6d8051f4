// The counters the miner fills, and how they are thresholded and written: names and counts
// only, never a sentence of the corpus.
export const CONTEXT_FIELDS = ['total', 'organisation', 'person', 'place', 'software', 'product', 'event'];

export interface Counts {
  /** Capitalised Latin runs → [total, organisation, person, place, software, product, event]. */
  latin: Map<string, number[]>;
  /** Names headed by a type noun, as the recognizer reads them → [count]. */
  headed: Map<string, number[]>;
  /** "name\tlowercase words" right after a headed name → [count]. */
  continuations: Map<string, number[]>;
  /** "name\tnumber" right after a headed name ("389", "số 3") → [count]. */
  numbered: Map<string, number[]>;
  /** "name\talias" stated in brackets right after the name → [count]. */
  aliases: Map<string, number[]>;
  /** Quoted titles after an award cue → [count]. */
  awards: Map<string, number[]>;
  /** Quoted titles after a programme or event cue → [count]. */
  programmes: Map<string, number[]>;
}

export function emptyCounts(): Counts {
  return { latin: new Map(), headed: new Map(), continuations: new Map(), numbered: new Map(), aliases: new Map(), awards: new Map(), programmes: new Map() };
}

export function bump(map: Map<string, number[]>, key: string, field: number, by: number): void {
  let row = map.get(key);
  if (!row) map.set(key, (row = []));
  row[field] = (row[field] ?? 0) + by;
}

/** Rows seen at least `min` times (field 0), as [key, ...counts] with missing fields 0, most frequent first. */
export function thresholded(map: Map<string, number[]>, min: number, width: number): Array<[string, ...number[]]> {
  const out: Array<[string, ...number[]]> = [];
  for (const [key, row] of map) {
    const full = Array.from({ length: width }, (_, k) => row[k] ?? 0);
    if ((full[0] ?? 0) >= min) out.push([key, ...full]);
  }
  return out.sort((a, b) => (b[1] as number) - (a[1] as number) || (a[0] < b[0] ? -1 : 1));
}
